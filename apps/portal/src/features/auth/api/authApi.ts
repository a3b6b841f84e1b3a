import { apiClient } from '../../../api/client';
import { ApiError, unwrap } from '../../../api/errors';
import type { LoginRequest, Me } from '../../../api/types';

export const authKeys = {
  me: ['auth', 'me'] as const,
};

/** The signed-in user, or null when there is no session. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await unwrap(apiClient.GET('/api/v1/auth/me'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function signIn(credentials: LoginRequest): Promise<Me> {
  const session = await unwrap(apiClient.POST('/api/v1/auth/login', { body: credentials }));
  return session.user;
}

export async function signOut(): Promise<void> {
  try {
    await unwrap(apiClient.POST('/api/v1/auth/logout'));
  } catch (error) {
    // No session left to end: the outcome the caller wanted.
    if (error instanceof ApiError && error.status === 401) return;
    throw error;
  }
}
