import type { paths } from '../../../api/schema';
import type { Get, Query, RequestJson, ResponseJson } from '../../../api/types';

/** The shapes of this feature, picked out of the generated `paths`. */
export type SystemStatus = Get<'/api/v1/operations/status'>;
export type ComponentState = SystemStatus['database']['status'];
export type QueueCounts = SystemStatus['queue']['queues'][number];
export type ScheduledJob = SystemStatus['queue']['schedules'][number];
export type FollowUpLevel = SystemStatus['followUps']['levels'][number];

export type DeadLetterPage = Get<'/api/v1/operations/dead-letters'>;
export type DeadLetter = DeadLetterPage['items'][number];
export type DeadLetterQuery = Query<'/api/v1/operations/dead-letters'>;
export type DeadLetterRetry = ResponseJson<paths['/api/v1/operations/dead-letters/{id}/retry']['post'], 200>;

export type OrganisationOverviewPage = Get<'/api/v1/operations/organisations'>;
export type OrganisationOverview = OrganisationOverviewPage['items'][number];
export type OrganisationOverviewQuery = Query<'/api/v1/operations/organisations'>;

export type UserOverviewPage = Get<'/api/v1/operations/users'>;
export type UserOverview = UserOverviewPage['items'][number];
export type UserOverviewQuery = Query<'/api/v1/operations/users'>;
export type AccountStatus = NonNullable<UserOverviewQuery['status']>;

export type AccountState = ResponseJson<paths['/api/v1/users/{id}/disable']['post'], 200>;
export type SupervisorRequest = RequestJson<paths['/api/v1/users/{id}/supervisor']['put']>;
