import { apiClient } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { Job, SaveJobRequest } from '../../../api/types';

export const jobKeys = {
  all: ['jobs'] as const,
  lists: ['jobs', 'list'] as const,
  /** An employer's own jobs (`own`), or, for staff, one employer's. */
  list: (employerId?: string) => ['jobs', 'list', employerId ?? 'own'] as const,
  detail: (id: string) => ['jobs', 'detail', id] as const,
};

export function fetchJobs(employerId?: string): Promise<Job[]> {
  return unwrap(apiClient.GET('/api/v1/jobs', { params: { query: employerId ? { employerId } : {} } }));
}

export function fetchJob(id: string): Promise<Job> {
  return unwrap(apiClient.GET('/api/v1/jobs/{id}', { params: { path: { id } } }));
}

export function createJob(request: SaveJobRequest): Promise<Job> {
  return unwrap(apiClient.POST('/api/v1/jobs', { body: request }));
}

export function updateJob(id: string, request: SaveJobRequest): Promise<Job> {
  return unwrap(apiClient.PUT('/api/v1/jobs/{id}', { params: { path: { id } }, body: request }));
}

export function publishJob(id: string): Promise<Job> {
  return unwrap(apiClient.POST('/api/v1/jobs/{id}/publish', { params: { path: { id } } }));
}

export function closeJob(id: string): Promise<Job> {
  return unwrap(apiClient.POST('/api/v1/jobs/{id}/close', { params: { path: { id } } }));
}
