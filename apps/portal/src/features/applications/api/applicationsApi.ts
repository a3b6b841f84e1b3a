import { apiClient } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type {
  AnyApplication,
  AnyApplicationPage,
  AnyPlacement,
  AnyPlacementPage,
  Application,
  ApplicationListQuery,
  ApplicationNoteRequest,
  AnyApplicationListItem,
  ApplicationPage,
  Consent,
  CreateApplicationRequest,
  EmployerApplication,
  EmployerApplicationPage,
  EmployerPlacementPage,
  EndPlacementRequest,
  HireRequest,
  JobChoice,
  PlacementListQuery,
  PlacementPage,
  ShareApplicationRequest,
} from './types';

/** Lists and details of applications and placements; the caseworker's job picker under its own prefix. */
export const applicationKeys = {
  all: ['applications'] as const,
  lists: ['applications', 'list'] as const,
  list: (query: ApplicationListQuery) => ['applications', 'list', query] as const,
  details: ['applications', 'detail'] as const,
  detail: (id: string) => ['applications', 'detail', id] as const,
  consents: (survivorId: string | 'me') => ['applications', 'consents', survivorId] as const,
  jobChoices: ['applications', 'job-choices'] as const,
};

export const placementKeys = {
  all: ['placements'] as const,
  list: (query: PlacementListQuery) => ['placements', 'list', query] as const,
};

// The API reads a list as one comma-separated value (status=shared,interview), not as repeated keys.
const commaSeparatedLists = { array: { style: 'form', explode: false } } as const;

/** The API answered with the other side's view: a role the page was not made for. */
export class UnexpectedViewError extends Error {
  constructor() {
    super('The API answered with a view this page does not show');
    this.name = 'UnexpectedViewError';
  }
}

/** The employer's view of an application, in a list or alone: it says what was shared. */
export function isEmployerApplication<T extends object>(application: T): application is Extract<T, { sharedFields: unknown }> {
  return 'sharedFields' in application;
}

function isPersonApplication<T extends object>(application: T): application is Exclude<T, { sharedFields: unknown }> {
  return !('sharedFields' in application);
}

/** The survivor's and caseworkers' view of a placement says whether it is still running. */
function isPlacement<T extends object>(placement: T): placement is Extract<T, { active: boolean }> {
  return 'active' in placement;
}

function isEmployerPlacement<T extends object>(placement: T): placement is Exclude<T, { active: boolean }> {
  return !('active' in placement);
}

function asApplication(application: AnyApplication): Application {
  if (isEmployerApplication(application)) throw new UnexpectedViewError();
  return application;
}

function asEmployerApplication(application: AnyApplication): EmployerApplication {
  if (!isEmployerApplication(application)) throw new UnexpectedViewError();
  return application;
}

function listApplications(query: ApplicationListQuery, signal?: AbortSignal): Promise<AnyApplicationPage> {
  return unwrap(apiClient.GET('/api/v1/applications', { params: { query }, querySerializer: commaSeparatedLists, signal }));
}

/** The survivor's own applications, or a caseworker's organisation's. */
export async function fetchApplications(query: ApplicationListQuery, signal?: AbortSignal): Promise<ApplicationPage> {
  const { items, total } = await listApplications(query, signal);
  const all: AnyApplicationListItem[] = items;
  const own = all.filter(isPersonApplication);
  if (own.length !== all.length) throw new UnexpectedViewError();
  return { items: own, total };
}

/** The applications shared with the employer under a consent that is active now. */
export async function fetchEmployerApplications(query: ApplicationListQuery, signal?: AbortSignal): Promise<EmployerApplicationPage> {
  const { items, total } = await listApplications(query, signal);
  const all: AnyApplicationListItem[] = items;
  const shared = all.filter(isEmployerApplication);
  if (shared.length !== all.length) throw new UnexpectedViewError();
  return { items: shared, total };
}

function getApplication(id: string): Promise<AnyApplication> {
  return unwrap(apiClient.GET('/api/v1/applications/{id}', { params: { path: { id } } }));
}

export async function fetchApplication(id: string): Promise<Application> {
  return asApplication(await getApplication(id));
}

export async function fetchEmployerApplication(id: string): Promise<EmployerApplication> {
  return asEmployerApplication(await getApplication(id));
}

export function createApplication(request: CreateApplicationRequest): Promise<Application> {
  return unwrap(apiClient.POST('/api/v1/applications', { body: request }));
}

export async function shareApplication(id: string, request: ShareApplicationRequest): Promise<Application> {
  return asApplication(await unwrap(apiClient.POST('/api/v1/applications/{id}/share', { params: { path: { id } }, body: request })));
}

/** The steps that take an optional note, and who takes them (the API decides; 403 otherwise). */
export type PersonStep = 'withdraw' | 'decline';
export type EmployerStep = 'interview' | 'offer' | 'decline';

const STEP_PATHS = {
  interview: '/api/v1/applications/{id}/interview',
  offer: '/api/v1/applications/{id}/offer',
  decline: '/api/v1/applications/{id}/decline',
  withdraw: '/api/v1/applications/{id}/withdraw',
} as const;

function takeStep(id: string, step: PersonStep | EmployerStep, request: ApplicationNoteRequest): Promise<AnyApplication> {
  return unwrap(apiClient.POST(STEP_PATHS[step], { params: { path: { id } }, body: request }));
}

/** A survivor or caseworker withdraws; a caseworker declines. */
export async function takePersonStep(id: string, step: PersonStep, request: ApplicationNoteRequest): Promise<Application> {
  return asApplication(await takeStep(id, step, request));
}

export async function takeEmployerStep(id: string, step: EmployerStep, request: ApplicationNoteRequest): Promise<EmployerApplication> {
  return asEmployerApplication(await takeStep(id, step, request));
}

/** The employer hires: the API makes the placement in the same step. */
export async function hire(id: string, request: HireRequest): Promise<EmployerApplication> {
  return asEmployerApplication(await unwrap(apiClient.POST('/api/v1/applications/{id}/hire', { params: { path: { id } }, body: request })));
}

function listPlacements(query: PlacementListQuery, signal?: AbortSignal): Promise<AnyPlacementPage> {
  return unwrap(apiClient.GET('/api/v1/placements', { params: { query }, signal }));
}

export async function fetchPlacements(query: PlacementListQuery, signal?: AbortSignal): Promise<PlacementPage> {
  const { items, total } = await listPlacements(query, signal);
  const all: AnyPlacement[] = items;
  const placements = all.filter(isPlacement);
  if (placements.length !== all.length) throw new UnexpectedViewError();
  return { items: placements, total };
}

export async function fetchEmployerPlacements(query: PlacementListQuery, signal?: AbortSignal): Promise<EmployerPlacementPage> {
  const { items, total } = await listPlacements(query, signal);
  const all: AnyPlacement[] = items;
  const placements = all.filter(isEmployerPlacement);
  if (placements.length !== all.length) throw new UnexpectedViewError();
  return { items: placements, total };
}

export function endPlacement(id: string, request: EndPlacementRequest): Promise<AnyPlacement> {
  return unwrap(apiClient.POST('/api/v1/placements/{id}/end', { params: { path: { id } }, body: request }));
}

/** What the person agreed to share: their own, or (for a caseworker) one person's. */
export function fetchConsents(survivorId: string | 'me'): Promise<Consent[]> {
  return survivorId === 'me'
    ? unwrap(apiClient.GET('/api/v1/survivors/me/consents'))
    : unwrap(apiClient.GET('/api/v1/survivors/{id}/consents', { params: { path: { id: survivorId } } }));
}

/** Staff see every employer's jobs; applications are made to published ones. */
export function fetchPublishedJobs(): Promise<JobChoice[]> {
  return unwrap(apiClient.GET('/api/v1/jobs', { params: { query: { status: ['published'] } }, querySerializer: commaSeparatedLists }));
}
