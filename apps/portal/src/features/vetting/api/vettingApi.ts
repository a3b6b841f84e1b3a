import type { ConcernStatus, VettingStatus } from '@onward/shared';
import { apiClient } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type {
  Concern,
  EmployerDetail,
  EmployerSummary,
  ReviewConcernRequest,
  SuspendEmployerRequest,
  VettingDecisionRequest,
} from '../../../api/types';

export const vettingKeys = {
  all: ['vetting'] as const,
  employers: ['vetting', 'employers'] as const,
  employerList: (statuses: readonly VettingStatus[]) => ['vetting', 'employers', 'list', [...statuses]] as const,
  employer: (id: string) => ['vetting', 'employers', 'detail', id] as const,
  concerns: ['vetting', 'concerns'] as const,
  concernList: (statuses: readonly ConcernStatus[]) => ['vetting', 'concerns', 'list', [...statuses]] as const,
};

/** The API reads a list filter as one comma-separated value: `status=pending,in_review`. */
const commaSeparated = { array: { style: 'form', explode: false } } as const;

export function fetchEmployers(statuses: readonly VettingStatus[]): Promise<EmployerSummary[]> {
  return unwrap(
    apiClient.GET('/api/v1/employers', {
      params: { query: statuses.length ? { status: [...statuses] } : {} },
      querySerializer: commaSeparated,
    }),
  );
}

export function fetchEmployer(id: string): Promise<EmployerDetail> {
  return unwrap(apiClient.GET('/api/v1/employers/{id}', { params: { path: { id } } }));
}

export function startReview(id: string): Promise<EmployerSummary> {
  return unwrap(apiClient.POST('/api/v1/employers/{id}/review', { params: { path: { id } } }));
}

export function decideVetting(id: string, request: VettingDecisionRequest): Promise<EmployerSummary> {
  return unwrap(apiClient.POST('/api/v1/employers/{id}/decision', { params: { path: { id } }, body: request }));
}

export function suspendEmployer(id: string, request: SuspendEmployerRequest): Promise<EmployerSummary> {
  return unwrap(apiClient.POST('/api/v1/employers/{id}/suspension', { params: { path: { id } }, body: request }));
}

export function fetchConcerns(statuses: readonly ConcernStatus[]): Promise<Concern[]> {
  return unwrap(
    apiClient.GET('/api/v1/concerns', {
      params: { query: statuses.length ? { status: [...statuses] } : {} },
      querySerializer: commaSeparated,
    }),
  );
}

export function reviewConcern(id: string, request: ReviewConcernRequest): Promise<Concern> {
  return unwrap(apiClient.POST('/api/v1/concerns/{id}/review', { params: { path: { id } }, body: request }));
}
