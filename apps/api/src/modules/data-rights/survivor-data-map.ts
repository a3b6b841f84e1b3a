/** The sections of an export's `data`, in the order the summary lists them. */
export const EXPORT_SECTIONS = [
  'profile',
  'organisation',
  'account',
  'sessions',
  'invitations',
  'consents',
  'applications',
  'placements',
  'grantApplications',
  'checkIns',
  'riskSignals',
  'flags',
  'concernReports',
  'emails',
  'accessLog',
  'ownActivity',
] as const;
export type ExportSection = (typeof EXPORT_SECTIONS)[number];

/** Who asked for the download: the survivor themself, or their caseworker on their request. */
export const EXPORT_AUDIENCES = ['survivor', 'caseworker'] as const;
export type ExportAudience = (typeof EXPORT_AUDIENCES)[number];

/**
 * Sections left out of the survivor's own download. Risk signals and follow-ups (flags, with
 * their case notes) are the caseworker's safety work: "contact from a trafficker reported", an
 * alarm pressed, "moved to a safe house". The portal never shows them to the survivor, and a
 * file downloaded to a phone that someone else may read must not either: read by the wrong
 * person, it can get the survivor hurt, and it tells a trafficker what the caseworker knows.
 * The survivor still has the right to them: the summary says so, and their caseworker makes the
 * complete download (GET /survivors/{id}/export) and goes through it with them in person. The
 * same holds for the network addresses in their activity, which can say where they stay.
 */
export const CASEWORKER_ONLY_SECTIONS: readonly ExportSection[] = ['riskSignals', 'flags'];

/** A column that points at a person, and what export and erasure do with the rows that hold it. */
export type SurvivorDataRule =
  | { holds: 'survivor'; exportedIn: ExportSection; onErasure: string }
  /** Survivor data that is no information about them (a cache of answers they already had): not exported, but erased. */
  | { holds: 'survivor'; exportedIn: null; why: string; onErasure: string }
  | { holds: 'staff'; why: string };

/**
 * Every column that can point at a survivor (their profile or their account) or hold an address,
 * decided one by one. The data-rights e2e suite compares this list with the database's own
 * (foreign keys to survivor_profiles and users, and columns named like a person's id or an
 * address): a table added later with survivor data fails that test until it is decided here,
 * exported and handled by erasure.
 *
 * Entities with no column here hold nothing about a survivor: organisations, regions, the skills
 * taxonomy, employer profiles, vetting events, jobs and grant programmes (an employer's or a
 * funder's own data); rate_limit_buckets (keys are SHA-256 hashes, counters expire within
 * minutes); and the search index (search_documents, or Meilisearch), which holds published jobs
 * and open grant programmes only, never a survivor: the data-rights suite checks it.
 */
export const SURVIVOR_DATA_COLUMNS: Record<string, SurvivorDataRule> = {
  'survivor_profiles.user_id': { holds: 'survivor', exportedIn: 'account', onErasure: 'kept; the account is disabled and anonymised' },
  'survivor_profiles.caseworker_id': { holds: 'staff', why: 'the caseworker; shown in the profile' },
  'survivor_profiles.created_by_id': { holds: 'staff', why: 'the caseworker who created the record' },
  'users.email': { holds: 'survivor', exportedIn: 'account', onErasure: 'replaced by a placeholder address' },
  'sessions.user_id': { holds: 'survivor', exportedIn: 'sessions', onErasure: 'deleted' },
  'password_resets.user_id': { holds: 'survivor', exportedIn: null, why: 'one-time links to choose a new password: a hash of the token and when it expires, nothing they wrote', onErasure: 'deleted' },
  'idempotency_keys.user_id': { holds: 'survivor', exportedIn: null, why: 'answers to their own requests, kept sealed for 24 hours to replay a retry', onErasure: 'deleted' },
  'invitations.survivor_id': { holds: 'survivor', exportedIn: 'invitations', onErasure: 'deleted' },
  'invitations.email': { holds: 'survivor', exportedIn: 'invitations', onErasure: 'deleted with the invitation' },
  'invitations.invited_by_id': { holds: 'staff', why: 'who sent the invitation' },
  'consents.survivor_id': { holds: 'survivor', exportedIn: 'consents', onErasure: 'revoked' },
  'consents.granted_by_id': { holds: 'survivor', exportedIn: 'consents', onErasure: 'kept (an id)' },
  'applications.survivor_id': { holds: 'survivor', exportedIn: 'applications', onErasure: 'open ones withdrawn; message and agreement blanked' },
  'applications.submitted_by_id': { holds: 'survivor', exportedIn: 'applications', onErasure: 'kept (an id)' },
  'application_events.actor_user_id': { holds: 'survivor', exportedIn: 'applications', onErasure: 'notes blanked' },
  'placements.survivor_id': { holds: 'survivor', exportedIn: 'placements', onErasure: 'kept for retention figures; the end note blanked' },
  'placements.ended_by_id': { holds: 'survivor', exportedIn: 'placements', onErasure: 'kept (an id)' },
  'grant_applications.survivor_id': { holds: 'survivor', exportedIn: 'grantApplications', onErasure: 'open ones withdrawn; plan and decision note blanked' },
  'grant_applications.submitted_by_id': { holds: 'survivor', exportedIn: 'grantApplications', onErasure: 'kept (an id)' },
  'grant_applications.decided_by_id': { holds: 'staff', why: 'the caseworker or funder who decided' },
  'grant_application_events.actor_user_id': { holds: 'survivor', exportedIn: 'grantApplications', onErasure: 'notes blanked' },
  'grant_milestones.status_changed_by_id': { holds: 'staff', why: 'who marked the milestone; the milestone itself is exported and blanked' },
  'grant_disbursements.recorded_by_id': { holds: 'staff', why: 'who recorded the payment; the payment itself is exported and its reference blanked' },
  'check_ins.survivor_id': { holds: 'survivor', exportedIn: 'checkIns', onErasure: 'dates, statuses and answers kept; notes blanked; ones still to come cancelled' },
  'check_ins.answered_by_id': { holds: 'survivor', exportedIn: 'checkIns', onErasure: 'kept (an id)' },
  'risk_signals.survivor_id': { holds: 'survivor', exportedIn: 'riskSignals', onErasure: 'kept (types and dates only)' },
  'flags.survivor_id': { holds: 'survivor', exportedIn: 'flags', onErasure: 'levels and states kept; erasure waits until none is open' },
  'flags.assigned_to_id': { holds: 'staff', why: 'the caseworker who follows up' },
  'flag_events.actor_id': { holds: 'staff', why: 'the caseworker who acted; the events are exported with their flag and their notes blanked' },
  'concern_reports.reporter_user_id': { holds: 'survivor', exportedIn: 'concernReports', onErasure: 'unlinked; details blanked' },
  'concern_reports.reviewed_by_id': { holds: 'staff', why: 'the caseworker who reviewed the concern' },
  'outbound_emails.to_address': { holds: 'survivor', exportedIn: 'emails', onErasure: 'deleted with their queued jobs' },
  'outbound_emails.from_address': { holds: 'staff', why: "Onward's own sender" },
  'audit_events.actor_user_id': { holds: 'survivor', exportedIn: 'ownActivity', onErasure: 'kept: ids only, and the database refuses to change the audit trail' },
  'audit_events.client_address': { holds: 'survivor', exportedIn: 'ownActivity', onErasure: 'kept: the audit trail is append-only' },
  'skill_taxonomy_versions.changed_by_id': { holds: 'staff', why: 'an admin changing the skills taxonomy' },
  'vetting_events.actor_user_id': { holds: 'staff', why: 'a caseworker or admin vetting an employer; never a survivor' },
  'jobs.created_by_id': { holds: 'staff', why: "an employer's member" },
  'grant_programmes.created_by_id': { holds: 'staff', why: "a funder's member" },
  'employer_profiles.contact_email': { holds: 'staff', why: "an employer's contact" },
};
