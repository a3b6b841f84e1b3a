import { apiClient } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { GrantOpportunity, JobOpportunity, OpportunitySearch, OpportunitySearchQuery, ReportConcernRequest } from '../../../api/types';

export const opportunityKeys = {
  // Search terms stay in memory only: sign-out, sign-in and quick exit clear the cache.
  searches: ['opportunities', 'search'] as const,
  search: (query: OpportunitySearchQuery) => ['opportunities', 'search', query] as const,
  job: (id: string) => ['opportunities', 'job', id] as const,
  grant: (id: string) => ['opportunities', 'grant', id] as const,
};

// The API reads a list as one comma-separated value (type=job,grant), not as repeated keys.
const commaSeparatedLists = { array: { style: 'form', explode: false } } as const;

export function searchOpportunities(query: OpportunitySearchQuery, signal?: AbortSignal): Promise<OpportunitySearch> {
  return unwrap(apiClient.GET('/api/v1/opportunities/search', { params: { query }, querySerializer: commaSeparatedLists, signal }));
}

export function fetchJobOpportunity(id: string): Promise<JobOpportunity> {
  return unwrap(apiClient.GET('/api/v1/opportunities/jobs/{id}', { params: { path: { id } } }));
}

export function fetchGrantOpportunity(id: string): Promise<GrantOpportunity> {
  return unwrap(apiClient.GET('/api/v1/opportunities/grants/{id}', { params: { path: { id } } }));
}

/** Anyone may report; the employer is never told who did. Answers with plain words for the reporter. */
export function reportConcern(employerId: string, request: ReportConcernRequest): Promise<{ message: string }> {
  return unwrap(apiClient.POST('/api/v1/employers/{id}/concerns', { params: { path: { id: employerId } }, body: request }));
}
