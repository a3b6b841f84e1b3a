import type { paths } from './schema';

/**
 * Named shapes picked out of the generated `paths` by endpoint, so the portal follows whatever
 * the API's OpenAPI document says without depending on its component names.
 */
type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type RequestJson<Op> = Op extends { requestBody?: infer Body } ? JsonBody<NonNullable<Body>> : never;
type ResponseJson<Op, Status extends number> = Op extends { responses: infer Responses }
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
