import { apiClient } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type {
  AccountState,
  DeadLetterPage,
  DeadLetterQuery,
  DeadLetterRetry,
  OrganisationOverviewPage,
  OrganisationOverviewQuery,
  SystemStatus,
  UserOverviewPage,
  UserOverviewQuery,
} from './types';

export const operationsKeys = {
  all: ['operations'] as const,
  status: ['operations', 'status'] as const,
  deadLetters: ['operations', 'dead-letters'] as const,
  deadLetterList: (query: DeadLetterQuery) => ['operations', 'dead-letters', query] as const,
  organisations: ['operations', 'organisations'] as const,
  organisationList: (query: OrganisationOverviewQuery) => ['operations', 'organisations', query] as const,
  users: ['operations', 'users'] as const,
  userList: (query: UserOverviewQuery) => ['operations', 'users', query] as const,
};

export function fetchSystemStatus(signal?: AbortSignal): Promise<SystemStatus> {
  return unwrap(apiClient.GET('/api/v1/operations/status', { signal }));
}

export function fetchDeadLetters(query: DeadLetterQuery, signal?: AbortSignal): Promise<DeadLetterPage> {
  return unwrap(apiClient.GET('/api/v1/operations/dead-letters', { params: { query }, signal }));
}

/** Sends the job again once; a 404 means someone (or an earlier click) already did. */
export function retryDeadLetter(id: string): Promise<DeadLetterRetry> {
  return unwrap(apiClient.POST('/api/v1/operations/dead-letters/{id}/retry', { params: { path: { id } } }));
}

export function fetchOrganisationOverview(query: OrganisationOverviewQuery, signal?: AbortSignal): Promise<OrganisationOverviewPage> {
  return unwrap(apiClient.GET('/api/v1/operations/organisations', { params: { query }, signal }));
}

export function fetchUserOverview(query: UserOverviewQuery, signal?: AbortSignal): Promise<UserOverviewPage> {
  return unwrap(apiClient.GET('/api/v1/operations/users', { params: { query }, signal }));
}

/** What an admin can do to an account, each through the API's existing route. */
export type AccountAction = 'disable' | 'enable' | 'revokeSessions' | 'grantSupervisor' | 'revokeSupervisor';

const STATE_PATHS = {
  disable: '/api/v1/users/{id}/disable',
  enable: '/api/v1/users/{id}/enable',
  revokeSessions: '/api/v1/users/{id}/sessions/revoke',
} as const;

/** Carries out an action; answers how many sessions it ended (supervisor changes end none). */
export async function runAccountAction(id: string, action: AccountAction): Promise<{ sessionsEnded: number }> {
  if (action === 'grantSupervisor' || action === 'revokeSupervisor') {
    await unwrap(apiClient.PUT('/api/v1/users/{id}/supervisor', { params: { path: { id } }, body: { supervisor: action === 'grantSupervisor' } }));
    return { sessionsEnded: 0 };
  }
  const state: AccountState = await unwrap(apiClient.POST(STATE_PATHS[action], { params: { path: { id } } }));
  return { sessionsEnded: state.sessionsEnded };
}
