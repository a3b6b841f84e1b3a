import { SURVIVOR_ID } from '../profile/testFixtures';
import type { Candidates, SurvivorSummary } from './api/types';

/**
 * Shapes the API answers with, for the caseload tests. A profile, its consents and its matches
 * are the ones the person sees of their own: `survivor`, `consent`, `jobMatch` and `grantMatch`
 * in profile/testFixtures.
 */
export const OTHER_SURVIVOR_ID = '00000000-0000-4000-8000-00000000a502';
export const CASELOAD_JOB_ID = '00000000-0000-4000-8000-00000000c101';

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
