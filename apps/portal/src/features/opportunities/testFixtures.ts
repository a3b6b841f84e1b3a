import { vi } from 'vitest';
import type { GrantOpportunity, JobOpportunity, OpportunityHit, OpportunitySearch } from '../../api/types';
import { demoUsers, type MockRoute } from '../../test/render';

export const JOB_ID = '11111111-1111-4111-8111-111111111111';
export const GRANT_ID = '22222222-2222-4222-8222-222222222222';
export const EMPLOYER_ID = '33333333-3333-4333-8333-333333333333';
export const SEARCH_PATH = '/api/v1/opportunities/search';

export const jobHit: OpportunityHit = {
  type: 'job',
  id: JOB_ID,
  title: 'Kitchen assistant',
  summary: 'Help our cooks prepare fresh meals for schools.',
  organisationName: 'Green Kitchen',
  sector: 'food',
  region: 'north-west',
  remote: false,
  languages: ['en'],
  skills: ['food.food_preparation'],
  wage: { amountMinor: 1300, currency: 'GBP', period: 'hour', hoursPerWeek: 30 },
  amount: null,
  closesOn: '2030-06-30',
  publishedAt: '2030-01-10T09:00:00.000Z',
};

export const grantHit: OpportunityHit = {
  type: 'grant',
  id: GRANT_ID,
  title: 'Start-up grant for market stalls',
  summary: 'Money to start selling at a market.',
  organisationName: 'Northern Fund',
  sector: null,
  region: null,
  remote: false,
  languages: [],
  skills: [],
  wage: null,
  amount: { minMinor: 50_000, maxMinor: 200_000, currency: 'GBP' },
  closesOn: '2030-09-01',
  publishedAt: '2030-01-12T09:00:00.000Z',
};

export function searchResult(overrides: Partial<OpportunitySearch> = {}): OpportunitySearch {
  return {
    hits: [jobHit, grantHit],
    total: 2,
    page: 1,
    pageSize: 10,
    facets: {
      type: [
        { value: 'job', count: 1 },
        { value: 'grant', count: 1 },
      ],
      sector: [{ value: 'food', count: 1 }],
      region: [{ value: 'north-west', count: 1 }],
      remote: [{ value: 'false', count: 2 }],
      languages: [{ value: 'en', count: 1 }],
      wage: [{ value: '1250_1500', count: 1 }],
    },
    ...overrides,
  };
}

export const job: JobOpportunity = {
  id: JOB_ID,
  title: 'Kitchen assistant',
  description: 'Help our cooks prepare fresh meals.\nDay shifts only, Monday to Friday.',
  employerId: EMPLOYER_ID,
  employerName: 'Green Kitchen',
  requiredSkills: ['food.food_preparation'],
  preferredSkills: ['life_work.food_hygiene_certificate'],
  sector: 'food',
  regionCode: 'north-west',
  regionName: 'North West',
  remote: false,
  wage: { amountMinor: 1300, currency: 'GBP', period: 'hour', hoursPerWeek: 30 },
  languages: ['en', 'es'],
  trainingOffered: 'Food hygiene certificate, paid for by us.',
  accommodations: 'Flexible start times for school drop-off.',
  startDate: '2030-07-01',
  closingDate: '2030-06-30',
  publishedAt: '2030-01-10T09:00:00.000Z',
};

export const grant: GrantOpportunity = {
  id: GRANT_ID,
  title: 'Start-up grant for market stalls',
  description: 'Money to start selling at a market.',
  funderName: 'Northern Fund',
  amount: { minMinor: 50_000, maxMinor: 200_000, currency: 'GBP' },
  eligibility: 'Anyone starting a small business in the north.',
  requiredDocuments: ['A short plan of what you will sell', 'A bank account in your name'],
  sector: null,
  regionCode: null,
  regionName: null,
  deadline: '2030-09-01',
};

const skills = {
  version: 1,
  groups: [
    { code: 'food', labels: { en: 'Food', es: 'Alimentación', ar: 'الطعام' } },
    { code: 'life_work', labels: { en: 'Life and work', es: 'Vida y trabajo', ar: 'الحياة والعمل' } },
  ],
  skills: [
    { code: 'food.food_preparation', group: 'food', labels: { en: 'Food preparation', es: 'Preparación de alimentos', ar: 'تحضير الطعام' }, retired: false },
    {
      code: 'life_work.food_hygiene_certificate',
      group: 'life_work',
      labels: { en: 'Food hygiene certificate', es: 'Certificado de higiene alimentaria', ar: 'شهادة سلامة الغذاء' },
      retired: false,
    },
  ],
};

const regions = [
  { code: 'north-west', name: 'North West', hourlyWageFloorMinor: 1271, currency: 'GBP' },
  { code: 'london', name: 'London', hourlyWageFloorMinor: 1271, currency: 'GBP' },
];

/** A signed-in survivor, the reference data, and a search that finds one job and one grant. */
export const survivorRoutes: MockRoute[] = [
  { path: '/api/v1/auth/me', body: demoUsers.survivor },
  { path: '/api/v1/auth/csrf', body: { token: 'csrf-1' } },
  { path: '/api/v1/skills', body: skills },
  { path: '/api/v1/regions', body: regions },
  { path: SEARCH_PATH, body: searchResult() },
  { path: `/api/v1/opportunities/jobs/${JOB_ID}`, body: job },
  { path: `/api/v1/opportunities/grants/${GRANT_ID}`, body: grant },
];

/** The query parameters of the search requests, in order. */
export function searchParams(requests: Request[]): URLSearchParams[] {
  return requests.filter((request) => new URL(request.url).pathname === SEARCH_PATH).map((request) => new URL(request.url).searchParams);
}

/**
 * Pretends the screen is `widthPx` wide for Mantine's media queries, so the phone layout can be
 * tested. Returns the spy; `restoreMocks` puts the real one back after the test.
 */
export function setScreenWidth(widthPx: number) {
  const matches = (query: string) => {
    const maxWidth = /max-width:\s*([\d.]+)em/.exec(query);
    return maxWidth ? widthPx / 16 <= Number(maxWidth[1]) : false;
  };
  return vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({
        matches: matches(query),
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList,
  );
}
