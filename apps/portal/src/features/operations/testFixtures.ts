import { demoUsers, type MockRoute } from '../../test/render';
import type { DeadLetter, OrganisationOverview, SystemStatus, UserOverview } from './api/types';

/** Shapes the API answers with, for the operations tests. */
export const adminUser = { ...demoUsers.caseworker, id: '00000000-0000-4000-8000-000000000009', displayName: 'Ada', role: 'admin', email: 'admin@example.org' } as const;

export const PROVIDER_ID = '00000000-0000-4000-8000-0000000000a1';
export const EMPLOYER_ORG_ID = '00000000-0000-4000-8000-0000000000b1';
export const DEAD_LETTER_ID = '0b5c4d0e-3f0a-4c1e-9a49-5d2d6c1f7e11';
export const CASEWORKER_ID = '00000000-0000-4000-8000-000000000003';
export const SURVIVOR_ACCOUNT_ID = '5e1f0c2a-77aa-4bbb-8ccc-000000000001';

export function systemStatus(overrides: Partial<SystemStatus> = {}): SystemStatus {
  return {
    status: 'ok',
    checkedAt: '2026-03-03T14:05:00.000Z',
    database: { status: 'up', engine: 'embedded', version: '16.4' },
    search: { status: 'up', engine: 'embedded', documents: 42 },
    mail: { status: 'up', engine: 'embedded' },
    queue: {
      status: 'up',
      engine: 'pg-boss',
      queues: [
        { name: 'email.send', waiting: 2, active: 0, failed: 1, deadLetters: 1 },
        { name: 'search.sync', waiting: 0, active: 1, failed: 0, deadLetters: 0 },
      ],
      schedules: [
        { name: 'check-ins.scan', cron: '*/10 * * * *', lastState: 'completed', lastStartedAt: '2026-03-03T14:00:00.000Z', lastFinishedAt: '2026-03-03T14:00:02.000Z' },
        { name: 'risk.no-placement', cron: '17 3 * * *', lastState: null, lastStartedAt: null, lastFinishedAt: null },
      ],
    },
    followUps: {
      status: 'up',
      levels: [
        { level: 'low', open: 0, overdue: 0 },
        { level: 'medium', open: 1, overdue: 1 },
        { level: 'high', open: 2, overdue: 0 },
        { level: 'critical', open: 0, overdue: 0 },
      ],
    },
    ...overrides,
  };
}

export function deadLetter(overrides: Partial<DeadLetter> = {}): DeadLetter {
  return {
    id: DEAD_LETTER_ID,
    queue: 'email.send',
    createdAt: '2026-03-03T10:00:00.000Z',
    diedAt: '2026-03-03T12:00:00.000Z',
    attempts: 9,
    error: 'Delivery of email [id] failed; the reason is in outbound_emails.last_error',
    ...overrides,
  };
}

export function organisation(overrides: Partial<OrganisationOverview> = {}): OrganisationOverview {
  return {
    id: PROVIDER_ID,
    name: 'Harbour Services',
    kind: 'service_provider',
    createdAt: '2026-01-01T10:00:00.000Z',
    vetting: null,
    users: { survivor: 3, employer: 0, caseworker: 2, admin: 1, disabled: 1 },
    ...overrides,
  };
}

export function userOverview(overrides: Partial<UserOverview> = {}): UserOverview {
  return {
    id: CASEWORKER_ID,
    role: 'caseworker',
    organisation: { id: PROVIDER_ID, name: 'Harbour Services', kind: 'service_provider' },
    email: 'casey@example.org',
    displayName: 'Casey',
    identityHidden: false,
    isSupervisor: false,
    disabledAt: null,
    createdAt: '2026-01-02T10:00:00.000Z',
    lastSignInAt: '2026-03-03T09:00:00.000Z',
    activeSessions: 1,
    ...overrides,
  };
}

/** A survivor's account as the API gives it to an admin: no email, no name. */
export const survivorAccount = (overrides: Partial<UserOverview> = {}): UserOverview =>
  userOverview({ id: SURVIVOR_ACCOUNT_ID, role: 'survivor', email: null, displayName: null, identityHidden: true, activeSessions: 2, ...overrides });

export const page = <T>(items: T[], total = items.length) => ({ items, total, limit: 20, offset: 0 });

export const adminRoutes: MockRoute[] = [
  { path: '/api/v1/auth/me', body: adminUser },
  { path: '/api/v1/auth/csrf', body: { token: 'csrf-1' } },
];
