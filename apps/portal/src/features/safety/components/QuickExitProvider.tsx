import { useQueryClient } from '@tanstack/react-query';
import { useCallback, type ReactNode } from 'react';
import { QuickExitContext } from '../hooks/QuickExitContext';
import { useEscapeSequence } from '../hooks/useEscapeSequence';
import { quickExit, type ReplaceLocation } from '../quickExit';

const replaceWindowLocation: ReplaceLocation = (url) => window.location.replace(url);

interface QuickExitProviderProps {
  children: ReactNode;
  /** How to leave; tests pass a spy. */
  replace?: ReplaceLocation;
}

/** Provides the quick-exit action and listens for Escape pressed three times on every page. */
export function QuickExitProvider({ children, replace = replaceWindowLocation }: QuickExitProviderProps) {
  const queryClient = useQueryClient();
  const exit = useCallback(() => quickExit({ queryClient, replace }), [queryClient, replace]);
  useEscapeSequence(exit);
  return <QuickExitContext value={exit}>{children}</QuickExitContext>;
}
