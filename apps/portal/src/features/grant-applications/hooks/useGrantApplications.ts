import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  OPEN_STATUSES,
  award,
  decline,
  fetchGrantApplication,
  fetchGrantApplications,
  fetchOpenProgrammes,
  grantApplicationKeys,
  markMilestone,
  recordDisbursement,
  recordTradingEnded,
  startReview,
  submitGrantApplication,
  withdraw,
} from '../api/grantApplicationsApi';
import type {
  AwardRequest,
  CreateGrantApplicationRequest,
  DeclineRequest,
  DisbursementRequest,
  GrantApplication,
  GrantApplicationListQuery,
  MilestoneStatusRequest,
  TradingEndedRequest,
  WithdrawRequest,
} from '../api/types';

export function useGrantApplicationList(query: GrantApplicationListQuery) {
  return useQuery({
    queryKey: grantApplicationKeys.list(query),
    queryFn: ({ signal }) => fetchGrantApplications(query, signal),
    // The last page stays on screen while the next loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}

/**
 * The application to this programme that still counts (null when none): the signed-in person's
 * own, or for a caseworker one person's (`survivorId`).
 */
export function useOpenApplicationTo(programmeId: string, { survivorId, enabled = true }: { survivorId?: string; enabled?: boolean } = {}) {
  const query: GrantApplicationListQuery = { programmeId, ...(survivorId && { survivorId }), status: OPEN_STATUSES, limit: 1 };
  return useQuery({
    queryKey: grantApplicationKeys.list(query),
    queryFn: async ({ signal }) => (await fetchGrantApplications(query, signal)).items[0] ?? null,
    enabled,
  });
}

export function useGrantApplication(id: string) {
  return useQuery({ queryKey: grantApplicationKeys.detail(id), queryFn: () => fetchGrantApplication(id) });
}

/** After a change the application is known exactly; every list may have changed. */
function useApplicationChanged() {
  const queryClient = useQueryClient();
  return (application: GrantApplication) => {
    queryClient.setQueryData(grantApplicationKeys.detail(application.id), application);
    void queryClient.invalidateQueries({ queryKey: grantApplicationKeys.lists });
  };
}

export function useSubmitGrantApplication() {
  const changed = useApplicationChanged();
  return useMutation({ mutationFn: (request: CreateGrantApplicationRequest) => submitGrantApplication(request), onSuccess: changed });
}

export function useStartReview(id: string) {
  const changed = useApplicationChanged();
  return useMutation({ mutationFn: () => startReview(id), onSuccess: changed });
}

export function useAward(id: string) {
  const changed = useApplicationChanged();
  return useMutation({ mutationFn: (request: AwardRequest) => award(id, request), onSuccess: changed });
}

export function useDecline(id: string) {
  const changed = useApplicationChanged();
  return useMutation({ mutationFn: (request: DeclineRequest) => decline(id, request), onSuccess: changed });
}

export function useWithdraw(id: string) {
  const changed = useApplicationChanged();
  return useMutation({ mutationFn: (request: WithdrawRequest) => withdraw(id, request), onSuccess: changed });
}

export function useMarkMilestone(id: string) {
  const changed = useApplicationChanged();
  return useMutation({
    mutationFn: ({ milestoneId, ...request }: MilestoneStatusRequest & { milestoneId: string }) => markMilestone(id, milestoneId, request),
    onSuccess: changed,
  });
}

export function useRecordDisbursement(id: string) {
  const changed = useApplicationChanged();
  return useMutation({
    mutationFn: ({ milestoneId, ...request }: DisbursementRequest & { milestoneId: string }) => recordDisbursement(id, milestoneId, request),
    onSuccess: changed,
  });
}

export function useRecordTradingEnded(id: string) {
  const changed = useApplicationChanged();
  return useMutation({ mutationFn: (request: TradingEndedRequest) => recordTradingEnded(id, request), onSuccess: changed });
}

export function useOpenProgrammes() {
  return useQuery({ queryKey: grantApplicationKeys.openProgrammes, queryFn: fetchOpenProgrammes, staleTime: 60_000 });
}
