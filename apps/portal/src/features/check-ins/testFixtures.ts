import { demoUsers, type MockRoute } from '../../test/render';
import { referenceRoutes } from '../employers/testFixtures';
import type { CheckIn } from './api/types';

/** Shapes the API answers with, for this feature's tests. */
export const CHECK_IN_ID = '00000000-0000-4000-8000-0000000c1001';
export const OTHER_CHECK_IN_ID = '00000000-0000-4000-8000-0000000c1002';
export const PLACEMENT_ID = '00000000-0000-4000-8000-00000000f001';

export const MY_CHECK_INS_PATH = '/api/v1/survivors/me/check-ins';
export const ALARM_PATH = '/api/v1/survivors/me/alarm';
export const answersPath = (id: string) => `/api/v1/check-ins/${id}/answers`;

export function checkIn(overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    id: CHECK_IN_ID,
    placementId: PLACEMENT_ID,
    dayOffset: 30,
    dueOn: '2027-04-07',
    status: 'due',
    jobTitle: 'Kitchen assistant',
    employerName: 'Green Valley Foods',
    answeredAt: null,
    answeredByRole: null,
    answers: null,
    note: null,
    ...overrides,
  };
}

export function answered(overrides: Partial<CheckIn> = {}): CheckIn {
  return checkIn({
    status: 'answered',
    answeredAt: '2027-04-08T09:00:00.000Z',
    answeredByRole: 'survivor',
    answers: { stillWorking: true, paidAsPromised: true, hoursAsPromised: true, feelSafe: true, housingStable: true, pastContact: false },
    ...overrides,
  });
}

export const myCheckIns = (items: CheckIn[]): MockRoute => ({ path: MY_CHECK_INS_PATH, body: { items } });

export const survivorBase: MockRoute[] = [...referenceRoutes, { path: '/api/v1/auth/me', body: demoUsers.survivor }];
export const caseworkerBase: MockRoute[] = [...referenceRoutes, { path: '/api/v1/auth/me', body: demoUsers.caseworker }];

/** How many requests went to `path` with `method`. */
export function countOf(requests: Request[], method: string, path: string): number {
  return requests.filter((request) => request.method === method && new URL(request.url).pathname === path).length;
}
