import { vi } from 'vitest';
import { demoUsers, type MockRoute } from '../../test/render';
import type { RetentionGroup, RetentionReport } from './api/types';

/** Shapes the API answers with, for this feature's tests. */
export const RETENTION_PATH = '/api/v1/retention';

export const adminUser = { ...demoUsers.caseworker, id: '00000000-0000-4000-8000-000000000004', displayName: 'Ada', email: 'admin@example.org', role: 'admin' } as const;

export const caseworkerBase: MockRoute[] = [
  { path: '/api/v1/auth/me', body: demoUsers.caseworker },
  { path: '/api/v1/auth/csrf', body: { token: 'csrf-1' } },
];
export const adminBase: MockRoute[] = [...caseworkerBase, { path: '/api/v1/auth/me', body: adminUser }];

/**
 * 50 placements, 20 ended. The curve steps at days 20, 60 and 150; the last one followed ran
 * for 300 days, so no figure at 365 days can be known yet.
 */
export function retentionGroup(overrides: Partial<RetentionGroup> = {}): RetentionGroup {
  return {
    key: 'all',
    label: 'All',
    count: 50,
    ended: 20,
    censored: 30,
    points: [
      { day: 30, survival: 0.9, atRisk: 45 },
      { day: 90, survival: 0.8234, atRisk: 30 },
      { day: 180, survival: 0.6, atRisk: 12 },
      { day: 365, survival: null, atRisk: 0 },
    ],
    medianDays: null,
    curve: [
      { time: 0, survival: 1, atRisk: 50 },
      { time: 20, survival: 0.9, atRisk: 50 },
      { time: 60, survival: 0.8234, atRisk: 40 },
      { time: 150, survival: 0.6, atRisk: 20 },
      { time: 300, survival: 0.6, atRisk: 4 },
    ],
    ...overrides,
  };
}

export function report(overrides: Partial<RetentionReport> = {}): RetentionReport {
  return {
    subject: 'placements',
    groupBy: null,
    from: null,
    to: null,
    smallGroupsCombined: 0,
    asOf: '2026-05-04',
    days: [30, 90, 180, 365],
    overall: retentionGroup(),
    groups: [],
    ...overrides,
  };
}

/** A group of `count` whose every figure is `survival`, with its own curve (curves=true). */
export function flatGroup(key: string, label: string, count: number, survival: number): RetentionGroup {
  return retentionGroup({
    key,
    label,
    count,
    ended: Math.round(count * (1 - survival)),
    censored: count - Math.round(count * (1 - survival)),
    points: [30, 90, 180, 365].map((day) => ({ day, survival, atRisk: count })),
    medianDays: survival <= 0.5 ? 45 : null,
    curve: [
      { time: 0, survival: 1, atRisk: count },
      { time: 10, survival, atRisk: count },
      { time: 400, survival, atRisk: 1 },
    ],
  });
}

/**
 * jsdom lays nothing out, so recharts' ResponsiveContainer measures 0 and draws nothing: give its
 * box the width a browser would. Restored after each test (restoreMocks).
 */
export function layOutCharts(width = 720) {
  const measure = HTMLElement.prototype.getBoundingClientRect;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    if (!this.classList.contains('recharts-responsive-container')) return measure.call(this);
    return { x: 0, y: 0, top: 0, left: 0, width, height: 320, right: width, bottom: 320, toJSON: () => ({}) };
  });
}

/** The query parameters of each GET to the report, in order. */
export function reportRequests(requests: Request[]): URLSearchParams[] {
  return requests.filter((request) => request.method === 'GET' && new URL(request.url).pathname === RETENTION_PATH).map((request) => new URL(request.url).searchParams);
}
