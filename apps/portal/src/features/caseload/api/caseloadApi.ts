import { apiClient } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type {
  Candidates,
  Consent,
  CreateSurvivorRequest,
  EmployerChoice,
  InviteSurvivorRequest,
  JobSummary,
  Matches,
  Survivor,
  SurvivorListQuery,
  SurvivorPage,
  UpdateSurvivorRequest,
} from './types';

export const caseloadKeys = {
  all: ['caseload'] as const,
  survivors: ['caseload', 'survivors'] as const,
  // The search words stay in memory only: sign-out, sign-in and quick exit clear the cache.
  survivorList: (query: SurvivorListQuery) => ['caseload', 'survivors', 'list', query] as const,
  survivor: (id: string) => ['caseload', 'survivors', 'detail', id] as const,
  consents: (id: string) => ['caseload', 'survivors', 'consents', id] as const,
  matches: (id: string) => ['caseload', 'survivors', 'matches', id] as const,
  publishedJobs: ['caseload', 'jobs', 'published'] as const,
  candidates: ['caseload', 'jobs', 'candidates'] as const,
  candidatesFor: (jobId: string) => ['caseload', 'jobs', 'candidates', jobId] as const,
  employerChoices: ['caseload', 'employers'] as const,
};

/** How many matches of each kind a profile shows, and candidates a job shows. */
export const MATCHES_SHOWN = 20;
export const CANDIDATES_SHOWN = 50;

// The API reads a list as one comma-separated value (status=published), not as repeated keys.
const commaSeparatedLists = { array: { style: 'form', explode: false } } as const;

export function fetchSurvivors(query: SurvivorListQuery, signal?: AbortSignal): Promise<SurvivorPage> {
  return unwrap(apiClient.GET('/api/v1/survivors', { params: { query }, signal }));
}

/** Opens the sealed details: the API records the view, and the person can see it. */
export function fetchSurvivor(id: string): Promise<Survivor> {
  return unwrap(apiClient.GET('/api/v1/survivors/{id}', { params: { path: { id } } }));
}

export function createSurvivor(request: CreateSurvivorRequest): Promise<Survivor> {
  return unwrap(apiClient.POST('/api/v1/survivors', { body: request }));
}

export function updateSurvivor(id: string, request: UpdateSurvivorRequest): Promise<Survivor> {
  return unwrap(apiClient.PATCH('/api/v1/survivors/{id}', { params: { path: { id } }, body: request }));
}

export async function inviteSurvivor(id: string, request: InviteSurvivorRequest): Promise<void> {
  await unwrap(apiClient.POST('/api/v1/survivors/{id}/invitation', { params: { path: { id } }, body: request }));
}

export function fetchConsents(id: string): Promise<Consent[]> {
  return unwrap(apiClient.GET('/api/v1/survivors/{id}/consents', { params: { path: { id } } }));
}

export function fetchMatches(id: string): Promise<Matches> {
  return unwrap(apiClient.GET('/api/v1/survivors/{id}/matches', { params: { path: { id }, query: { limit: MATCHES_SHOWN } } }));
}

/** Staff see every employer's published jobs. */
export function fetchPublishedJobs(): Promise<JobSummary[]> {
  return unwrap(apiClient.GET('/api/v1/jobs', { params: { query: { status: ['published'] } }, querySerializer: commaSeparatedLists }));
}

export function fetchCandidates(jobId: string): Promise<Candidates> {
  return unwrap(apiClient.GET('/api/v1/jobs/{id}/candidates', { params: { path: { id: jobId }, query: { limit: CANDIDATES_SHOWN } } }));
}

/**
 * The employers a safety exclusion can name: every one Onward knows, whatever its vetting, since
 * the place to keep someone away from may well be one still waiting for vetting, or suspended.
 */
export function fetchEmployerChoices(): Promise<EmployerChoice[]> {
  return unwrap(
    apiClient.GET('/api/v1/employers', {
      params: { query: { status: ['pending', 'in_review', 'vetted', 'suspended', 'rejected'] } },
      querySerializer: commaSeparatedLists,
    }),
  );
}
