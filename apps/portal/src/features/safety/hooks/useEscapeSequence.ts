import { useEffect } from 'react';
import { createPressSequence, QUICK_EXIT_PRESSES, QUICK_EXIT_WINDOW_MS } from '../quickExit';

/** Calls `onSequence` when Escape is pressed `presses` times within `windowMs`, anywhere on the page. */
export function useEscapeSequence(onSequence: () => void, presses = QUICK_EXIT_PRESSES, windowMs = QUICK_EXIT_WINDOW_MS): void {
  useEffect(() => {
    const sequence = createPressSequence(presses, windowMs);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' && event.key !== 'Esc') return;
      if (sequence.press(Date.now())) onSequence();
    };
    // Capture phase: a dialog or menu that stops Escape from bubbling must not block the exit.
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [onSequence, presses, windowMs]);
}
