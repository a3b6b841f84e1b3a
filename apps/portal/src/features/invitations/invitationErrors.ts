import { ApiError } from '../../api/errors';

/**
 * The link cannot be used: unknown, expired, used or replaced (`invitation_invalid`), or not even
 * shaped like a token (a validation error on `token`, e.g. a link cut short by a mail program).
 */
export function isInvalidInvitation(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.code === 'invitation_invalid' || error.status === 410 || (error.code === 'validation_failed' && 'token' in error.fields);
}
