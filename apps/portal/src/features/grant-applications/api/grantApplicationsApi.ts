import { apiClient } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type {
  AwardRequest,
  CreateGrantApplicationRequest,
  DeclineRequest,
  DisbursementRequest,
  GrantApplication,
  GrantApplicationListQuery,
  GrantApplicationPage,
  GrantApplicationStatus,
  MilestoneStatusRequest,
  ProgrammeChoice,
  TradingEndedRequest,
  WithdrawRequest,
} from './types';

export const grantApplicationKeys = {
  all: ['grant-applications'] as const,
  lists: ['grant-applications', 'list'] as const,
  list: (query: GrantApplicationListQuery) => ['grant-applications', 'list', query] as const,
  detail: (id: string) => ['grant-applications', 'detail', id] as const,
  openProgrammes: ['grant-applications', 'open-programmes'] as const,
};

/** An application that still counts: the API refuses a second one to the same programme. */
export const OPEN_STATUSES: GrantApplicationStatus[] = ['submitted', 'in_review', 'awarded'];

// The API reads a list as one comma-separated value (status=submitted,in_review), not as repeated keys.
const commaSeparatedLists = { array: { style: 'form', explode: false } } as const;

/** A survivor's own applications, or a caseworker's organisation's; newest first. */
export function fetchGrantApplications(query: GrantApplicationListQuery, signal?: AbortSignal): Promise<GrantApplicationPage> {
  return unwrap(apiClient.GET('/api/v1/grant-applications', { params: { query }, querySerializer: commaSeparatedLists, signal }));
}

export function fetchGrantApplication(id: string): Promise<GrantApplication> {
  return unwrap(apiClient.GET('/api/v1/grant-applications/{id}', { params: { path: { id } } }));
}

export function submitGrantApplication(request: CreateGrantApplicationRequest): Promise<GrantApplication> {
  return unwrap(apiClient.POST('/api/v1/grant-applications', { body: request }));
}

export function startReview(id: string): Promise<GrantApplication> {
  return unwrap(apiClient.POST('/api/v1/grant-applications/{id}/review', { params: { path: { id } } }));
}

export function award(id: string, request: AwardRequest): Promise<GrantApplication> {
  return unwrap(apiClient.POST('/api/v1/grant-applications/{id}/award', { params: { path: { id } }, body: request }));
}

export function decline(id: string, request: DeclineRequest): Promise<GrantApplication> {
  return unwrap(apiClient.POST('/api/v1/grant-applications/{id}/decline', { params: { path: { id } }, body: request }));
}

export function withdraw(id: string, request: WithdrawRequest): Promise<GrantApplication> {
  return unwrap(apiClient.POST('/api/v1/grant-applications/{id}/withdraw', { params: { path: { id } }, body: request }));
}

export function markMilestone(id: string, milestoneId: string, request: MilestoneStatusRequest): Promise<GrantApplication> {
  return unwrap(
    apiClient.POST('/api/v1/grant-applications/{id}/milestones/{milestoneId}/status', { params: { path: { id, milestoneId } }, body: request }),
  );
}

export function recordDisbursement(id: string, milestoneId: string, request: DisbursementRequest): Promise<GrantApplication> {
  return unwrap(
    apiClient.POST('/api/v1/grant-applications/{id}/milestones/{milestoneId}/disbursements', { params: { path: { id, milestoneId } }, body: request }),
  );
}

/** The awarded business stopped trading on `endedOn`: it ends the business's run in the outcomes figures. */
export function recordTradingEnded(id: string, request: TradingEndedRequest): Promise<GrantApplication> {
  return unwrap(apiClient.POST('/api/v1/grant-applications/{id}/trading-ended', { params: { path: { id } }, body: request }));
}

/** Staff see every funder's programmes; applications go to open ones. */
export function fetchOpenProgrammes(): Promise<ProgrammeChoice[]> {
  return unwrap(apiClient.GET('/api/v1/grant-programmes', { params: { query: { status: ['open'] } }, querySerializer: commaSeparatedLists }));
}
