import userEvent from '@testing-library/user-event';
import type { EmployerStanding, Job, Region, SkillTaxonomy } from '../../api/types';
import type { MockRoute } from '../../test/render';

/** Shapes the API answers with, for the employer, vetting and grants tests. */
export const employerUser = {
  id: '00000000-0000-4000-8000-000000000002',
  email: 'jo@greenvalley.example',
  displayName: 'Jo',
  role: 'employer',
  organisation: { id: '00000000-0000-4000-8000-0000000000b1', name: 'Green Valley Foods', kind: 'employer' },
} as const;

export const funderUser = {
  id: '00000000-0000-4000-8000-000000000005',
  email: 'fran@fund.example',
  displayName: 'Fran',
  role: 'employer',
  organisation: { id: '00000000-0000-4000-8000-0000000000f1', name: 'Seed Fund', kind: 'funder' },
} as const;

export const regions: Region[] = [
  { code: 'north-west', name: 'North West', hourlyWageFloorMinor: 1271, currency: 'GBP' },
  { code: 'london', name: 'London', hourlyWageFloorMinor: 1385, currency: 'GBP' },
];

const labels = (en: string) => ({ en, es: `${en} (es)`, ar: `${en} (ar)` });

export const skillTaxonomy: SkillTaxonomy = {
  version: 1,
  groups: [
    { code: 'food', labels: labels('Kitchen and food') },
    { code: 'cleaning', labels: labels('Cleaning') },
  ],
  skills: [
    { code: 'food.food_hygiene', group: 'food', labels: labels('Food hygiene'), retired: false },
    { code: 'food.prep', group: 'food', labels: labels('Food preparation'), retired: false },
    { code: 'food.old_skill', group: 'food', labels: labels('Retired skill'), retired: true },
    { code: 'cleaning.office', group: 'cleaning', labels: labels('Office cleaning'), retired: false },
  ],
};

export const referenceRoutes: MockRoute[] = [
  { path: '/api/v1/regions', body: regions },
  { path: '/api/v1/skills', body: skillTaxonomy },
  { path: '/api/v1/auth/csrf', body: { token: 'csrf-1' } },
];

export function standing(overrides: Partial<EmployerStanding> = {}): EmployerStanding {
  return {
    id: employerUser.organisation.id,
    name: employerUser.organisation.name,
    status: 'vetted',
    expired: false,
    vettedUntil: '2030-06-30T23:59:59.999Z',
    reason: null,
    canPublish: true,
    publishingBlockedBecause: null,
    checklist: [
      { item: 'no_recruitment_fees', confirmed: true },
      { item: 'identity_documents_never_held', confirmed: true },
      { item: 'wages_paid_as_promised', confirmed: true },
      { item: 'free_to_leave', confirmed: true },
      { item: 'lawful_registration', confirmed: true },
      { item: 'safe_workplace', confirmed: true },
    ],
    ...overrides,
  };
}

export const JOB_ID = '00000000-0000-4000-8000-00000000c001';

export function job(overrides: Partial<Job> = {}): Job {
  return {
    id: JOB_ID,
    employerId: employerUser.organisation.id,
    employerName: employerUser.organisation.name,
    title: 'Kitchen assistant',
    description: 'Help prepare food in a busy kitchen, weekday mornings.',
    requiredSkills: ['food.food_hygiene'],
    preferredSkills: [],
    sector: 'food',
    regionCode: 'north-west',
    regionName: 'North West',
    remote: false,
    wage: { amountMinor: 1300, currency: 'GBP', period: 'hour' },
    hourlyWageMinor: 1300,
    hoursPerWeek: 30,
    languages: ['en'],
    shifts: [],
    trainingOffered: null,
    accommodations: null,
    startDate: null,
    closingDate: null,
    status: 'draft',
    publishedAt: null,
    closedAt: null,
    updatedAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  };
}

/** The JSON body of the first request made to `method path`. */
export async function bodyOf(requests: Request[], method: string, path: string): Promise<unknown> {
  const request = requests.find((candidate) => candidate.method === method && new URL(candidate.url).pathname === path);
  if (!request) throw new Error(`No ${method} ${path} was sent`);
  return request.clone().json();
}

/**
 * Picks an option of a Mantine MultiSelect the way a keyboard user does: type to search, arrow
 * down to the first match, Enter. (jsdom has no layout, so the dropdown counts as hidden to
 * Testing Library; the keyboard path does not depend on that.)
 */
export async function chooseOption(input: HTMLElement, search: string) {
  await userEvent.type(input, `${search}{ArrowDown}{Enter}`);
}

/** Puts a whole value into a field at once (jsdom takes a while per typed key on this machine). */
export async function fill(field: HTMLElement, value: string) {
  await userEvent.click(field);
  await userEvent.paste(value);
}
