import { apiClient } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { GrantProgramme, Organisation, SaveGrantProgrammeRequest } from '../../../api/types';

export const grantKeys = {
  all: ['grant-programmes'] as const,
  list: ['grant-programmes', 'list'] as const,
  detail: (id: string) => ['grant-programmes', 'detail', id] as const,
  funders: ['grant-programmes', 'funders'] as const,
};

/** The funder organisations staff may run a programme for. */
export async function fetchFunders(): Promise<Organisation[]> {
  return (await unwrap(apiClient.GET('/api/v1/organisations/funders'))).items;
}

/** Staff get every funder's programmes; a funder's member gets their own. */
export function fetchGrantProgrammes(): Promise<GrantProgramme[]> {
  return unwrap(apiClient.GET('/api/v1/grant-programmes'));
}

export function fetchGrantProgramme(id: string): Promise<GrantProgramme> {
  return unwrap(apiClient.GET('/api/v1/grant-programmes/{id}', { params: { path: { id } } }));
}

export function createGrantProgramme(request: SaveGrantProgrammeRequest): Promise<GrantProgramme> {
  return unwrap(apiClient.POST('/api/v1/grant-programmes', { body: request }));
}

export function updateGrantProgramme(id: string, request: SaveGrantProgrammeRequest): Promise<GrantProgramme> {
  return unwrap(apiClient.PUT('/api/v1/grant-programmes/{id}', { params: { path: { id } }, body: request }));
}

export function openGrantProgramme(id: string): Promise<GrantProgramme> {
  return unwrap(apiClient.POST('/api/v1/grant-programmes/{id}/open', { params: { path: { id } } }));
}

export function closeGrantProgramme(id: string): Promise<GrantProgramme> {
  return unwrap(apiClient.POST('/api/v1/grant-programmes/{id}/close', { params: { path: { id } } }));
}
