import type { paths } from '../../../api/schema';
import type { Get, Query, RequestJson } from '../../../api/types';

/** The shapes of this feature, picked out of the generated `paths`. */
export type GrantApplication = Get<'/api/v1/grant-applications/{id}'>;
export type GrantApplicationStatus = GrantApplication['status'];
export type Milestone = GrantApplication['milestones'][number];
export type MilestoneStatus = Milestone['status'];
export type Disbursement = GrantApplication['disbursements'][number];
export type HistoryEvent = GrantApplication['history'][number];

export type GrantApplicationPage = Get<'/api/v1/grant-applications'>;
export type GrantApplicationSummary = GrantApplicationPage['items'][number];
export type GrantApplicationListQuery = Query<'/api/v1/grant-applications'>;

export type CreateGrantApplicationRequest = RequestJson<paths['/api/v1/grant-applications']['post']>;
export type AwardRequest = RequestJson<paths['/api/v1/grant-applications/{id}/award']['post']>;
export type AwardMilestoneRequest = AwardRequest['milestones'][number];
export type DeclineRequest = RequestJson<paths['/api/v1/grant-applications/{id}/decline']['post']>;
export type WithdrawRequest = RequestJson<paths['/api/v1/grant-applications/{id}/withdraw']['post']>;
export type MilestoneStatusRequest = RequestJson<paths['/api/v1/grant-applications/{id}/milestones/{milestoneId}/status']['post']>;
export type DisbursementRequest = RequestJson<paths['/api/v1/grant-applications/{id}/milestones/{milestoneId}/disbursements']['post']>;
export type TradingEndedRequest = RequestJson<paths['/api/v1/grant-applications/{id}/trading-ended']['post']>;

/** For the caseworker's "apply for someone" form: an open programme. */
export type ProgrammeChoice = Get<'/api/v1/grant-programmes'>[number];
