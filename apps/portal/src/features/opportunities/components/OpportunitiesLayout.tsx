import { useMemo, useState } from 'react';
import { Outlet } from 'react-router';
import { SearchCriteriaContext, type SearchCriteriaState } from '../hooks/SearchCriteriaContext';
import { DEFAULT_CRITERIA, type SearchCriteria } from '../searchCriteria';

/**
 * Holds the search while a person goes from the results to a job and back. It is React state
 * on purpose: not the URL (a watched phone's history would show the words), not storage (it
 * would outlive a sign-out). Leaving the section or signing out forgets it.
 */
export function OpportunitiesLayout() {
  const [criteria, setCriteria] = useState<SearchCriteria>(DEFAULT_CRITERIA);
  const [lastOpenedId, setLastOpenedId] = useState<string | null>(null);
  const value = useMemo<SearchCriteriaState>(() => ({ criteria, setCriteria, lastOpenedId, setLastOpenedId }), [criteria, lastOpenedId]);
  return (
    <SearchCriteriaContext value={value}>
      <Outlet />
    </SearchCriteriaContext>
  );
}
