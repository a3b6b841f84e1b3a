import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError, readErrorCode } from './errors';
import type { CsrfTokenResponse } from './types';
import type { paths } from './schema';

export const CSRF_HEADER = 'X-CSRF-Token';
export const CSRF_PATH = '/api/v1/auth/csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const SESSION_ENDED_CODES = new Set(['unauthenticated', 'session_expired']);

type FetchLike = (input: Request | string, init?: RequestInit) => Promise<Response>;

/** Fetches the CSRF token once and shares it (and any fetch in flight) between requests. */
export class CsrfTokenStore {
  private pending: Promise<string> | null = null;

  constructor(private readonly fetchFn: FetchLike) {}

  get(): Promise<string> {
    this.pending ??= this.fetchToken().catch((error: unknown) => {
      this.pending = null;
      throw error;
    });
    return this.pending;
  }

  clear(): void {
    this.pending = null;
  }

  private async fetchToken(): Promise<string> {
    let response: Response;
    try {
      response = await this.fetchFn(CSRF_PATH, { credentials: 'include', headers: { Accept: 'application/json' } });
    } catch (error) {
      throw new ApiError(0, undefined, { cause: error });
    }
    if (!response.ok) throw new ApiError(response.status, undefined);
    const body = (await response.json()) as CsrfTokenResponse;
    return body.token;
  }
}

/**
 * Sends the CSRF token on every state-changing request. If the server says the token is invalid
 * (its secret cookie expired or was cleared), fetches a new one and retries the request once.
 */
export function csrfMiddleware(tokens: CsrfTokenStore): Middleware {
  const retryCopies = new Map<string, Request>();
  return {
    async onRequest({ request, id }) {
      if (SAFE_METHODS.has(request.method)) return undefined;
      // Keep an unsent copy: a body can be read only once.
      retryCopies.set(id, request.clone());
      request.headers.set(CSRF_HEADER, await tokens.get());
      return request;
    },
    async onResponse({ response, id, options }) {
      const retryCopy = retryCopies.get(id);
      retryCopies.delete(id);
      if (!retryCopy) return undefined;
      if (response.status === 403 && (await readErrorCode(response)) === 'csrf_invalid') {
        tokens.clear();
        retryCopy.headers.set(CSRF_HEADER, await tokens.get());
        return options.fetch(retryCopy);
      }
      return undefined;
    },
    onError({ id }) {
      retryCopies.delete(id);
      return undefined;
    },
  };
}

type SessionEndedListener = () => void;

/** Tells listeners when the API answers that the session is missing or has expired. */
export function sessionEndedMiddleware(listeners: Set<SessionEndedListener>): Middleware {
  return {
    async onResponse({ response }) {
      if (response.status !== 401) return undefined;
      const code = await readErrorCode(response);
      if (code && SESSION_ENDED_CODES.has(code)) listeners.forEach((listener) => listener());
      return undefined;
    },
  };
}

export function createApiClient(fetchFn: FetchLike = (input, init) => globalThis.fetch(input, init)) {
  const csrfTokens = new CsrfTokenStore(fetchFn);
  const sessionEndedListeners = new Set<SessionEndedListener>();
  const client = createClient<paths>({
    baseUrl: '',
    credentials: 'include',
    // Looked up on each call rather than captured once, so tests can stub the global fetch.
    fetch: (request: Request) => fetchFn(request),
  });
  // onResponse runs in reverse order: CSRF retries first, then the session check sees the final answer.
  client.use(sessionEndedMiddleware(sessionEndedListeners), csrfMiddleware(csrfTokens));
  return {
    client,
    csrfTokens,
    onSessionEnded(listener: SessionEndedListener): () => void {
      sessionEndedListeners.add(listener);
      return () => sessionEndedListeners.delete(listener);
    },
  };
}

const api = createApiClient();

export const apiClient = api.client;
export const csrfTokens = api.csrfTokens;
export const onSessionEnded = api.onSessionEnded;
