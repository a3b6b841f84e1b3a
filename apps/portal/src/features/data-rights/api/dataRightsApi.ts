import { apiClient } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { paths } from '../../../api/schema';
import type { EraseSurvivorRequest, Erasure, ErasureRequest } from './types';

const OWN_EXPORT_PATH = '/api/v1/survivors/me/export' satisfies keyof paths;
const EXPORT_PATH = '/api/v1/survivors/{id}/export' satisfies keyof paths;

/**
 * The download, for a plain link: the browser saves it under the name the API gives (a date,
 * never a name) with the session cookie, and the API records it in the person's access log.
 */
export function exportHref(survivorId: string | 'me'): string {
  return survivorId === 'me' ? OWN_EXPORT_PATH : EXPORT_PATH.replace('{id}', encodeURIComponent(survivorId));
}

export function requestErasure(): Promise<ErasureRequest> {
  return unwrap(apiClient.POST('/api/v1/survivors/me/erasure-request'));
}

export function eraseSurvivor(id: string, request: EraseSurvivorRequest): Promise<Erasure> {
  return unwrap(apiClient.POST('/api/v1/survivors/{id}/erasure', { params: { path: { id } }, body: request }));
}
