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
  'reset_link_invalid',
  'employer_not_vetted',
  'wage_below_floor',
  'search_unavailable',
  'consent_required',
  'erased',
  'database_unavailable',
  'request_timeout',
  'idempotency_key_invalid',
  'idempotency_key_reused',
  'idempotency_in_progress',
  'idempotency_already_applied',
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
