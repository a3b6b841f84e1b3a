import type { Region, SkillTaxonomy } from '../../api/types';
import { demoUsers, type MockRoute } from '../../test/render';
import type { AccessLogEntry, Consent, Match, Matches, Survivor } from './api/types';

/** Shapes the API answers with, for the tests of the person's own pages. */
export const SURVIVOR_ID = '00000000-0000-4000-8000-00000000d001';
export const EMPLOYER_ID = '00000000-0000-4000-8000-0000000000b1';
export const OTHER_EMPLOYER_ID = '00000000-0000-4000-8000-0000000000b2';
export const JOB_ID = '00000000-0000-4000-8000-00000000c001';
export const GRANT_ID = '00000000-0000-4000-8000-00000000e001';
export const CONSENT_ID = '00000000-0000-4000-8000-00000000f001';

export const PROFILE_PATH = '/api/v1/survivors/me';
export const MATCHES_PATH = '/api/v1/survivors/me/matches';
export const CONSENTS_PATH = '/api/v1/survivors/me/consents';
export const ACCESS_LOG_PATH = '/api/v1/survivors/me/access-log';

export const regions: Region[] = [
  { code: 'north-west', name: 'North West', hourlyWageFloorMinor: 1271, currency: 'GBP' },
  { code: 'london', name: 'London', hourlyWageFloorMinor: 1385, currency: 'GBP' },
];

const labels = (en: string, es = `${en} (es)`, ar = `${en} (ar)`) => ({ en, es, ar });

export const skillTaxonomy: SkillTaxonomy = {
  version: 1,
  groups: [
    { code: 'food', labels: labels('Kitchen and food') },
    { code: 'warehouse', labels: labels('Warehouse and driving') },
  ],
  skills: [
    { code: 'food.food_hygiene', group: 'food', labels: labels('Food hygiene'), retired: false },
    { code: 'food.prep', group: 'food', labels: labels('Food preparation', 'Preparación de alimentos', 'تحضير الطعام'), retired: false },
    { code: 'warehouse.forklift', group: 'warehouse', labels: labels('Forklift licence', 'Carné de carretilla elevadora', 'رخصة الرافعة الشوكية'), retired: false },
    { code: 'warehouse.picking', group: 'warehouse', labels: labels('Order picking'), retired: false },
  ],
};

export const survivorUser = demoUsers.survivor;

export const baseRoutes: MockRoute[] = [
  { path: '/api/v1/auth/me', body: survivorUser },
  { path: '/api/v1/auth/csrf', body: { token: 'csrf-1' } },
  { path: '/api/v1/regions', body: regions },
  { path: '/api/v1/skills', body: skillTaxonomy },
];

export function survivor(overrides: Partial<Survivor> = {}): Survivor {
  return {
    id: SURVIVOR_ID,
    pseudonym: 'Sam',
    personal: { legalName: 'Samira Haddad', dateOfBirth: '1994-05-02', phone: '+44 7700 900123', email: 'sam@example.org' },
    skills: [{ code: 'food.food_hygiene', level: 'can_do', years: 2 }],
    languages: [{ code: 'ar', level: 'native' }],
    regionCode: 'north-west',
    regionName: 'North West',
    availability: { hoursPerWeek: 30, shifts: ['mornings'] },
    preferences: { sectors: ['food'], workplace: 'either', minimumHourlyWageMinor: 1300 },
    exclusions: { regionCodes: ['london'], employerIds: [OTHER_EMPLOYER_ID], sectors: ['beauty'], employers: [{ id: OTHER_EMPLOYER_ID, name: 'Harbour Nails' }] },
    caseworker: { id: demoUsers.caseworker.id, displayName: 'Casey' },
    hasAccount: true,
    erasureRequestedAt: null,
    erasedAt: null,
    erasureReason: null,
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-01-05T10:00:00.000Z',
    ...overrides,
  };
}

export function jobMatch(overrides: Partial<Match> = {}): Match {
  return {
    type: 'job',
    id: JOB_ID,
    title: 'Warehouse assistant',
    organisationName: 'Green Valley Foods',
    score: 84,
    reasons: [
      { code: 'required_skills_held', params: { have: 4, of: 5 }, text: 'Has 4 of 5 required skills' },
      { code: 'speaks_languages', params: { languages: ['ar', 'en'] }, text: 'Speaks ar and en' },
      { code: 'wage_meets_minimum', params: { wageMinor: 1350, minimumMinor: 1300, currency: 'GBP' }, text: 'Pays 13.50 GBP an hour, above your minimum of 13.00 GBP' },
      { code: 'within_region', params: { regionCode: 'north-west' }, text: 'Within your region' },
    ],
    gaps: [{ code: 'missing_required_skills', params: { skills: ['warehouse.forklift'] }, text: 'Missing: warehouse.forklift' }],
    regionCode: 'north-west',
    regionName: 'North West',
    remote: false,
    sector: 'transport_logistics',
    wage: { amountMinor: 1350, currency: 'GBP', period: 'hour', hourlyMinor: 1350 },
    hoursPerWeek: 30,
    amount: null,
    deadline: null,
    ...overrides,
  };
}

export function grantMatch(overrides: Partial<Match> = {}): Match {
  return {
    type: 'grant',
    id: GRANT_ID,
    title: 'Start-up grant for market stalls',
    organisationName: 'Northern Fund',
    score: 55,
    reasons: [{ code: 'preferred_sector', params: { sector: 'food' }, text: 'In a sector you prefer: food' }],
    gaps: [],
    regionCode: null,
    regionName: null,
    remote: false,
    sector: 'food',
    wage: null,
    hoursPerWeek: null,
    amount: { minMinor: 50_000, maxMinor: 200_000, currency: 'GBP' },
    deadline: '2030-09-01',
    ...overrides,
  };
}

export function matches(overrides: Partial<Matches> = {}): Matches {
  return { jobs: [jobMatch()], grants: [grantMatch()], profileComplete: true, ...overrides };
}

export function consent(overrides: Partial<Consent> = {}): Consent {
  return {
    id: CONSENT_ID,
    employerId: EMPLOYER_ID,
    employerName: 'Green Valley Foods',
    applicationId: null,
    fields: ['skills', 'contact'],
    grantedAt: '2026-02-01T10:00:00.000Z',
    expiresAt: '2030-05-02T10:00:00.000Z',
    revokedAt: null,
    state: 'active',
    ...overrides,
  };
}

export function accessEntry(overrides: Partial<AccessLogEntry> = {}): AccessLogEntry {
  return {
    occurredAt: '2026-03-03T14:05:00.000Z',
    action: 'survivor.view',
    actorRole: 'caseworker',
    actorName: 'Casey',
    organisationName: 'Harbour Services',
    ...overrides,
  };
}

export const notFound = { statusCode: 404, code: 'not_found', message: 'Your profile was not found.' };
