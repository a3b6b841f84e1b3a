import type { paths } from '../../../api/schema';
import type { Get, Query, RequestJson, ResponseJson } from '../../../api/types';

/** The signed-in person's own profile. */
export type Survivor = Get<'/api/v1/survivors/me'>;

/** What PATCH /survivors/me takes: any subset; a field sent replaces it, one left out stays. */
export type UpdateSurvivorRequest = RequestJson<paths['/api/v1/survivors/me']['patch']>;

export type Matches = Get<'/api/v1/survivors/me/matches'>;
export type MatchesQuery = Query<'/api/v1/survivors/me/matches'>;
export type Match = Matches['jobs'][number];
/** A reason or a gap: a code to translate, its params, and English text to fall back on. */
export type Explanation = Match['reasons'][number];
export type ExplanationCode = Explanation['code'];

export type Consent = Get<'/api/v1/survivors/me/consents'>[number];
export type ConsentState = Consent['state'];
/** `days` left out: the API's default (90). */
export type GrantConsentRequest = RequestJson<paths['/api/v1/survivors/me/consents']['post']>;
export type GrantedConsent = ResponseJson<paths['/api/v1/survivors/me/consents']['post'], 201>;

export type AccessLogEntry = Get<'/api/v1/survivors/me/access-log'>[number];
