/**
 * Removes personal data from anything about to be logged: values under sensitive keys, and
 * email addresses, bearer tokens and long hex/base64 tokens inside any string.
 */
const SENSITIVE_KEY = /pass(word)?|token|secret|cookie|authori[sz]ation|e-?mail|phone|legal.?name|display.?name|date.?of.?birth|dob|address|csrf/i;
const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/gi;
// Session, CSRF and invitation tokens are 43 base64url characters; UUIDs (36) stay readable.
const LONG_TOKEN = /\b[A-Za-z0-9_-]{40,}\b/g;

export const REDACTED = '[redacted]';

export function redactString(value: string): string {
  return value.replace(EMAIL, '[email]').replace(LONG_TOKEN, '[token]');
}

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6) return '[deep]';
  if (typeof value === 'string') return redactString(value);
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      out[key] = SENSITIVE_KEY.test(key) ? REDACTED : redact(inner, depth + 1);
    }
    return out;
  }
  return value;
}
