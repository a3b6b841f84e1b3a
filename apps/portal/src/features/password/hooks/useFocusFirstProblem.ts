import { useEffect, useRef } from 'react';

/**
 * After a refused submit (`attempt` counts submits), takes the person to the first field to fix,
 * or, when no field says what went wrong, to the alert that does.
 */
export function useFocusFirstProblem(attempt: number, error: unknown) {
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? (error ? alertRef.current : null))?.focus();
  }, [attempt, error]);
  return { formRef, alertRef };
}

/** Moves focus to the returned element once `shown`: the message that replaced the form. */
export function useFocusWhenShown<T extends HTMLElement>(shown: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  return ref;
}
