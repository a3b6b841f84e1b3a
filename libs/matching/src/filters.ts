import { Sector } from '@onward/shared';
import { MatchProfile, Opportunity } from './opportunities';

/**
 * The hard filters, checked before any scoring: an opportunity that fails any of them is never
 * shown, however well it would score. Safety comes first and is never traded for a better match.
 */
export const MATCH_FILTERS = [
  'safety_exclusion',
  'employer_not_vetted',
  'not_open',
  'outside_region',
  'workplace',
  'language_required',
  'too_many_hours',
  'shifts',
] as const;
export type MatchFilter = (typeof MATCH_FILTERS)[number];

/**
 * Which of a survivor's safety exclusions an organisation (employer or funder), region or sector
 * falls in, if any. Matching filters on it, and applying to a job or a grant is refused by it.
 */
export function safetyExclusionOf(
  exclusions: MatchProfile['exclusions'],
  target: { organisationId: string; regionCode: string | null; sector: Sector | null },
): 'employer' | 'region' | 'sector' | null {
  if (exclusions.employerIds.includes(target.organisationId)) return 'employer';
  if (target.regionCode !== null && exclusions.regionCodes.includes(target.regionCode)) return 'region';
  if (target.sector !== null && exclusions.sectors.includes(target.sector)) return 'sector';
  return null;
}

/** True when the opportunity fails the filter. Filters about work hours and place apply to jobs only. */
const FAILS: { [F in MatchFilter]: (profile: MatchProfile, opportunity: Opportunity) => boolean } = {
  // A remote job's region is where the employer is based: an excluded region hides it too.
  safety_exclusion: ({ exclusions }, opportunity) =>
    safetyExclusionOf(exclusions, {
      organisationId: opportunity.type === 'job' ? opportunity.employerId : opportunity.funderId,
      regionCode: opportunity.regionCode,
      sector: opportunity.sector,
    }) !== null,
  employer_not_vetted: (_, opportunity) => opportunity.type === 'job' && !opportunity.employerVetted,
  not_open: (_, opportunity) => opportunity.type === 'grant' && !opportunity.open,
  // A survivor with no region is outside every on-site job and every grant aimed at a region.
  outside_region: (profile, opportunity) =>
    opportunity.type === 'job'
      ? !opportunity.remote && opportunity.regionCode !== profile.regionCode
      : opportunity.regionCode !== null && opportunity.regionCode !== profile.regionCode,
  workplace: ({ workplace }, opportunity) =>
    opportunity.type === 'job' && ((workplace === 'remote' && !opportunity.remote) || (workplace === 'on_site' && opportunity.remote)),
  // Any level counts here; a basic level costs points instead.
  language_required: (profile, opportunity) =>
    opportunity.type === 'job' && !opportunity.languages.every((code) => profile.languages.some((language) => language.code === code)),
  too_many_hours: (profile, opportunity) =>
    opportunity.type === 'job' && profile.hoursPerWeek !== null && opportunity.hoursPerWeek > profile.hoursPerWeek,
  shifts: (profile, opportunity) =>
    opportunity.type === 'job' &&
    opportunity.shifts.length > 0 &&
    profile.shifts.length > 0 &&
    !opportunity.shifts.some((shift) => profile.shifts.includes(shift)),
};

/** Every filter the opportunity fails, in MATCH_FILTERS order; empty when it may be shown. */
export function failedFilters(profile: MatchProfile, opportunity: Opportunity): MatchFilter[] {
  return MATCH_FILTERS.filter((filter) => FAILS[filter](profile, opportunity));
}
