import type { QueryClient } from '@tanstack/react-query';

/** Where quick exit goes: a busy, ordinary site that says nothing about the person using it. */
export const NEUTRAL_URL = 'https://www.bbc.co.uk/weather';
export const QUICK_EXIT_PRESSES = 3;
export const QUICK_EXIT_WINDOW_MS = 2000;

export type ReplaceLocation = (url: string) => void;

export interface QuickExitDeps {
  queryClient: QueryClient;
  replace: ReplaceLocation;
  sessionStorage?: Pick<Storage, 'clear'>;
  root?: HTMLElement;
}

/**
 * Leaves at once: hides the page, forgets what it loaded, and replaces the current history entry
 * with the neutral site so Back does not return here. No request is awaited: a sign-out call
 * would only delay leaving.
 */
export function quickExit({ queryClient, replace, sessionStorage = window.sessionStorage, root = document.documentElement }: QuickExitDeps): void {
  root.style.visibility = 'hidden';
  queryClient.clear();
  try {
    sessionStorage.clear();
  } catch {
    // Storage can be blocked; leaving matters more.
  }
  replace(NEUTRAL_URL);
}

/**
 * Counts presses and says when `presses` of them fell within `windowMs`. Held-down keys repeat,
 * and those repeats count: a person in a hurry may hold the key rather than tap it.
 */
export function createPressSequence(presses = QUICK_EXIT_PRESSES, windowMs = QUICK_EXIT_WINDOW_MS) {
  let times: number[] = [];
  return {
    press(now: number): boolean {
      times = [...times.filter((time) => now - time < windowMs), now];
      if (times.length < presses) return false;
      times = [];
      return true;
    },
  };
}
