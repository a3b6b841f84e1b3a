import { ErrorCode } from '@onward/shared';

/**
 * A failure the caller can act on. It carries a stable code and an HTTP status; the exception
 * filter turns it into the response body. Services throw these, never HttpException.
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status: number,
    readonly fields?: Record<string, string[]>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

/**
 * The SQLSTATE the database raises for any change to an erased survivor's record (its triggers,
 * migration DataRights1796400000000); answered as Errors.erased().
 */
export const ERASED_RECORD_SQLSTATE = 'OW409';

export const Errors = {
  validation: (fields: Record<string, string[]>) =>
    new DomainException('validation_failed', 'Some fields are missing or not valid.', 400, fields),
  unauthenticated: () => new DomainException('unauthenticated', 'Please sign in.', 401),
  sessionExpired: () => new DomainException('session_expired', 'Your session has ended. Please sign in again.', 401),
  csrf: () => new DomainException('csrf_invalid', 'The security token is missing or out of date. Reload the page and try again.', 403),
  forbidden: () => new DomainException('forbidden', 'You do not have access to this.', 403),
  forbiddenBecause: (message: string) => new DomainException('forbidden', message, 403),
  notFound: (what = 'That record') => new DomainException('not_found', `${what} was not found.`, 404),
  conflict: (message: string) => new DomainException('conflict', message, 409),
  /** A change to a survivor's record after it was erased: it is read-only for good. */
  erased: () => new DomainException('erased', 'This record was erased: it can no longer be changed.', 409),
  invalidCredentials: () => new DomainException('invalid_credentials', 'The email or password is not correct.', 401),
  /** 400 naming the fields that are wrong, in the same shape as the ValidationPipe's errors. */
  invalidField: (field: string, message: string) => new DomainException('validation_failed', message, 400, { [field]: [message] }),
  rateLimited: (retryAfterSeconds: number) =>
    new DomainException('rate_limited', 'Too many attempts. Please wait a few minutes and try again.', 429, undefined, {
      'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))),
    }),
};
