import type { paths } from '../../../api/schema';
import type { Get, RequestJson, ResponseJson } from '../../../api/types';

/** The shapes of this feature, picked out of the generated `paths`. */
export type CheckInList = Get<'/api/v1/survivors/me/check-ins'>;
/** One check-in: the job it asks about, when it fell due, and the answers once given. */
export type CheckIn = CheckInList['items'][number];
export type CheckInStatus = CheckIn['status'];
export type CheckInAnswersRequest = RequestJson<paths['/api/v1/check-ins/{id}/answers']['post']>;
export type AlarmReceived = ResponseJson<paths['/api/v1/survivors/me/alarm']['post'], 202>;
