/**
 * Employers, vetting, jobs, grant programmes and search: the codes the API and the portal share.
 * Labels for every code live in the portal's locale files.
 */

/** The sectors an employer, a job or a grant programme belongs to. */
export const SECTORS = [
  'care',
  'cleaning',
  'hospitality',
  'food',
  'retail',
  'agriculture',
  'construction',
  'garment_crafts',
  'transport_logistics',
  'beauty',
  'manufacturing',
  'office',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

/** pending → in_review → vetted (until an expiry date) → suspended; or rejected. */
export const VETTING_STATUSES = ['pending', 'in_review', 'vetted', 'rejected', 'suspended'] as const;
export type VettingStatus = (typeof VETTING_STATUSES)[number];

/**
 * The vetting checklist, modelled on the ILO indicators of forced labour. Every item must be
 * confirmed before an employer can be vetted.
 */
export const VETTING_CHECKLIST = [
  'no_recruitment_fees',
  'identity_documents_never_held',
  'wages_paid_as_promised',
  'free_to_leave',
  'lawful_registration',
  'safe_workplace',
] as const;
export type VettingChecklistItem = (typeof VETTING_CHECKLIST)[number];

export const VETTING_DEFAULT_VALID_DAYS = 365;
/** The longest a vetting may last before it must be renewed. */
export const VETTING_MAX_VALID_DAYS = 3 * 365;

/**
 * What a concern about an employer is about. Every category except `other` is a forced-labour
 * indicator: reporting one suspends the employer's publication until a caseworker reviews it.
 */
export const CONCERN_CATEGORIES = [
  'recruitment_fees',
  'documents_held',
  'wages_withheld',
  'not_free_to_leave',
  'threats_or_violence',
  'excessive_hours',
  'unsafe_workplace',
  'other',
] as const;
export type ConcernCategory = (typeof CONCERN_CATEGORIES)[number];
export const isForcedLabourIndicator = (category: ConcernCategory): boolean => category !== 'other';

export const CONCERN_STATUSES = ['open', 'upheld', 'dismissed'] as const;
export type ConcernStatus = (typeof CONCERN_STATUSES)[number];

export const JOB_STATUSES = ['draft', 'published', 'closed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const GRANT_PROGRAMME_STATUSES = ['draft', 'open', 'closed'] as const;
export type GrantProgrammeStatus = (typeof GRANT_PROGRAMME_STATUSES)[number];

export const WAGE_PERIODS = ['hour', 'week', 'month', 'year'] as const;
export type WagePeriod = (typeof WAGE_PERIODS)[number];

export const HOURS_PER_WEEK_MAX = 60;

/**
 * A wage as an hourly amount in minor units, so wages quoted per week, month or year compare
 * with each other and with an hourly floor. Rounds down: a floor check must not round up.
 */
export function hourlyWageMinor(amountMinor: number, period: WagePeriod, hoursPerWeek: number): number {
  if (period === 'hour') return amountMinor;
  if (hoursPerWeek <= 0) return 0;
  const weekly = period === 'week' ? amountMinor : period === 'month' ? (amountMinor * 12) / 52 : amountMinor / 52;
  return Math.floor(weekly / hoursPerWeek);
}

/** Languages a job may ask for (ISO 639-1), the ones survivors in Onward's services speak most. */
export const WORK_LANGUAGES = [
  'en', 'es', 'ar', 'fr', 'pt', 'ro', 'pl', 'uk', 'ru', 'vi', 'tl', 'th', 'sw', 'am', 'ti', 'so', 'hi', 'ur', 'bn', 'pa',
  'zh', 'sq', 'ne', 'fa', 'ps', 'ku', 'tr', 'ha', 'yo', 'ig', 'it', 'de', 'bg', 'lt', 'sk', 'cs', 'hu', 'ta', 'ml', 'id',
] as const;
export type WorkLanguage = (typeof WORK_LANGUAGES)[number];

export const OPPORTUNITY_TYPES = ['job', 'grant'] as const;
export type OpportunityType = (typeof OPPORTUNITY_TYPES)[number];

export const SEARCH_SORTS = ['relevance', 'newest', 'wage'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const SEARCH_PAGE_SIZE_DEFAULT = 20;
export const SEARCH_PAGE_SIZE_MAX = 50;
export const SEARCH_QUERY_MAX_LENGTH = 200;
/** Pages past this are not served: nobody reads them, and deep offsets are slow. */
export const SEARCH_MAX_PAGE = 50;

/** Hourly wage bands for the wage facet, in minor units: [from, to). */
export const WAGE_BANDS = [
  { key: 'under_1000', from: 0, to: 1000 },
  { key: '1000_1250', from: 1000, to: 1250 },
  { key: '1250_1500', from: 1250, to: 1500 },
  { key: '1500_2000', from: 1500, to: 2000 },
  { key: '2000_plus', from: 2000, to: Number.MAX_SAFE_INTEGER },
] as const;
export type WageBandKey = (typeof WAGE_BANDS)[number]['key'];
