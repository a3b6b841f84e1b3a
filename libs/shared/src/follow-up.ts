/**
 * Check-ins, risk signals, flags and retention: the codes the API, the worker, the pure libraries
 * and the portal share. Labels for every code live in the portal's locale files.
 */

/** Days after a placement's start when a check-in falls due (CHECK_IN_DAYS overrides). */
export const CHECK_IN_DAYS_DEFAULT = [7, 30, 90, 180, 365, 730] as const;
/** Days after its due date a check-in may go unanswered before it is missed (CHECK_IN_GRACE_DAYS). */
export const CHECK_IN_GRACE_DAYS_DEFAULT = 7;

/**
 * scheduled (not yet due) → due (reminder sent) → answered, or missed after the grace period;
 * cancelled when the placement ends before it falls due.
 */
export const CHECK_IN_STATUSES = ['scheduled', 'due', 'answered', 'missed', 'cancelled'] as const;
export type CheckInStatus = (typeof CHECK_IN_STATUSES)[number];

/** The yes/no questions of a check-in, in the order the portal asks them. */
export const CHECK_IN_QUESTIONS = ['stillWorking', 'paidAsPromised', 'hoursAsPromised', 'feelSafe', 'housingStable', 'pastContact'] as const;
export type CheckInQuestion = (typeof CHECK_IN_QUESTIONS)[number];
export const CHECK_IN_NOTE_MAX_LENGTH = 2000;

/** Everything that can raise a survivor's risk. Each has a weight in libs/risk's rules. */
export const SIGNAL_TYPES = [
  'alarm',
  'past_contact',
  'unsafe_at_work',
  'not_paid',
  'hours_not_as_promised',
  'housing_unstable',
  'check_in_missed',
  'placement_ended',
  'placement_ended_unsafe',
  'placement_ended_employer_suspended',
  'employer_suspended',
  'employer_reported',
  'grant_milestone_missed',
  'no_placement',
] as const;
export type SignalType = (typeof SIGNAL_TYPES)[number];

export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** open → acknowledged → in_progress → resolved. */
export const FLAG_STATUSES = ['open', 'acknowledged', 'in_progress', 'resolved'] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];
export const FLAG_TRANSITIONS: Record<FlagStatus, readonly FlagStatus[]> = {
  open: ['acknowledged', 'in_progress', 'resolved'],
  acknowledged: ['in_progress', 'resolved'],
  in_progress: ['resolved'],
  resolved: [],
};

/** What came of a follow-up. */
export const FLAG_OUTCOMES = ['safe_no_action', 'support_given', 'referred', 'moved_to_safety', 'not_reached', 'other'] as const;
export type FlagOutcome = (typeof FLAG_OUTCOMES)[number];

/** What a flag's history records. */
export const FLAG_EVENT_TYPES = ['opened', 'raised', 'signal', 'acknowledged', 'in_progress', 'note', 'resolved', 'escalated'] as const;
export type FlagEventType = (typeof FLAG_EVENT_TYPES)[number];
export const FLAG_NOTE_MAX_LENGTH = 4000;

/** Hours from a flag's opening (or raise) to its follow-up due time, by level (FLAG_DUE_HOURS overrides). */
export const FLAG_DUE_HOURS_DEFAULT: Record<RiskLevel, number> = { critical: 4, high: 24, medium: 72, low: 168 };

/** Days without a placement after one ended before it is a signal (NO_PLACEMENT_DAYS overrides). */
export const NO_PLACEMENT_DAYS_DEFAULT = 60;

/** The days retention is reported at. */
export const RETENTION_DAYS = [30, 90, 180, 365] as const;
export const RETENTION_GROUPS = ['organisation', 'employer', 'sector', 'job', 'cohort_month', 'cohort_quarter'] as const;
export type RetentionGroup = (typeof RETENTION_GROUPS)[number];
/** Placements (jobs) or grant-funded microenterprises (still trading). */
export const RETENTION_SUBJECTS = ['placements', 'grants'] as const;
export type RetentionSubject = (typeof RETENTION_SUBJECTS)[number];
