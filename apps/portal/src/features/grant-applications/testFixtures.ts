import { demoUsers, type MockRoute } from '../../test/render';
import type { GrantApplication, GrantApplicationSummary, Milestone } from './api/types';

/** Shapes the API answers with, for this feature's tests. */
export const APPLICATION_ID = '00000000-0000-4000-8000-00000000d001';
export const SURVIVOR_ID = '00000000-0000-4000-8000-00000000a501';
export const PROGRAMME_ID = '22222222-2222-4222-8222-222222222222';
export const MILESTONE_ID = '00000000-0000-4000-8000-00000000d101';
export const OTHER_MILESTONE_ID = '00000000-0000-4000-8000-00000000d102';
export const APPLICATION_PATH = `/api/v1/grant-applications/${APPLICATION_ID}`;
export const LIST_PATH = '/api/v1/grant-applications';

export const BUSINESS_PLAN = 'A market stall selling home-made bread and cakes on Saturdays, starting in the spring.';

const programme = {
  id: PROGRAMME_ID,
  title: 'Start-up grant for market stalls',
  funderName: 'Northern Fund',
  amountMinMinor: 50_000,
  amountMaxMinor: 200_000,
};

export function milestone(overrides: Partial<Milestone> = {}): Milestone {
  return {
    id: MILESTONE_ID,
    position: 1,
    title: 'Stall licence bought',
    dueDate: '2030-03-01',
    trancheMinor: 20_000,
    status: 'pending',
    statusNote: null,
    statusChangedAt: null,
    disbursedMinor: 0,
    ...overrides,
  };
}

export function grantApplication(overrides: Partial<GrantApplication> = {}): GrantApplication {
  return {
    id: APPLICATION_ID,
    status: 'submitted',
    statusChangedAt: '2026-01-12T10:00:00.000Z',
    createdAt: '2026-01-12T10:00:00.000Z',
    businessPlan: BUSINESS_PLAN,
    requestedMinor: 75_000,
    currency: 'GBP',
    awardedMinor: null,
    decisionNote: null,
    decidedAt: null,
    tradingEndedOn: null,
    survivor: { id: SURVIVOR_ID, pseudonym: 'Rosa' },
    programme,
    milestones: [],
    disbursements: [],
    totals: { awardedMinor: 0, disbursedMinor: 0, remainingMinor: 0 },
    history: [{ fromStatus: null, toStatus: 'submitted', occurredAt: '2026-01-12T10:00:00.000Z', actorRole: 'survivor', note: null }],
    ...overrides,
  };
}

/** Awarded £600.00 in two milestones; the first paid in full. */
export function awardedApplication(overrides: Partial<GrantApplication> = {}): GrantApplication {
  return grantApplication({
    status: 'awarded',
    statusChangedAt: '2026-02-01T10:00:00.000Z',
    awardedMinor: 60_000,
    decisionNote: 'For the stall licence and the first stock.',
    decidedAt: '2026-02-01T10:00:00.000Z',
    milestones: [
      milestone({ status: 'met', statusNote: 'Licence seen.', statusChangedAt: '2026-02-20T10:00:00.000Z', disbursedMinor: 20_000 }),
      milestone({ id: OTHER_MILESTONE_ID, position: 2, title: 'First market day', dueDate: '2030-04-01', trancheMinor: 40_000 }),
    ],
    disbursements: [
      { id: '00000000-0000-4000-8000-00000000d201', milestoneId: MILESTONE_ID, amountMinor: 20_000, paidOn: '2026-02-21', reference: 'BANK-7', createdAt: '2026-02-21T10:00:00.000Z' },
    ],
    totals: { awardedMinor: 60_000, disbursedMinor: 20_000, remainingMinor: 40_000 },
    history: [
      { fromStatus: null, toStatus: 'submitted', occurredAt: '2026-01-12T10:00:00.000Z', actorRole: 'survivor', note: null },
      { fromStatus: 'submitted', toStatus: 'in_review', occurredAt: '2026-01-20T10:00:00.000Z', actorRole: 'caseworker', note: null },
      { fromStatus: 'in_review', toStatus: 'awarded', occurredAt: '2026-02-01T10:00:00.000Z', actorRole: 'caseworker', note: 'For the stall licence and the first stock.' },
    ],
    ...overrides,
  });
}

export function summaryOf(application: GrantApplication): GrantApplicationSummary {
  const { id, status, statusChangedAt, createdAt, requestedMinor, awardedMinor, currency, survivor, programme: applied } = application;
  return { id, status, statusChangedAt, createdAt, requestedMinor, awardedMinor, currency, survivor, programme: applied };
}

export const caseworkerRoutes: MockRoute[] = [
  { path: '/api/v1/auth/me', body: demoUsers.caseworker },
  { path: '/api/v1/auth/csrf', body: { token: 'csrf-1' } },
];

/** The query parameters of each request to `path`, in order. */
export function queriesOf(requests: Request[], path: string): Record<string, string>[] {
  return requests.filter((request) => new URL(request.url).pathname === path && request.method === 'GET').map((request) => Object.fromEntries(new URL(request.url).searchParams));
}
