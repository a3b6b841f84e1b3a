import type { paths } from '../../../api/schema';
import type { Get, Query, RequestJson } from '../../../api/types';

/**
 * The shapes of this feature, picked out of the generated `paths`. Applications and placements
 * answer with one of two views: the survivor's and caseworkers' (everything about their own
 * application), or the employer's (only what was consented). The employer's is told apart by
 * `sharedFields` (applications) and by having no `active` (placements).
 */
export type AnyApplicationPage = Get<'/api/v1/applications'>;
export type AnyApplicationListItem = AnyApplicationPage['items'][number];
export type AnyApplication = Get<'/api/v1/applications/{id}'>;

export type ApplicationListQuery = Query<'/api/v1/applications'>;

/** The survivor's and caseworkers' view of an application in a list. */
export type ApplicationSummary = Exclude<AnyApplicationListItem, { sharedFields: unknown }>;
export type ApplicationPage = Extract<AnyApplicationPage, { items: ApplicationSummary[] }>;
/** The survivor's and caseworkers' view, with the history of every step. */
export type Application = Exclude<AnyApplication, { sharedFields: unknown }>;
export type ApplicationEvent = Application['history'][number];
export type ApplicationStatus = Application['status'];

/** The employer's view: the pseudonym, and only the fields the person consented to share. */
export type EmployerApplication = Extract<AnyApplication, { sharedFields: unknown }>;
export type EmployerApplicationPage = Extract<AnyApplicationPage, { items: EmployerApplication[] }>;
export type SharedSurvivor = EmployerApplication['survivor'];
export type SharedSkill = NonNullable<SharedSurvivor['skills']>[number];
export type SharedLanguage = NonNullable<SharedSurvivor['languages']>[number];

export type CreateApplicationRequest = RequestJson<paths['/api/v1/applications']['post']>;
export type ShareApplicationRequest = RequestJson<paths['/api/v1/applications/{id}/share']['post']>;
export type ApplicationNoteRequest = RequestJson<paths['/api/v1/applications/{id}/decline']['post']>;
export type HireRequest = RequestJson<paths['/api/v1/applications/{id}/hire']['post']>;
export type Wage = HireRequest['wage'];

export type AnyPlacementPage = Get<'/api/v1/placements'>;
export type AnyPlacement = Get<'/api/v1/placements/{id}'>;

export type PlacementListQuery = Query<'/api/v1/placements'>;
/** The survivor's and caseworkers' view of a placement. */
export type Placement = Extract<AnyPlacement, { active: boolean }>;
export type PlacementPage = Extract<AnyPlacementPage, { items: Placement[] }>;
/** The employer's view of its own placement: the pseudonym only, and never the note. */
export type EmployerPlacement = Exclude<AnyPlacement, { active: boolean }>;
export type EmployerPlacementPage = Extract<AnyPlacementPage, { items: EmployerPlacement[] }>;
export type EndPlacementRequest = RequestJson<paths['/api/v1/placements/{id}/end']['post']>;

/** For the caseworker's "apply for someone" form and the pipeline's job filter. */
export type JobChoice = Get<'/api/v1/jobs'>[number];

/** What the person has agreed to share, to show on the application. */
export type Consent = Get<'/api/v1/survivors/me/consents'>[number];
