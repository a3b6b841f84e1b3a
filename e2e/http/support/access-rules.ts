/**
 * Who may call each route of the API, for the access-matrix suite. Each entry names the callers
 * allowed: `role:own` (only on the records of the caller's own organisation: a survivor's own
 * records, a caseworker's organisation's survivors, an employer's own jobs), `role:any`, or
 * `anonymous`. `funder` is a member (role employer) of a funder organisation; `employer` a member
 * of an employer. Everyone else must be refused. A route missing here fails the suite.
 */
export type Party = 1 | 2;

export type ObjectKind =
  | 'provider'
  | 'employer'
  | 'funder'
  | 'caseworkerUser'
  | 'survivor'
  | 'job'
  | 'draftJob'
  | 'programme'
  | 'application'
  | 'consent'
  | 'placement'
  | 'checkIn'
  | 'flag'
  | 'grantApplication'
  | 'milestone'
  | 'concern'
  | 'skill'
  | 'region'
  /** Not an id: the survivor's pseudonym, which an erasure must repeat. */
  | 'pseudonym';

/** Records about a survivor: an id of one must never reach a caller who may not see it. */
export const SENSITIVE_KINDS: ObjectKind[] = ['survivor', 'application', 'consent', 'placement', 'checkIn', 'flag', 'grantApplication', 'milestone', 'draftJob'];

type Who = 'anonymous' | `${'survivor' | 'employer' | 'funder' | 'caseworker' | 'admin'}:${'own' | 'any'}`;

export interface AccessRule {
  allow: Who[];
  /** What each path parameter names, where the default (PATH_KINDS) is not it. */
  params?: Record<string, ObjectKind>;
  /** List filters to try with each party's ids. */
  query?: Record<string, ObjectKind>;
  /** A valid body; "@kind" is replaced by the party's id of that kind. */
  body?: unknown;
  /** The body names a party's records, so `own` is judged by the body's party (routes without ids). */
  ownsBody?: boolean;
  /** Not called by the matrix, and why. */
  skip?: string;
}

export const PATH_KINDS: Record<string, ObjectKind> = { consentId: 'consent', milestoneId: 'milestone' };


const SIGNED_IN: Who[] = ['survivor:any', 'employer:any', 'funder:any', 'caseworker:any', 'admin:any'];
const EVERYONE: Who[] = ['anonymous', ...SIGNED_IN];
const STAFF: Who[] = ['caseworker:any', 'admin:any'];
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const JOB_BODY = {
  title: 'Matrix kitchen porter',
  description: 'Washing up and keeping the kitchen clean.',
  requiredSkills: [],
  preferredSkills: [],
  sector: 'hospitality',
  regionCode: 'riverside',
  remote: false,
  wage: { amountMinor: 1_400, currency: 'GBP', period: 'hour' },
  hoursPerWeek: 30,
  languages: ['en'],
};
const PROGRAMME_BODY = {
  title: 'Matrix starter grants',
  description: 'Small grants for a first business.',
  amount: { minMinor: 10_000, maxMinor: 100_000, currency: 'GBP' },
  eligibility: 'Survivors served by a partner organisation.',
  requiredDocuments: [],
};
const CHECKLIST = ['no_recruitment_fees', 'identity_documents_never_held', 'wages_paid_as_promised', 'free_to_leave', 'lawful_registration', 'safe_workplace'].map((item) => ({ item, confirmed: true }));
const ALL_WELL = { stillWorking: true, paidAsPromised: true, hoursAsPromised: true, feelSafe: true, housingStable: true, pastContact: false };
const NOTE = { note: 'Matrix note.' };

export const ACCESS_RULES: Record<string, AccessRule> = {
  'GET /health': { allow: EVERYONE },
  'GET /metrics': { allow: ['admin:any'] },
  'GET /auth/csrf': { allow: EVERYONE },
  'POST /auth/login': { allow: EVERYONE, body: { email: 'nobody@example.org', password: 'not-the-password' } },
  'POST /auth/logout': { allow: EVERYONE, skip: "ends the caller's session (auth.e2e-spec covers it)" },
  'GET /auth/me': { allow: SIGNED_IN },
  'POST /auth/password': { allow: SIGNED_IN, skip: "changes the caller's password and ends their other sessions (sessions.e2e-spec covers it, and its refusal when signed out)" },
  'POST /auth/password-reset': { allow: EVERYONE, body: { email: 'nobody@example.org' } },
  'POST /auth/password-reset/confirm': { allow: EVERYONE, body: { token: 'x'.repeat(43), newPassword: 'a-long-enough-password' } },
  'GET /audit': { allow: ['admin:any'] },
  'POST /users/{id}/disable': { allow: ['admin:any'], params: { id: 'caseworkerUser' }, body: {} },
  'POST /users/{id}/enable': { allow: ['admin:any'], params: { id: 'caseworkerUser' }, body: {} },
  'POST /users/{id}/sessions/revoke': { allow: ['admin:any'], params: { id: 'caseworkerUser' }, body: {} },
  'GET /operations/status': { allow: ['admin:any'] },
  'GET /operations/dead-letters': { allow: ['admin:any'] },
  // The matrix's world has no dead letter (operations.e2e-spec makes a real one): everyone else is
  // refused before the id is looked at, and an admin's retry of a job's id is a 404.
  'POST /operations/dead-letters/{id}/retry': { allow: ['admin:any'], params: { id: 'job' }, body: {} },
  'GET /operations/organisations': { allow: ['admin:any'] },
  'GET /operations/users': { allow: ['admin:any'], query: { organisationId: 'provider' } },

  'GET /organisations': { allow: STAFF },
  'GET /organisations/funders': { allow: STAFF },
  'PUT /users/{id}/supervisor': { allow: ['admin:any'], params: { id: 'caseworkerUser' }, body: { supervisor: false } },
  'POST /invitations': { allow: ['admin:any', 'caseworker:own'], body: { email: 'matrix-invitee@example.org', role: 'survivor', organisationId: '@provider' }, ownsBody: true },
  'POST /invitations/lookup': { allow: EVERYONE, body: { token: 'x'.repeat(43) } },
  'POST /invitations/accept': { allow: EVERYONE, body: { token: 'x'.repeat(43), displayName: 'Matrix', password: 'a-long-enough-password' } },

  'GET /regions': { allow: EVERYONE },
  'PUT /regions/{code}': { allow: ['admin:any'], params: { code: 'region' }, body: { name: 'Riverside', hourlyWageFloorMinor: 1_000, currency: 'GBP' } },
  'GET /skills': { allow: SIGNED_IN },
  'POST /skills': { allow: ['admin:any'], body: { code: 'hospitality.matrix_test', labels: { en: 'Matrix', es: 'Matriz', ar: 'مصفوفة' } } },
  'PATCH /skills/{code}': { allow: ['admin:any'], params: { code: 'skill' }, body: { retired: false } },

  'POST /employers/register': {
    allow: EVERYONE,
    body: {
      organisationName: 'Matrix Bakery',
      legalName: 'Matrix Bakery Ltd',
      registrationNumber: 'MX123456',
      sector: 'food',
      regions: ['riverside'],
      contactName: 'Pat Baker',
      contactEmail: 'pat@matrix-bakery.example',
      contactPhone: '+44 20 7946 0001',
      account: { displayName: 'Pat Baker', email: 'pat@matrix-bakery.example', password: 'a-long-enough-password' },
    },
  },
  'GET /employers/me': { allow: ['employer:any', 'funder:any'] },
  'GET /employers': { allow: STAFF },
  'GET /employers/{id}': { allow: STAFF, params: { id: 'employer' } },
  'POST /employers/{id}/review': { allow: STAFF, params: { id: 'employer' } },
  'POST /employers/{id}/decision': { allow: STAFF, params: { id: 'employer' }, body: { decision: 'vetted', checklist: CHECKLIST, vettedUntil: inDays(300) } },
  'POST /employers/{id}/suspension': { allow: STAFF, params: { id: 'employer' }, body: { reason: 'Matrix suspension.' } },
  'POST /employers/{id}/concerns': { allow: EVERYONE, params: { id: 'employer' }, body: { category: 'excessive_hours', details: 'Matrix concern.' } },
  'GET /concerns': { allow: STAFF },
  'POST /concerns/{id}/review': { allow: STAFF, params: { id: 'concern' }, body: { outcome: 'dismissed', note: 'Matrix review.' } },

  'POST /jobs': { allow: ['employer:own'], body: JOB_BODY },
  // A funder's members have the employer role: lists give them their own organisation's records (none).
  'GET /jobs': { allow: ['employer:any', 'funder:any', 'caseworker:any', 'admin:any'], query: { employerId: 'employer' } },
  'GET /jobs/{id}': { allow: ['employer:own', ...STAFF], params: { id: 'job' } },
  'PUT /jobs/{id}': { allow: ['employer:own'], params: { id: 'draftJob' }, body: JOB_BODY },
  'POST /jobs/{id}/publish': { allow: ['employer:own'], params: { id: 'draftJob' } },
  'POST /jobs/{id}/close': { allow: ['employer:own'], params: { id: 'job' } },
  'GET /jobs/{id}/candidates': { allow: ['caseworker:any'], params: { id: 'job' } },

  'POST /grant-programmes': { allow: ['caseworker:any', 'admin:any', 'funder:own'], body: { ...PROGRAMME_BODY, funderId: '@funder' }, ownsBody: true },
  'GET /grant-programmes': { allow: ['caseworker:any', 'admin:any', 'funder:any', 'employer:any'], query: { funderId: 'funder' } },
  'GET /grant-programmes/{id}': { allow: ['caseworker:any', 'admin:any', 'funder:own'], params: { id: 'programme' } },
  'PUT /grant-programmes/{id}': { allow: ['caseworker:any', 'admin:any', 'funder:own'], params: { id: 'programme' }, body: PROGRAMME_BODY },
  'POST /grant-programmes/{id}/open': { allow: ['caseworker:any', 'admin:any', 'funder:own'], params: { id: 'programme' } },
  'POST /grant-programmes/{id}/close': { allow: ['caseworker:any', 'admin:any', 'funder:own'], params: { id: 'programme' } },

  'GET /opportunities/search': { allow: SIGNED_IN },
  'GET /opportunities/jobs/{id}': { allow: SIGNED_IN, params: { id: 'job' } },
  'GET /opportunities/grants/{id}': { allow: SIGNED_IN, params: { id: 'programme' } },

  'POST /survivors': { allow: ['caseworker:own'], body: { pseudonym: 'Matrix' } },
  'GET /survivors': { allow: ['caseworker:any'] },
  'GET /survivors/me': { allow: ['survivor:any'] },
  'PATCH /survivors/me': { allow: ['survivor:any'], body: { pseudonym: 'Matrix' } },
  'GET /survivors/me/access-log': { allow: ['survivor:any'] },
  'GET /survivors/me/consents': { allow: ['survivor:any'] },
  'POST /survivors/me/consents': { allow: ['survivor:any'], body: { employerId: '@employer', fields: ['skills'] } },
  'POST /survivors/me/consents/{consentId}/revoke': { allow: ['survivor:own'] },
  'GET /survivors/me/matches': { allow: ['survivor:any'] },
  'GET /survivors/me/check-ins': { allow: ['survivor:any'] },
  'POST /survivors/me/alarm': { allow: ['survivor:any'], skip: 'raises a critical flag and an email for the caller (follow-up.e2e-spec covers refusals)' },
  'GET /survivors/{id}': { allow: ['caseworker:own'], params: { id: 'survivor' } },
  'PATCH /survivors/{id}': { allow: ['caseworker:own'], params: { id: 'survivor' }, body: { pseudonym: 'Matrix' } },
  'POST /survivors/{id}/invitation': { allow: ['caseworker:own'], params: { id: 'survivor' }, body: { email: 'matrix-survivor@example.org' } },
  'GET /survivors/{id}/consents': { allow: ['caseworker:own'], params: { id: 'survivor' } },
  'POST /survivors/{id}/consents': { allow: ['caseworker:own'], params: { id: 'survivor' }, body: { employerId: '@employer', fields: ['skills'] } },
  'POST /survivors/{id}/consents/{consentId}/revoke': { allow: ['caseworker:own'], params: { id: 'survivor' } },
  'GET /survivors/{id}/matches': { allow: ['caseworker:own'], params: { id: 'survivor' } },
  'GET /survivors/{id}/timeline': { allow: ['caseworker:own'], params: { id: 'survivor' } },
  'GET /survivors/me/export': { allow: ['survivor:any'] },
  'POST /survivors/me/erasure-request': { allow: ['survivor:any'], body: {} },
  'GET /survivors/{id}/export': { allow: ['caseworker:own'], params: { id: 'survivor' } },
  'POST /survivors/{id}/erasure': { allow: ['caseworker:own'], params: { id: 'survivor' }, body: { confirmPseudonym: '@pseudonym', reason: 'Asked by phone.' } },

  'POST /applications': { allow: ['caseworker:own'], body: { jobId: '@job', survivorId: '@survivor', survivorAgreement: 'Agreed on the phone.' }, ownsBody: true },
  'GET /applications': { allow: ['survivor:any', 'employer:any', 'funder:any', 'caseworker:any'], query: { survivorId: 'survivor', jobId: 'job' } },
  'GET /applications/{id}': { allow: ['survivor:own', 'employer:own', 'caseworker:own'], params: { id: 'application' } },
  'POST /applications/{id}/share': { allow: ['survivor:own', 'caseworker:own'], params: { id: 'application' }, body: { consent: { fields: ['skills'] } } },
  'POST /applications/{id}/interview': { allow: ['employer:own'], params: { id: 'application' }, body: NOTE },
  'POST /applications/{id}/offer': { allow: ['employer:own'], params: { id: 'application' }, body: NOTE },
  'POST /applications/{id}/hire': { allow: ['employer:own'], params: { id: 'application' }, body: { startDate: inDays(7), wage: { amountMinor: 1_400, currency: 'GBP', period: 'hour' }, hoursPerWeek: 30 } },
  'POST /applications/{id}/decline': { allow: ['employer:own', 'caseworker:own'], params: { id: 'application' }, body: NOTE },
  'POST /applications/{id}/withdraw': { allow: ['survivor:own', 'caseworker:own'], params: { id: 'application' }, body: NOTE },

  'GET /placements': { allow: ['survivor:any', 'employer:any', 'funder:any', 'caseworker:any'], query: { survivorId: 'survivor' } },
  'GET /placements/{id}': { allow: ['survivor:own', 'employer:own', 'caseworker:own'], params: { id: 'placement' } },
  // The survivor may record that they left.
  'POST /placements/{id}/end': { allow: ['employer:own', 'survivor:own', 'caseworker:own'], params: { id: 'placement' }, body: { endDate: inDays(0), reason: 'resigned' } },

  'POST /grant-applications': { allow: ['caseworker:own'], body: { programmeId: '@programme', survivorId: '@survivor', businessPlan: 'A market stall selling bread and cakes on Saturdays, starting at the town market.', requestedMinor: 20_000, survivorAgreement: 'Agreed.' }, ownsBody: true },
  'GET /grant-applications': { allow: ['survivor:any', 'caseworker:any'], query: { survivorId: 'survivor', programmeId: 'programme' } },
  'GET /grant-applications/{id}': { allow: ['survivor:own', 'caseworker:own'], params: { id: 'grantApplication' } },
  'POST /grant-applications/{id}/review': { allow: ['caseworker:own'], params: { id: 'grantApplication' } },
  'POST /grant-applications/{id}/award': { allow: ['caseworker:own'], params: { id: 'grantApplication' }, body: { amountMinor: 20_000, milestones: [{ title: 'Open', dueDate: inDays(30), trancheMinor: 20_000 }] } },
  'POST /grant-applications/{id}/decline': { allow: ['caseworker:own'], params: { id: 'grantApplication' }, body: NOTE },
  'POST /grant-applications/{id}/withdraw': { allow: ['survivor:own', 'caseworker:own'], params: { id: 'grantApplication' }, body: NOTE },
  'POST /grant-applications/{id}/trading-ended': { allow: ['caseworker:own'], params: { id: 'grantApplication' }, body: { endedOn: inDays(0) } },
  'POST /grant-applications/{id}/milestones/{milestoneId}/status': { allow: ['caseworker:own'], params: { id: 'grantApplication' }, body: { status: 'met', note: 'Done.' } },
  'POST /grant-applications/{id}/milestones/{milestoneId}/disbursements': { allow: ['caseworker:own'], params: { id: 'grantApplication' }, body: { amountMinor: 1_000, paidOn: inDays(0) } },

  'GET /flags': { allow: ['caseworker:any'], query: { survivorId: 'survivor' } },
  'GET /flags/{id}': { allow: ['caseworker:own'], params: { id: 'flag' } },
  'POST /flags/{id}/acknowledge': { allow: ['caseworker:own'], params: { id: 'flag' }, body: {} },
  'POST /flags/{id}/start': { allow: ['caseworker:own'], params: { id: 'flag' }, body: {} },
  'POST /flags/{id}/resolve': { allow: ['caseworker:own'], params: { id: 'flag' }, body: { outcome: 'support_given', note: 'Matrix.', signalsSeen: 1 } },
  'POST /flags/{id}/notes': { allow: ['caseworker:own'], params: { id: 'flag' }, body: NOTE },
  'POST /check-ins/{id}/answers': { allow: ['survivor:own', 'caseworker:own'], params: { id: 'checkIn' }, body: ALL_WELL },

  'GET /retention': { allow: STAFF },
};
