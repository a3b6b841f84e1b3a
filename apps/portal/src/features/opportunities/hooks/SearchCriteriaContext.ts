import { createContext, use } from 'react';
import type { SearchCriteria } from '../searchCriteria';

export interface SearchCriteriaState {
  criteria: SearchCriteria;
  setCriteria: (update: (previous: SearchCriteria) => SearchCriteria) => void;
  /** The job or grant opened last, so going back to the results can put focus on its card. */
  lastOpenedId: string | null;
  setLastOpenedId: (id: string | null) => void;
}

export const SearchCriteriaContext = createContext<SearchCriteriaState | null>(null);

/** The search that the pages under OpportunitiesLayout share while a person moves between them. */
export function useSearchCriteria(): SearchCriteriaState {
  const state = use(SearchCriteriaContext);
  if (!state) throw new Error('useSearchCriteria must be used inside OpportunitiesLayout');
  return state;
}
