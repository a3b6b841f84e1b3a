import { useEffect, useState } from 'react';

/** Long enough to finish a word, short enough to feel immediate. */
export const SEARCH_DELAY_MS = 300;

/**
 * A search for people by the name shown: the words typed, and the words searched, which follow
 * once typing pauses (or at once, on Enter). In memory only: no one's name goes in the address.
 */
export function useSurvivorSearch() {
  const [draft, setDraft] = useState('');
  const [searched, setSearched] = useState('');

  useEffect(() => {
    const text = draft.trim();
    if (text === searched) return undefined;
    const timer = setTimeout(() => setSearched(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, searched]);

  return { draft, setDraft, searched, searchNow: () => setSearched(draft.trim()) };
}

export type SurvivorSearch = ReturnType<typeof useSurvivorSearch>;
