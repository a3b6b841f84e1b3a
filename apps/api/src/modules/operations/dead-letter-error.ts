import { redactString } from '../../common/logging/redact';

export const DEAD_LETTER_ERROR_MAX_LENGTH = 200;

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

/**
 * Why a job died, short and safe to put on a page. pg-boss keeps what the last attempt failed
 * with as the job's output: `{ message }` from JobQueue.work, `{ value: { message } }` when the
 * job timed out, `{ value: '…' }` when pg-boss stopped under it. Only the first line of that
 * message is kept (a stack or a driver's detail comes after it), email addresses and tokens
 * are redacted as in the logs, and so are ids (a handler's error often repeats its job's payload,
 * which the page never shows); then it is cut to DEAD_LETTER_ERROR_MAX_LENGTH characters: in
 * that order, so a cut never leaves half an address the redactor would not recognise.
 */
export function deadLetterError(output: unknown): string | null {
  const message = messageOf(output);
  if (!message) return null;
  const firstLine = message.trim().split(/\r?\n/)[0].trim();
  if (!firstLine) return null;
  const safe = redactString(firstLine).replace(UUID, '[id]');
  return safe.length > DEAD_LETTER_ERROR_MAX_LENGTH ? `${safe.slice(0, DEAD_LETTER_ERROR_MAX_LENGTH - 1)}…` : safe;
}

function messageOf(output: unknown, depth = 0): string | null {
  if (typeof output === 'string') return output;
  if (!output || typeof output !== 'object' || depth > 2) return null;
  const { message, value } = output as { message?: unknown; value?: unknown };
  if (typeof message === 'string') return message;
  return value === undefined ? null : messageOf(value, depth + 1);
}
