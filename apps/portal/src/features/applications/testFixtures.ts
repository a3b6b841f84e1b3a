import { demoUsers, type MockRoute } from '../../test/render';
import { employerUser, referenceRoutes } from '../employers/testFixtures';
import type { Application, ApplicationSummary, EmployerApplication, EmployerPlacement, Placement } from './api/types';

/** Shapes the API answers with, for this feature's tests. */
export const APPLICATION_ID = '00000000-0000-4000-8000-00000000a001';
export const SURVIVOR_ID = '00000000-0000-4000-8000-00000000e001';
export const JOB_ID = '00000000-0000-4000-8000-00000000c001';
export const EMPLOYER_ID = employerUser.organisation.id;
export const PLACEMENT_ID = '00000000-0000-4000-8000-00000000f001';

export function applicationSummary(overrides: Partial<ApplicationSummary> = {}): ApplicationSummary {
  return {
    id: APPLICATION_ID,
    status: 'submitted',
    statusChangedAt: '2026-01-05T10:00:00.000Z',
    createdAt: '2026-01-05T10:00:00.000Z',
    message: 'I worked in a kitchen for two years.',
    survivorAgreement: null,
    survivor: { id: SURVIVOR_ID, pseudonym: 'Sunflower' },
    job: { id: JOB_ID, title: 'Kitchen assistant', employerId: EMPLOYER_ID, employerName: 'Green Valley Foods', regionCode: 'north-west', remote: false },
    placementId: null,
    ...overrides,
  };
}

export function application(overrides: Partial<Application> = {}): Application {
  return {
    ...applicationSummary(),
    history: [{ from: null, to: 'submitted', at: '2026-01-05T10:00:00.000Z', actorRole: 'survivor', note: null }],
    ...overrides,
  };
}

export function employerApplication(overrides: Partial<EmployerApplication> = {}): EmployerApplication {
  return {
    id: APPLICATION_ID,
    status: 'shared',
    statusChangedAt: '2026-01-06T10:00:00.000Z',
    createdAt: '2026-01-05T10:00:00.000Z',
    message: 'I worked in a kitchen for two years.',
    job: { id: JOB_ID, title: 'Kitchen assistant' },
    sharedFields: ['skills', 'legal_name'],
    survivor: {
      pseudonym: 'Sunflower',
      skills: [{ code: 'food.prep', level: 'experienced', years: 2 }],
      legalName: 'Maria Example',
    },
    ...overrides,
  };
}

export function placement(overrides: Partial<Placement> = {}): Placement {
  return {
    id: PLACEMENT_ID,
    applicationId: APPLICATION_ID,
    survivor: { id: SURVIVOR_ID, pseudonym: 'Sunflower' },
    job: { id: JOB_ID, title: 'Kitchen assistant', employerId: EMPLOYER_ID, employerName: 'Green Valley Foods' },
    startDate: '2025-01-06',
    endDate: null,
    endReason: null,
    endNote: null,
    endedByRole: null,
    active: true,
    hoursPerWeek: 30,
    wage: { amountMinor: 1300, currency: 'GBP', period: 'hour' },
    createdAt: '2025-01-05T10:00:00.000Z',
    ...overrides,
  };
}

export function employerPlacement(overrides: Partial<EmployerPlacement> = {}): EmployerPlacement {
  return {
    id: PLACEMENT_ID,
    job: { id: JOB_ID, title: 'Kitchen assistant' },
    survivor: { pseudonym: 'Sunflower' },
    startDate: '2025-01-06',
    endDate: null,
    endReason: null,
    hoursPerWeek: 30,
    wage: { amountMinor: 1300, currency: 'GBP', period: 'hour' },
    ...overrides,
  };
}

export const page = <T>(items: T[]) => ({ items, total: items.length });

export const survivorBase: MockRoute[] = [...referenceRoutes, { path: '/api/v1/auth/me', body: demoUsers.survivor }];
export const caseworkerBase: MockRoute[] = [...referenceRoutes, { path: '/api/v1/auth/me', body: demoUsers.caseworker }];
export const employerBase: MockRoute[] = [...referenceRoutes, { path: '/api/v1/auth/me', body: employerUser }];

export const APPLICATIONS_PATH = '/api/v1/applications';
export const APPLICATION_PATH = `/api/v1/applications/${APPLICATION_ID}`;
export const PLACEMENTS_PATH = '/api/v1/placements';

/** The query parameters of each GET to `path`, in order. */
export function paramsOf(requests: Request[], path: string): URLSearchParams[] {
  return requests.filter((request) => request.method === 'GET' && new URL(request.url).pathname === path).map((request) => new URL(request.url).searchParams);
}

