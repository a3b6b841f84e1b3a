import { apiClient } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { FlagDetail, FlagListQuery, FlagNoteRequest, FlagPage, ResolveFlagRequest, SurvivorTimeline } from './types';

export function fetchFlags(query: FlagListQuery, signal?: AbortSignal): Promise<FlagPage> {
  return unwrap(apiClient.GET('/api/v1/flags', { params: { query }, signal }));
}

export function fetchFlag(id: string): Promise<FlagDetail> {
  return unwrap(apiClient.GET('/api/v1/flags/{id}', { params: { path: { id } } }));
}

/** The steps that take no body: the API answers 409 when the flag's state does not allow them. */
export type FlagStep = 'acknowledge' | 'start';

const STEP_PATHS = {
  acknowledge: '/api/v1/flags/{id}/acknowledge',
  start: '/api/v1/flags/{id}/start',
} as const;

export function takeFlagStep(id: string, step: FlagStep): Promise<FlagDetail> {
  return unwrap(apiClient.POST(STEP_PATHS[step], { params: { path: { id } } }));
}

export function resolveFlag(id: string, request: ResolveFlagRequest): Promise<FlagDetail> {
  return unwrap(apiClient.POST('/api/v1/flags/{id}/resolve', { params: { path: { id } }, body: request }));
}

export function addFlagNote(id: string, request: FlagNoteRequest): Promise<FlagDetail> {
  return unwrap(apiClient.POST('/api/v1/flags/{id}/notes', { params: { path: { id } }, body: request }));
}

export function fetchTimeline(survivorId: string): Promise<SurvivorTimeline> {
  return unwrap(apiClient.GET('/api/v1/survivors/{id}/timeline', { params: { path: { id: survivorId } } }));
}
