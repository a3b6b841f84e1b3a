import { ApiError } from '../../api/errors';

/** The search engine is down for a while (503 `search_unavailable`): not the person's fault. */
export function isSearchUnavailable(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'search_unavailable' || error.status === 503);
}

/**
 * The job or grant cannot be shown any more: closed, taken down, its employer suspended (404),
 * or a link whose id is not even well-formed (a validation error on `id`).
 */
export function isNoLongerAvailable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.status === 404 || error.status === 410 || (error.code === 'validation_failed' && 'id' in error.fields);
}
