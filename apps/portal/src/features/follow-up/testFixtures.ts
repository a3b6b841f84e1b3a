import { demoUsers, type MockRoute } from '../../test/render';
import { referenceRoutes } from '../employers/testFixtures';
import type { FlagDetail, FlagSummary, SurvivorTimeline, TimelineCheckIn, TimelinePlacement } from './api/types';

/** Shapes the API answers with, for this feature's tests. */
export const FLAG_ID = '00000000-0000-4000-8000-00000000f101';
export const OTHER_FLAG_ID = '00000000-0000-4000-8000-00000000f102';
export const SURVIVOR_ID = '00000000-0000-4000-8000-00000000f201';
export const PLACEMENT_ID = '00000000-0000-4000-8000-00000000f301';
export const EARLIER_PLACEMENT_ID = '00000000-0000-4000-8000-00000000f302';
export const CHECK_IN_ID = '00000000-0000-4000-8000-00000000f401';
export const MISSED_CHECK_IN_ID = '00000000-0000-4000-8000-00000000f402';
export const SIGNAL_ID = '00000000-0000-4000-8000-00000000f501';

export const casey = { id: demoUsers.caseworker.id, displayName: demoUsers.caseworker.displayName };
export const supervisor = { id: '00000000-0000-4000-8000-000000000009', displayName: 'Sol' };

export function flagSummary(overrides: Partial<FlagSummary> = {}): FlagSummary {
  return {
    id: FLAG_ID,
    survivor: { id: SURVIVOR_ID, pseudonym: 'Sunflower' },
    level: 'high',
    status: 'open',
    reasons: [
      { type: 'not_paid', count: 1, points: 30, text: 'Not paid as promised' },
      { type: 'check_in_missed', count: 2, points: 20, text: 'Check-in missed (2)' },
    ],
    openedAt: '2026-03-02T09:00:00.000Z',
    dueAt: '2026-03-03T09:00:00.000Z',
    overdue: false,
    escalatedAt: null,
    assignedTo: casey,
    acknowledgedAt: null,
    resolvedAt: null,
    outcome: null,
    ...overrides,
  };
}

export function flagDetail(overrides: Partial<FlagDetail> = {}): FlagDetail {
  return {
    ...flagSummary(),
    signals: [
      { id: SIGNAL_ID, type: 'not_paid', occurredAt: '2026-03-02T08:55:00.000Z', sourceType: 'check_in', flagId: FLAG_ID },
      { id: '00000000-0000-4000-8000-00000000f502', type: 'check_in_missed', occurredAt: '2026-02-20T00:00:00.000Z', sourceType: 'check_in', flagId: FLAG_ID },
    ],
    events: [
      { id: '00000000-0000-4000-8000-00000000f601', type: 'opened', at: '2026-03-02T09:00:00.000Z', actor: null, level: 'medium', signalType: null, note: null },
      { id: '00000000-0000-4000-8000-00000000f602', type: 'raised', at: '2026-03-02T09:05:00.000Z', actor: null, level: 'high', signalType: null, note: null },
      { id: '00000000-0000-4000-8000-00000000f603', type: 'note', at: '2026-03-02T10:00:00.000Z', actor: casey, level: null, signalType: null, note: 'Left a voicemail, will call again at 4.' },
    ],
    ...overrides,
  };
}

export function timelinePlacement(overrides: Partial<TimelinePlacement> = {}): TimelinePlacement {
  return {
    id: PLACEMENT_ID,
    jobTitle: 'Kitchen assistant',
    employerName: 'Green Valley Foods',
    startDate: '2026-01-12',
    endDate: null,
    endReason: null,
    tenureDays: 49,
    gapBeforeDays: 23,
    ...overrides,
  };
}

export const earlierPlacement = timelinePlacement({
  id: EARLIER_PLACEMENT_ID,
  jobTitle: 'Office cleaner',
  employerName: 'Bright Cleaners',
  startDate: '2025-09-01',
  endDate: '2025-12-20',
  endReason: 'unsafe',
  tenureDays: 110,
  gapBeforeDays: null,
});

export function checkIn(overrides: Partial<TimelineCheckIn> = {}): TimelineCheckIn {
  return {
    id: CHECK_IN_ID,
    placementId: PLACEMENT_ID,
    dayOffset: 30,
    dueOn: '2026-02-11',
    status: 'answered',
    jobTitle: 'Kitchen assistant',
    employerName: 'Green Valley Foods',
    answeredAt: '2026-02-11T15:00:00.000Z',
    answeredByRole: 'survivor',
    answers: { stillWorking: true, paidAsPromised: false, hoursAsPromised: true, feelSafe: true, housingStable: true, pastContact: false },
    note: 'The pay came late again.',
    ...overrides,
  };
}

export const missedCheckIn = checkIn({
  id: MISSED_CHECK_IN_ID,
  dayOffset: 7,
  dueOn: '2026-01-19',
  status: 'missed',
  answeredAt: null,
  answeredByRole: null,
  answers: null,
  note: null,
});

export function timeline(overrides: Partial<SurvivorTimeline> = {}): SurvivorTimeline {
  const current = timelinePlacement();
  return {
    survivor: { id: SURVIVOR_ID, pseudonym: 'Sunflower' },
    current,
    totalTenureDays: 159,
    currentGapDays: null,
    placements: [current, earlierPlacement],
    checkIns: [checkIn(), missedCheckIn],
    signals: [{ id: SIGNAL_ID, type: 'not_paid', occurredAt: '2026-03-02T08:55:00.000Z', sourceType: 'check_in', flagId: FLAG_ID }],
    flags: [flagSummary()],
    ...overrides,
  };
}

export const page = <T>(items: T[], total = items.length) => ({ items, total });

export const caseworkerBase: MockRoute[] = [...referenceRoutes, { path: '/api/v1/auth/me', body: demoUsers.caseworker }];

export const FLAGS_PATH = '/api/v1/flags';
export const FLAG_PATH = `/api/v1/flags/${FLAG_ID}`;
export const TIMELINE_PATH = `/api/v1/survivors/${SURVIVOR_ID}/timeline`;

/** The query parameters of each GET to `path`, in order. */
export function paramsOf(requests: Request[], path: string): URLSearchParams[] {
  return requests.filter((request) => request.method === 'GET' && new URL(request.url).pathname === path).map((request) => new URL(request.url).searchParams);
}

