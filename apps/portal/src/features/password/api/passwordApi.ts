import { apiClient } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { ChangePasswordRequest, PasswordResetConfirmRequest, PasswordResetRequest, PasswordResetRequested } from './types';

export function requestPasswordReset(request: PasswordResetRequest): Promise<PasswordResetRequested> {
  return unwrap(apiClient.POST('/api/v1/auth/password-reset', { body: request }));
}

/** Ends every session of the account: the person signs in again with the new password. */
export async function confirmPasswordReset(request: PasswordResetConfirmRequest): Promise<void> {
  await unwrap(apiClient.POST('/api/v1/auth/password-reset/confirm', { body: request }));
}

/** Ends every other session of the account; this browser gets a new session cookie. */
export async function changePassword(request: ChangePasswordRequest): Promise<void> {
  await unwrap(apiClient.POST('/api/v1/auth/password', { body: request }));
}
