import { createHash } from 'node:crypto';
import { DomainException } from '../../common/errors/domain.exception';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'Idempotent-Replayed';

/** 1 to 128 printable ASCII characters: a UUID, or any token the client makes up. */
const KEY_PATTERN = /^[\x20-\x7E]{1,128}$/;

/** The key from the header, or a 400 idempotency_key_invalid (a repeated header is refused too). */
export function parseIdempotencyKey(header: string | string[] | undefined): string {
  if (typeof header === 'string' && KEY_PATTERN.test(header)) return header;
  throw new DomainException('idempotency_key_invalid', 'The Idempotency-Key header must be 1 to 128 printable ASCII characters, sent once.', 400, {
    'Idempotency-Key': ['Must be 1 to 128 printable ASCII characters.'],
  });
}

/**
 * What makes two requests "the same request": method, path with query, and the JSON body with
 * its keys in a fixed order (a client may serialise the same object differently on a retry).
 * Only the hash is kept.
 */
export function requestFingerprint(method: string, url: string, body: unknown): string {
  return createHash('sha256').update(`${method.toUpperCase()} ${url}\n${body === undefined ? '' : canonicalJson(body)}`).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export const IdempotencyErrors = {
  reused: () =>
    new DomainException('idempotency_key_reused', 'This Idempotency-Key was already used for a different request. Use a new key for a new request.', 422),
  inProgress: (retryAfterSeconds: number) =>
    new DomainException('idempotency_in_progress', 'This request is still being carried out. Try again in a moment for its answer.', 409, undefined, {
      'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))),
    }),
  alreadyApplied: () =>
    new DomainException(
      'idempotency_already_applied',
      'This request was already carried out, once, but its answer could not be kept. Reload to see the result; do not send it again with a new key.',
      409,
    ),
};
