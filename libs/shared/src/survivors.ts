/**
 * Survivor profiles, consent, applications, placements and grant awards: the codes the API and
 * the portal share. Labels for every code live in the portal's locale files.
 */

/** How well a survivor can do a skill. Matching weighs required skills by it. */
export const SKILL_LEVELS = ['learning', 'can_do', 'experienced'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

export const LANGUAGE_LEVELS = ['basic', 'conversational', 'fluent', 'native'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

/** When a survivor can work, and when a job's hours fall. A job with no shifts fits anyone. */
export const SHIFTS = ['mornings', 'afternoons', 'evenings', 'nights', 'weekends'] as const;
export type Shift = (typeof SHIFTS)[number];

/** Where a survivor is willing to work: at a workplace in their region, remotely, or either. */
export const WORKPLACE_PREFERENCES = ['on_site', 'remote', 'either'] as const;
export type WorkplacePreference = (typeof WORKPLACE_PREFERENCES)[number];

export const SURVIVOR_SKILLS_MAX = 60;
export const SURVIVOR_LANGUAGES_MAX = 20;
export const SAFETY_EXCLUSIONS_MAX = 50;
export const PSEUDONYM_MAX_LENGTH = 60;

/**
 * What a survivor may share with an employer. The pseudonym is always shared; every other field
 * needs the survivor's consent.
 */
export const CONSENT_FIELDS = ['skills', 'languages', 'contact', 'legal_name'] as const;
export type ConsentField = (typeof CONSENT_FIELDS)[number];
export const CONSENT_DEFAULT_DAYS = 90;
export const CONSENT_MAX_DAYS = 365;

/** submitted → shared → interview → offer → hired; declined or withdrawn from any open state. */
export const APPLICATION_STATUSES = ['submitted', 'shared', 'interview', 'offer', 'hired', 'declined', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const APPLICATION_CLOSED_STATUSES: readonly ApplicationStatus[] = ['hired', 'declined', 'withdrawn'];

/** Who may move an application from one state to the next. */
export const APPLICATION_TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  submitted: ['shared', 'withdrawn', 'declined'],
  shared: ['interview', 'offer', 'declined', 'withdrawn'],
  interview: ['offer', 'declined', 'withdrawn'],
  offer: ['hired', 'declined', 'withdrawn'],
  hired: [],
  declined: [],
  withdrawn: [],
};

export const PLACEMENT_END_REASONS = ['resigned', 'dismissed', 'contract_ended', 'employer_suspended', 'unsafe', 'other'] as const;
export type PlacementEndReason = (typeof PLACEMENT_END_REASONS)[number];

/** submitted → in_review → awarded / declined; withdrawn by the survivor before a decision. */
export const GRANT_APPLICATION_STATUSES = ['submitted', 'in_review', 'awarded', 'declined', 'withdrawn'] as const;
export type GrantApplicationStatus = (typeof GRANT_APPLICATION_STATUSES)[number];

export const MILESTONE_STATUSES = ['pending', 'met', 'missed'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];
export const MILESTONES_MAX = 12;

/** How many matches a survivor sees, and candidates a caseworker sees for a job. */
export const MATCHES_LIMIT_DEFAULT = 20;
export const MATCHES_LIMIT_MAX = 50;
export const CANDIDATES_LIMIT_DEFAULT = 50;
export const CANDIDATES_LIMIT_MAX = 100;
