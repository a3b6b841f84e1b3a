import { useEffect, useRef } from 'react';

/**
 * Moves focus to the returned element (a heading with tabIndex -1) once the page has loaded, so
 * keyboard and screen-reader users start at the new page instead of a link that has gone.
 */
export function useFocusWhenReady<T extends HTMLElement>(ready: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (ready) ref.current?.focus();
  }, [ready]);
  return ref;
}
