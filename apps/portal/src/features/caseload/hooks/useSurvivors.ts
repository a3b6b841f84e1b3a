import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  caseloadKeys,
  createSurvivor,
  fetchConsents,
  fetchMatches,
  fetchSurvivor,
  fetchSurvivors,
  fetchEmployerChoices,
  inviteSurvivor,
  updateSurvivor,
} from '../api/caseloadApi';
import type { CreateSurvivorRequest, InviteSurvivorRequest, Survivor, SurvivorListQuery, UpdateSurvivorRequest } from '../api/types';

export function useSurvivorList(query: SurvivorListQuery) {
  return useQuery({
    queryKey: caseloadKeys.survivorList(query),
    queryFn: ({ signal }) => fetchSurvivors(query, signal),
    // The last page stays on screen while the next loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}

/**
 * Each read of a profile is recorded and shown to the person, so it is read when a caseworker
 * opens it, not again behind their back (window focus, a remount), and the sealed details leave
 * memory once the page closes.
 */
export function useSurvivor(id: string) {
  return useQuery({
    queryKey: caseloadKeys.survivor(id),
    queryFn: () => fetchSurvivor(id),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
}

export function useConsents(id: string) {
  return useQuery({ queryKey: caseloadKeys.consents(id), queryFn: () => fetchConsents(id) });
}

export function useMatches(id: string) {
  return useQuery({ queryKey: caseloadKeys.matches(id), queryFn: () => fetchMatches(id) });
}

export function useEmployerChoices() {
  return useQuery({ queryKey: caseloadKeys.employerChoices, queryFn: fetchEmployerChoices, staleTime: 5 * 60_000 });
}

/** The saved profile is known exactly; lists, matches and candidates depend on it. */
function useSurvivorChanged() {
  const queryClient = useQueryClient();
  return (survivor: Survivor) => {
    queryClient.setQueryData(caseloadKeys.survivor(survivor.id), survivor);
    void queryClient.invalidateQueries({ queryKey: caseloadKeys.survivors, predicate: (query) => query.queryKey[2] !== 'detail' });
    void queryClient.invalidateQueries({ queryKey: caseloadKeys.candidates });
  };
}

export function useCreateSurvivor() {
  const changed = useSurvivorChanged();
  return useMutation({ mutationFn: (request: CreateSurvivorRequest) => createSurvivor(request), onSuccess: changed });
}

export function useUpdateSurvivor(id: string) {
  const changed = useSurvivorChanged();
  return useMutation({ mutationFn: (request: UpdateSurvivorRequest) => updateSurvivor(id, request), onSuccess: changed });
}

export function useInviteSurvivor(id: string) {
  return useMutation({ mutationFn: (request: InviteSurvivorRequest) => inviteSurvivor(id, request) });
}
