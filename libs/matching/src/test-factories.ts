import { MatchOutcome } from './match';
import { MatchableGrant, MatchableJob, MatchProfile } from './opportunities';

/**
 * Builders for the specs. The defaults are a perfect match: aJob() scores 100 for aProfile(), so
 * a spec changes only the field it is about and the score moves for that reason alone.
 */
export function aProfile(overrides: Partial<MatchProfile> = {}): MatchProfile {
  return {
    skills: [
      { code: 'forklift_licence', level: 'experienced', years: 5 },
      { code: 'manual_handling', level: 'experienced', years: 1 },
      { code: 'first_aid', level: 'can_do', years: 1 },
    ],
    languages: [
      { code: 'en', level: 'fluent' },
      { code: 'es', level: 'native' },
    ],
    regionCode: 'london',
    hoursPerWeek: 40,
    shifts: ['mornings', 'afternoons'],
    workplace: 'either',
    preferredSectors: ['transport_logistics'],
    minimumHourlyWageMinor: 1200,
    exclusions: { regionCodes: [], employerIds: [], sectors: [] },
    ...overrides,
  };
}

export function aJob(overrides: Partial<MatchableJob> = {}): MatchableJob {
  return {
    type: 'job',
    id: 'job-1',
    title: 'Warehouse operative',
    employerId: 'employer-1',
    employerVetted: true,
    sector: 'transport_logistics',
    regionCode: 'london',
    remote: false,
    requiredSkills: ['forklift_licence', 'manual_handling'],
    preferredSkills: ['first_aid'],
    languages: ['en'],
    hoursPerWeek: 37,
    shifts: ['mornings'],
    hourlyWageMinor: 1300,
    currency: 'GBP',
    ...overrides,
  };
}

/** A grant aimed at the survivor's region and preferred sector: 100 for aProfile(). */
export function aGrant(overrides: Partial<MatchableGrant> = {}): MatchableGrant {
  return {
    type: 'grant',
    id: 'grant-1',
    title: 'Fresh start grant',
    funderId: 'funder-1',
    sector: 'transport_logistics',
    regionCode: 'london',
    open: true,
    ...overrides,
  };
}

/** The outcome of an eligible match; fails the spec, naming the filters, when it was filtered. */
export function eligible(outcome: MatchOutcome): Extract<MatchOutcome, { eligible: true }> {
  if (!outcome.eligible) throw new Error(`expected an eligible match, but it was filtered by ${outcome.filteredBy.join(', ')}`);
  return outcome;
}
