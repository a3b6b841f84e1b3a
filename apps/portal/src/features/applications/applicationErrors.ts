import { ApiError } from '../../api/errors';

/**
 * 404, or an id that is not even well-formed: either way there is nothing here for this person.
 * For an employer it also means the person stopped sharing (or withdrew) since the last look.
 */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || (error.code === 'validation_failed' && 'id' in error.fields));
}
