import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { opportunityKeys, searchOpportunities } from '../api/opportunitiesApi';
import { toSearchQuery, type SearchCriteria } from '../searchCriteria';

export function useOpportunitySearch(criteria: SearchCriteria) {
  const query = toSearchQuery(criteria);
  return useQuery({
    queryKey: opportunityKeys.search(query),
    queryFn: ({ signal }) => searchOpportunities(query, signal),
    // The last results stay on screen while the next ones load, so the page does not jump.
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
