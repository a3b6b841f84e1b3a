import { createContext, use } from 'react';
import type { Me } from '../../../api/types';

export const CurrentUserContext = createContext<Me | null>(null);

/** The signed-in user, for pages rendered inside RequireAuth. */
export function useCurrentUser(): Me {
  const me = use(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser must be used inside RequireAuth');
  return me;
}
