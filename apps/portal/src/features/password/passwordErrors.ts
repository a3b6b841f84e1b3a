import { ApiError } from '../../api/errors';

/**
 * The emailed link cannot be used: expired, used, replaced by a newer one or unknown
 * (`reset_link_invalid`), or not even shaped like a token (a validation error on `token`, e.g.
 * a link cut short by a mail program).
 */
export function isInvalidResetLink(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.code === 'reset_link_invalid' || (error.code === 'validation_failed' && 'token' in error.fields);
}

export function isRateLimited(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 429 || error.code === 'rate_limited');
}

/** Whether the API refused this field of the form. */
export function refusedField(error: unknown, field: string): boolean {
  return error instanceof ApiError && error.code === 'validation_failed' && Boolean(error.fields[field]?.length);
}
