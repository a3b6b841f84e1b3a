import { apiClient } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { EmployerStanding, Me, RegisterEmployerRequest } from '../../../api/types';

export const employerKeys = {
  standing: ['employers', 'standing'] as const,
};

/** Registers the organisation (pending vetting) and signs its first member in. */
export async function registerEmployer(request: RegisterEmployerRequest): Promise<Me> {
  const session = await unwrap(apiClient.POST('/api/v1/employers/register', { body: request }));
  return session.user;
}

export function fetchEmployerStanding(): Promise<EmployerStanding> {
  return unwrap(apiClient.GET('/api/v1/employers/me'));
}
