import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { VettingStatus } from '@onward/shared';
import type { SuspendEmployerRequest, VettingDecisionRequest } from '../../../api/types';
import { jobKeys } from '../../employers/api/jobsApi';
import { decideVetting, fetchEmployer, fetchEmployers, startReview, suspendEmployer, vettingKeys } from '../api/vettingApi';

export function useEmployers(statuses: readonly VettingStatus[]) {
  return useQuery({ queryKey: vettingKeys.employerList(statuses), queryFn: () => fetchEmployers(statuses) });
}

export function useEmployerDetail(id: string) {
  return useQuery({ queryKey: vettingKeys.employer(id), queryFn: () => fetchEmployer(id) });
}

/**
 * A status change shows in the queue, on the detail page (history, checklist) and in the
 * employer's jobs (suspension hides them): refetch all of it.
 */
function useStatusChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: vettingKeys.employers }),
      queryClient.invalidateQueries({ queryKey: jobKeys.lists }),
    ]);
}

export function useStartReview(id: string) {
  const changed = useStatusChanged();
  return useMutation({ mutationFn: () => startReview(id), onSuccess: changed });
}

export function useVettingDecision(id: string) {
  const changed = useStatusChanged();
  return useMutation({ mutationFn: (request: VettingDecisionRequest) => decideVetting(id, request), onSuccess: changed });
}

export function useSuspendEmployer(id: string) {
  const changed = useStatusChanged();
  return useMutation({ mutationFn: (request: SuspendEmployerRequest) => suspendEmployer(id, request), onSuccess: changed });
}
