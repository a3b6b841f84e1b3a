import { createContext, use } from 'react';

export const QuickExitContext = createContext<(() => void) | null>(null);

/** The quick-exit action of the nearest QuickExitProvider. */
export function useQuickExit(): () => void {
  const exit = use(QuickExitContext);
  if (!exit) throw new Error('useQuickExit must be used inside QuickExitProvider');
  return exit;
}
