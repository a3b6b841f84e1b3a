import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { endPlacement, fetchEmployerPlacements, fetchPlacements, placementKeys } from '../api/applicationsApi';
import type { EndPlacementRequest, PlacementListQuery } from '../api/types';

export function usePlacementList(query: PlacementListQuery, { recorded = false }: { recorded?: boolean } = {}) {
  return useQuery({
    queryKey: placementKeys.list(query),
    queryFn: ({ signal }) => fetchPlacements(query, signal),
    placeholderData: keepPreviousData,
    // A caseworker's list is recorded in the audit trail: read when opened, not on every focus.
    refetchOnWindowFocus: !recorded,
  });
}

/** Every employer read of a placement list is shown to the people in it: read once per visit. */
export function useEmployerPlacementList(query: PlacementListQuery) {
  return useQuery({
    queryKey: placementKeys.list(query),
    queryFn: ({ signal }) => fetchEmployerPlacements(query, signal),
    placeholderData: keepPreviousData,
    refetchOnWindowFocus: false,
  });
}

export function useEndPlacement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: EndPlacementRequest) => endPlacement(id, request),
    // Through the promise: the list is fetched again before the form says it is done.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: placementKeys.all }),
  });
}
