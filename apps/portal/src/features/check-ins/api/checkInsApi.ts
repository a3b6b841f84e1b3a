import { apiClient } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { AlarmReceived, CheckIn, CheckInAnswersRequest, CheckInList } from './types';

export const checkInKeys = {
  all: ['check-ins'] as const,
  mine: ['check-ins', 'mine'] as const,
};

/** The survivor's check-ins due now, or missed lately and still open to a late answer; oldest first. */
export function fetchMyCheckIns(signal?: AbortSignal): Promise<CheckInList> {
  return unwrap(apiClient.GET('/api/v1/survivors/me/check-ins', { signal }));
}

/** The survivor's own answers, or a caseworker's record of a call. */
export function answerCheckIn(id: string, request: CheckInAnswersRequest): Promise<CheckIn> {
  return unwrap(apiClient.POST('/api/v1/check-ins/{id}/answers', { params: { path: { id } }, body: request }));
}

/** "I don't feel safe": opens a critical flag and tells the caseworker. */
export function raiseAlarm(): Promise<AlarmReceived> {
  return unwrap(apiClient.POST('/api/v1/survivors/me/alarm'));
}
