import { describe, expect, it, vi } from 'vitest';
import { createApiClient, CSRF_HEADER } from './client';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const BASE = 'http://portal.test';

/** A fake API: hands out numbered CSRF tokens and answers the rest from `answer`. */
function fakeApi(answer: (request: Request, bodyText: string) => Response) {
  let issued = 0;
  const seen: { method: string; path: string; csrf: string | null; body: string }[] = [];
  const fetchFn = vi.fn(async (input: Request | string, init?: RequestInit) => {
    const request = typeof input === 'string' ? new Request(new URL(input, BASE), init) : input;
    const path = new URL(request.url, BASE).pathname;
    const body = await request.text();
    seen.push({ method: request.method, path, csrf: request.headers.get(CSRF_HEADER), body });
    if (path === '/api/v1/auth/csrf') return json(200, { token: `token-${++issued}` });
    return answer(request, body);
  });
  const api = createApiClient(fetchFn);
  return { api, seen };
}

// openapi-fetch builds absolute Requests; in the browser '' resolves against the page.
const init = { baseUrl: BASE } as const;

describe('api client', () => {
  it('fetches the CSRF token once and sends it on state-changing requests only', async () => {
    const { api, seen } = fakeApi(() => json(201, { id: '1' }));
    await api.client.GET('/api/v1/auth/me', init);
    await api.client.POST('/api/v1/invitations', { ...init, body: { email: 'a@example.org', role: 'survivor' } });
    await api.client.POST('/api/v1/invitations', { ...init, body: { email: 'b@example.org', role: 'survivor' } });

    expect(seen.map(({ method, path, csrf }) => `${method} ${path} ${csrf}`)).toEqual([
      'GET /api/v1/auth/me null',
      'GET /api/v1/auth/csrf null',
      'POST /api/v1/invitations token-1',
      'POST /api/v1/invitations token-1',
    ]);
  });

  it('refetches the token and retries once, with the same body, when the server rejects it', async () => {
    let rejected = false;
    const { api, seen } = fakeApi((request) => {
      if (!rejected) {
        rejected = true;
        return json(403, { statusCode: 403, code: 'csrf_invalid', message: 'CSRF token invalid' });
      }
      return request.headers.get(CSRF_HEADER) === 'token-2' ? json(200, { user: { id: 'u' } }) : json(500, {});
    });

    const result = await api.client.POST('/api/v1/auth/login', { ...init, body: { email: 'a@example.org', password: 'pw' } });

    expect(result.response.status).toBe(200);
    const logins = seen.filter(({ path }) => path === '/api/v1/auth/login');
    expect(logins.map(({ csrf }) => csrf)).toEqual(['token-1', 'token-2']);
    expect(logins[1].body).toBe(logins[0].body);
  });

  it('does not retry a second time', async () => {
    const { api, seen } = fakeApi(() => json(403, { statusCode: 403, code: 'csrf_invalid', message: 'no' }));
    const result = await api.client.POST('/api/v1/auth/logout', init);
    expect(result.response.status).toBe(403);
    expect(seen.filter(({ path }) => path === '/api/v1/auth/logout')).toHaveLength(2);
  });

  it('tells listeners when the session has ended, but not about wrong passwords', async () => {
    const answers = [
      json(401, { statusCode: 401, code: 'invalid_credentials', message: 'x' }),
      json(401, { statusCode: 401, code: 'session_expired', message: 'x' }),
    ];
    const { api } = fakeApi(() => answers.shift() ?? json(500, {}));
    const listener = vi.fn();
    api.onSessionEnded(listener);

    await api.client.POST('/api/v1/auth/login', { ...init, body: { email: 'a@example.org', password: 'pw' } });
    expect(listener).not.toHaveBeenCalled();
    await api.client.GET('/api/v1/organisations', init);
    expect(listener).toHaveBeenCalledOnce();
  });
});
