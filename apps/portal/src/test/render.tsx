import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { AppProviders } from '../app/AppProviders';
import { createQueryClient } from '../app/queryClient';
import { routes } from '../app/routes';

/** Renders the whole app at `path`, as a person would land on it. */
export function renderApp(path: string, { state }: { state?: unknown } = {}) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const replaceLocation = vi.fn<(url: string) => void>();
  const router = createMemoryRouter(routes, { initialEntries: [{ pathname: path, state }] });
  const view = render(
    <AppProviders queryClient={queryClient} replaceLocation={replaceLocation}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, queryClient, replaceLocation };
}

export interface MockRoute {
  method?: string;
  path: string;
  status?: number;
  body?: unknown;
}

/**
 * Stubs fetch with answers keyed by method and path; the last matching route wins, so a test
 * can override a default. Unknown requests fail loudly. Returns the list of requests made.
 */
export function mockApi(routesToMock: MockRoute[]) {
  const requests: Request[] = [];
  const fetchMock = vi.fn(async (input: Request | string, init?: RequestInit) => {
    const request = typeof input === 'string' ? new Request(new URL(input, window.location.origin), init) : input;
    requests.push(request);
    const { pathname } = new URL(request.url);
    const route = [...routesToMock].reverse().find((candidate) => candidate.path === pathname && (candidate.method ?? 'GET') === request.method);
    if (!route) throw new Error(`Unexpected request ${request.method} ${pathname}`);
    const status = route.status ?? 200;
    return new Response(status === 204 ? null : JSON.stringify(route.body ?? {}), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, requests };
}

export const demoUsers = {
  survivor: {
    id: '00000000-0000-4000-8000-000000000001',
    email: 'survivor@example.org',
    displayName: 'Sam',
    role: 'survivor',
    organisation: { id: '00000000-0000-4000-8000-0000000000a1', name: 'Harbour Services', kind: 'service_provider' },
  },
  caseworker: {
    id: '00000000-0000-4000-8000-000000000003',
    email: 'caseworker@example.org',
    displayName: 'Casey',
    role: 'caseworker',
    organisation: { id: '00000000-0000-4000-8000-0000000000a1', name: 'Harbour Services', kind: 'service_provider' },
  },
} as const;
