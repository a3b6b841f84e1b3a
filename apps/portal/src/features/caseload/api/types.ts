import type { paths } from '../../../api/schema';
import type { Get, Query, RequestJson } from '../../../api/types';

/** The shapes of this feature, picked out of the generated `paths`. */
export type SurvivorListQuery = Query<'/api/v1/survivors'>;
export type SurvivorPage = Get<'/api/v1/survivors'>;
export type SurvivorSummary = SurvivorPage['items'][number];

/** A profile with its sealed details: reading one is recorded and shown to the person. */
export type Survivor = Get<'/api/v1/survivors/{id}'>;

/** Any subset of the sections: what is sent changes, what is left out stays. */
export type UpdateSurvivorRequest = RequestJson<paths['/api/v1/survivors/{id}']['patch']>;
export type CreateSurvivorRequest = RequestJson<paths['/api/v1/survivors']['post']>;
/** Each sealed field may be left out (kept), null (cleared) or a value. */
export type PersonalDetailsRequest = NonNullable<UpdateSurvivorRequest['personal']>;
export type InviteSurvivorRequest = RequestJson<paths['/api/v1/survivors/{id}/invitation']['post']>;

export type Consent = Get<'/api/v1/survivors/{id}/consents'>[number];

export type Matches = Get<'/api/v1/survivors/{id}/matches'>;
export type Match = Matches['jobs'][number];
export type Explanation = Match['reasons'][number];

export type CandidatesQuery = Query<'/api/v1/jobs/{id}/candidates'>;
export type Candidates = Get<'/api/v1/jobs/{id}/candidates'>;
export type Candidate = Candidates['candidates'][number];

export type JobSummary = Get<'/api/v1/jobs'>[number];
export type EmployerChoice = Get<'/api/v1/employers'>[number];
