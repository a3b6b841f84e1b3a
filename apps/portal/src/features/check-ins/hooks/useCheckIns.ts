import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../api/errors';
import { answerCheckIn, checkInKeys, fetchMyCheckIns, raiseAlarm } from '../api/checkInsApi';
import type { CheckInAnswersRequest } from '../api/types';

/** What is waiting for the signed-in survivor. */
export function useMyCheckIns() {
  return useQuery({ queryKey: checkInKeys.mine, queryFn: ({ signal }) => fetchMyCheckIns(signal) });
}

/**
 * Answers one check-in. Answered, or refused because it is closed (409), the list of what is
 * waiting has changed either way.
 */
export function useAnswerCheckIn(id: string) {
  const queryClient = useQueryClient();
  const stale = () => void queryClient.invalidateQueries({ queryKey: checkInKeys.all });
  return useMutation({
    mutationFn: (request: CheckInAnswersRequest) => answerCheckIn(id, request),
    onSuccess: stale,
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) stale();
    },
  });
}

export function useAlarm() {
  return useMutation({ mutationFn: raiseAlarm });
}
