/**
 * Removes personal data from anything about to be logged: values under sensitive keys, and
 * email addresses, bearer tokens and long hex/base64 tokens inside any string.
 */
const SENSITIVE_KEY = /pass(word)?|token|secret|cookie|authori[sz]ation|e-?mail|phone|legal.?name|display.?name|date.?of.?birth|dob|address|csrf|sealed|personal/i;
// Letters, marks and digits of any script: the API accepts internationalised addresses, and an
// ASCII-only pattern would leave most of "maría@…" or all of "đức@bücher.de" in the log.
const EMAIL = /[\p{L}\p{M}\p{N}._%+-]+@[\p{L}\p{M}\p{N}.-]+\.[\p{L}\p{M}]{2,}/giu;
// Session, CSRF and invitation tokens are 43 base64url characters; UUIDs (36) stay readable.
// Bounded by lookarounds, not \b: base64url tokens may start or end with '-', which \b skips.
const LONG_TOKEN = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{40,}(?![A-Za-z0-9_-])/g;

export const REDACTED = '[redacted]';

export function redactString(value: string): string {
  return value.replace(EMAIL, '[email]').replace(LONG_TOKEN, '[token]');
}

/** Ids of records (emailId, userId) are not personal data and help to trace a request. */
const isSensitiveKey = (key: string) => SENSITIVE_KEY.test(key) && !/Id$/.test(key);

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6) return '[deep]';
  if (typeof value === 'string') return redactString(value);
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      out[key] = isSensitiveKey(key) ? REDACTED : redact(inner, depth + 1);
    }
    return out;
  }
  return value;
}
