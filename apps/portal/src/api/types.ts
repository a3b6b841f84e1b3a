import type { paths } from './schema';

/**
 * Named shapes picked out of the generated `paths` by endpoint, so the portal follows whatever
 * the API's OpenAPI document says without depending on its component names.
 */
export type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
export type RequestJson<Op> = Op extends { requestBody?: infer Body } ? JsonBody<NonNullable<Body>> : never;
export type ResponseJson<Op, Status extends number> = Op extends { responses: infer Responses }
  ? Status extends keyof Responses
    ? JsonBody<Responses[Status]>
    : never
  : never;

export type Me = ResponseJson<paths['/api/v1/auth/me']['get'], 200>;
export type Role = Me['role'];
export type Organisation = ResponseJson<paths['/api/v1/organisations']['get'], 200>['items'][number];
export type LoginRequest = RequestJson<paths['/api/v1/auth/login']['post']>;
export type SessionResponse = ResponseJson<paths['/api/v1/auth/login']['post'], 200>;
export type CsrfTokenResponse = ResponseJson<paths['/api/v1/auth/csrf']['get'], 200>;
export type InvitationPreview = ResponseJson<paths['/api/v1/invitations/lookup']['post'], 200>;
export type AcceptInvitationRequest = RequestJson<paths['/api/v1/invitations/accept']['post']>;
export type CreateInvitationRequest = RequestJson<paths['/api/v1/invitations']['post']>;
export type Invitation = ResponseJson<paths['/api/v1/invitations']['post'], 201>;

export type Get<P extends keyof paths> = paths[P] extends { get: infer Op } ? ResponseJson<Op, 200> : never;
export type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;

export type Region = Get<'/api/v1/regions'>[number];
export type SkillTaxonomy = Get<'/api/v1/skills'>;
export type Skill = SkillTaxonomy['skills'][number];
export type SkillGroup = SkillTaxonomy['groups'][number];

export type RegisterEmployerRequest = RequestJson<paths['/api/v1/employers/register']['post']>;
export type EmployerStanding = Get<'/api/v1/employers/me'>;
export type EmployerSummary = Get<'/api/v1/employers'>[number];
export type EmployerDetail = Get<'/api/v1/employers/{id}'>;
export type VettingDecisionRequest = RequestJson<paths['/api/v1/employers/{id}/decision']['post']>;
export type SuspendEmployerRequest = RequestJson<paths['/api/v1/employers/{id}/suspension']['post']>;
export type ReportConcernRequest = RequestJson<paths['/api/v1/employers/{id}/concerns']['post']>;
export type Concern = Get<'/api/v1/concerns'>[number];
export type ReviewConcernRequest = RequestJson<paths['/api/v1/concerns/{id}/review']['post']>;

export type Job = Get<'/api/v1/jobs/{id}'>;
export type SaveJobRequest = RequestJson<paths['/api/v1/jobs']['post']>;

export type GrantProgramme = Get<'/api/v1/grant-programmes/{id}'>;
export type SaveGrantProgrammeRequest = RequestJson<paths['/api/v1/grant-programmes']['post']>;

export type OpportunitySearchQuery = Query<'/api/v1/opportunities/search'>;
export type OpportunitySearch = Get<'/api/v1/opportunities/search'>;
export type OpportunityHit = OpportunitySearch['hits'][number];
export type JobOpportunity = Get<'/api/v1/opportunities/jobs/{id}'>;
export type GrantOpportunity = Get<'/api/v1/opportunities/grants/{id}'>;
