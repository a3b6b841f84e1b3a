import { ApiError } from '../../api/errors';

/** Answers whose `message` the API writes for the person who made the request. */
const READABLE_STATUSES = new Set([400, 403, 409]);

/**
 * The API's own words when it wrote them for the person (why an employer cannot publish, why a
 * vetting cannot be recorded); null when its code has a translated message instead. A
 * validation failure says "check the fields", which then carry the details.
 */
export function peopleMessage(error: unknown): string | null {
  if (
    error instanceof ApiError &&
    READABLE_STATUSES.has(error.status) &&
    error.code !== 'validation_failed' &&
    error.code !== 'csrf_invalid' &&
    error.code !== 'unknown_error'
  ) {
    return error.message;
  }
  return null;
}

/** Every per-field message of a validation failure, once each, for the summary above a form. */
export function serverFieldMessages(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [];
  return [...new Set(Object.values(error.fields).flat())];
}

/**
 * The API's messages for a form field and anything nested under it: `wage` also collects
 * `wage.currency` and `wage.amountMinor`; `checklist` collects `checklist.0.confirmed`.
 */
export function serverFieldMessage(error: unknown, ...fields: string[]): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const messages = Object.entries(error.fields)
    .filter(([key]) => fields.some((field) => key === field || key.startsWith(`${field}.`)))
    .flatMap(([, fieldMessages]) => fieldMessages);
  return messages.length ? [...new Set(messages)].join(' ') : undefined;
}
