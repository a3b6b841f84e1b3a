import type { Candidates, Consent, Match, Survivor, SurvivorSummary } from './api/types';

/** Shapes the API answers with, for the caseload tests. */
export const SURVIVOR_ID = '00000000-0000-4000-8000-00000000a501';
export const OTHER_SURVIVOR_ID = '00000000-0000-4000-8000-00000000a502';
export const CASELOAD_JOB_ID = '00000000-0000-4000-8000-00000000c101';
export const VETTED_EMPLOYER_ID = '00000000-0000-4000-8000-0000000000b1';
export const OTHER_EMPLOYER_ID = '00000000-0000-4000-8000-0000000000b2';

const casey = { id: '00000000-0000-4000-8000-000000000003', displayName: 'Casey' };

export function survivorSummary(overrides: Partial<SurvivorSummary> = {}): SurvivorSummary {
  return {
    id: SURVIVOR_ID,
    pseudonym: 'Rosa',
    regionCode: 'north-west',
    regionName: 'North West',
    skillCount: 2,
    caseworker: casey,
    hasAccount: false,
    createdAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  };
}

export function survivor(overrides: Partial<Survivor> = {}): Survivor {
  return {
    id: SURVIVOR_ID,
    pseudonym: 'Rosa',
    personal: { legalName: 'Maria Lopez', dateOfBirth: '1990-04-12', phone: '+44 7700 900123', email: 'maria@example.org' },
    skills: [
      { code: 'food.food_hygiene', level: 'experienced', years: 4 },
      { code: 'cleaning.office', level: 'learning', years: 0 },
    ],
    languages: [{ code: 'es', level: 'native' }],
    regionCode: 'north-west',
    regionName: 'North West',
    availability: { hoursPerWeek: 30, shifts: ['mornings'] },
    preferences: { sectors: ['food'], workplace: 'on_site', minimumHourlyWageMinor: 1250 },
    exclusions: { regionCodes: ['london'], employerIds: [OTHER_EMPLOYER_ID], sectors: ['construction'], employers: [{ id: OTHER_EMPLOYER_ID, name: 'Bright Cleaners' }] },
    caseworker: casey,
    hasAccount: false,
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  };
}

export function consent(overrides: Partial<Consent> = {}): Consent {
  return {
    id: '00000000-0000-4000-8000-00000000e701',
    employerId: VETTED_EMPLOYER_ID,
    employerName: 'Green Valley Foods',
    applicationId: null,
    fields: ['skills', 'contact'],
    grantedAt: '2026-01-12T10:00:00.000Z',
    expiresAt: '2026-04-12T10:00:00.000Z',
    revokedAt: null,
    state: 'active',
    ...overrides,
  };
}

export function jobMatch(overrides: Partial<Match> = {}): Match {
  return {
    type: 'job',
    id: CASELOAD_JOB_ID,
    title: 'Kitchen assistant',
    organisationName: 'Green Valley Foods',
    score: 86,
    reasons: [{ code: 'required_skills_held', params: { have: 1, of: 1 }, text: 'Has 1 of 1 required skills' }],
    gaps: [{ code: 'missing_preferred_skills', params: { skills: ['food.prep'] }, text: 'Missing: food preparation' }],
    regionCode: 'north-west',
    regionName: 'North West',
    remote: false,
    sector: 'food',
    wage: { amountMinor: 1300, currency: 'GBP', period: 'hour', hourlyMinor: 1300 },
    hoursPerWeek: 30,
    amount: null,
    deadline: null,
    ...overrides,
  };
}

export function grantMatch(overrides: Partial<Match> = {}): Match {
  return {
    type: 'grant',
    id: '00000000-0000-4000-8000-00000000e001',
    title: 'Start-up grants for small food businesses',
    organisationName: 'Seed Fund',
    score: 54,
    reasons: [{ code: 'preferred_sector', params: { sector: 'food' }, text: 'In a sector you prefer: food' }],
    gaps: [],
    regionCode: null,
    regionName: null,
    remote: false,
    sector: 'food',
    wage: null,
    hoursPerWeek: null,
    amount: { minMinor: 50000, maxMinor: 250000, currency: 'GBP' },
    deadline: '2030-03-31',
    ...overrides,
  };
}

export function candidates(overrides: Partial<Candidates> = {}): Candidates {
  return {
    jobId: CASELOAD_JOB_ID,
    jobTitle: 'Kitchen assistant',
    employerVetted: true,
    candidates: [
      {
        survivorId: SURVIVOR_ID,
        pseudonym: 'Rosa',
        score: 91,
        reasons: [{ code: 'required_skills_held', params: { have: 1, of: 1 }, text: 'Has 1 of 1 required skills' }],
        gaps: [],
        applicationStatus: 'interview',
      },
      {
        survivorId: OTHER_SURVIVOR_ID,
        pseudonym: 'Amal',
        score: 47,
        reasons: [{ code: 'within_region', params: { regionCode: 'north-west' }, text: 'Within your region' }],
        gaps: [{ code: 'missing_required_skills', params: { skills: ['food.food_hygiene'] }, text: 'Missing: food hygiene' }],
        applicationStatus: null,
      },
    ],
    ...overrides,
  };
}
