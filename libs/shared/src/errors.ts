/**
 * Stable error codes the API returns in `code`. Clients branch on these, never on messages.
 */
export const ERROR_CODES = [
  'validation_failed',
  'malformed_request',
  'payload_too_large',
  'unauthenticated',
  'session_expired',
  'csrf_invalid',
  'forbidden',
  'not_found',
  'conflict',
  'invalid_credentials',
  'rate_limited',
  'invitation_invalid',
  'employer_not_vetted',
  'wage_below_floor',
  'search_unavailable',
  'consent_required',
  'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  /** Per-field messages for validation failures. */
  fields?: Record<string, string[]>;
  /** Present on 500s: quote it to support; the details are only in the server log. */
  errorId?: string;
}
