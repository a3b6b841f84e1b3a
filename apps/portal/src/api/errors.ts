import type { ApiErrorBody, ErrorCode } from '@onward/shared';

/** An error answer from the API, or a failure to reach it (`status` 0, `code` 'network_error'). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'network_error' | 'unknown_error';
  readonly fields: Record<string, string[]>;
  readonly errorId: string | undefined;

  constructor(status: number, body: Partial<ApiErrorBody> | undefined, options?: { cause?: unknown }) {
    super(body?.message ?? (status === 0 ? 'Could not reach the API' : `Request failed with status ${status}`), options);
    this.name = 'ApiError';
    this.status = status;
    this.code = body?.code ?? (status === 0 ? 'network_error' : 'unknown_error');
    this.fields = body?.fields ?? {};
    this.errorId = body?.errorId;
  }
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as ApiErrorBody).code === 'string';
}

/** Reads the `code` of an error response without consuming the body the caller will read. */
export async function readErrorCode(response: Response): Promise<string | undefined> {
  try {
    const body: unknown = await response.clone().json();
    return isApiErrorBody(body) ? body.code : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Turns an openapi-fetch result into its data, or throws an ApiError. Network failures reject
 * inside openapi-fetch and are mapped here too, so callers only ever see ApiError.
 */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    // fetch rejects only when the request never got an answer (offline, DNS, CORS).
    throw new ApiError(0, undefined, { cause: error });
  }
  if (!result.response.ok) {
    throw new ApiError(result.response.status, isApiErrorBody(result.error) ? result.error : undefined);
  }
  return result.data as T;
}
