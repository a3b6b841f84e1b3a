import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import type { Role } from '../../../api/types';
import { useCurrentUser } from '../../auth/hooks/CurrentUserContext';
import { redirectForRole } from '../navigation';

/** Renders its page only for `role`; anyone else goes to their own home. */
export function RoleRoute({ role, children }: { role: Role; children: ReactNode }) {
  const me = useCurrentUser();
  const redirect = redirectForRole(me.role, role);
  return redirect ? <Navigate to={redirect} replace /> : children;
}
