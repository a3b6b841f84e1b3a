import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  fetchDeadLetters,
  fetchOrganisationOverview,
  fetchSystemStatus,
  fetchUserOverview,
  operationsKeys,
  retryDeadLetter,
  runAccountAction,
  type AccountAction,
} from '../api/operationsApi';
import type { DeadLetterQuery, OrganisationOverviewQuery, UserOverviewQuery } from '../api/types';

/** Probed again each time the page is opened or refocused, and on demand: never cached for long. */
export function useSystemStatus() {
  return useQuery({ queryKey: operationsKeys.status, queryFn: ({ signal }) => fetchSystemStatus(signal), staleTime: 0 });
}

export function useDeadLetters(query: DeadLetterQuery) {
  return useQuery({ queryKey: operationsKeys.deadLetterList(query), queryFn: ({ signal }) => fetchDeadLetters(query, signal), placeholderData: keepPreviousData });
}

/**
 * A retry, whatever its answer (sent, or already gone), changes the list and the queue counts:
 * both are read again.
 */
export function useRetryDeadLetter() {
  const queryClient = useQueryClient();
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: operationsKeys.deadLetters }), queryClient.invalidateQueries({ queryKey: operationsKeys.status })]);
  return useMutation({ mutationFn: retryDeadLetter, onSettled: refresh });
}

export function useOrganisationOverview(query: OrganisationOverviewQuery) {
  return useQuery({ queryKey: operationsKeys.organisationList(query), queryFn: ({ signal }) => fetchOrganisationOverview(query, signal), placeholderData: keepPreviousData });
}

export function useUserOverview(query: UserOverviewQuery) {
  return useQuery({ queryKey: operationsKeys.userList(query), queryFn: ({ signal }) => fetchUserOverview(query, signal), placeholderData: keepPreviousData });
}

/** An account changed: its row, and its organisation's counts of disabled accounts, are read again. */
export function useAccountAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: AccountAction }) => runAccountAction(id, action),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: operationsKeys.users }), queryClient.invalidateQueries({ queryKey: operationsKeys.organisations })]),
  });
}
