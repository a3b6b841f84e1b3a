import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../api/errors';
import { addFlagNote, fetchFlag, fetchFlags, fetchTimeline, resolveFlag, takeFlagStep, type FlagStep } from '../api/followUpApi';
import type { FlagDetail, FlagListQuery, FlagNoteRequest, ResolveFlagRequest } from '../api/types';

/** The follow-up queue, each flag, and each person's timeline (which lists their flags too). */
export const followUpKeys = {
  all: ['follow-up'] as const,
  flagLists: ['follow-up', 'flags', 'list'] as const,
  flagList: (query: FlagListQuery) => ['follow-up', 'flags', 'list', query] as const,
  flag: (id: string) => ['follow-up', 'flags', 'detail', id] as const,
  timeline: (survivorId: string) => ['follow-up', 'timeline', survivorId] as const,
};

/**
 * Opening a flag or a timeline is recorded against the person, so it is read when the page
 * opens, not again behind the caseworker's back (window focus), and it leaves memory with the page.
 */
const RECORDED_READ = { staleTime: Infinity, gcTime: 0, refetchOnWindowFocus: false } as const;

/** The queue names no one in the audit trail, so it may stay fresh: a new flag can be urgent. */
export function useFlagList(query: FlagListQuery) {
  return useQuery({
    queryKey: followUpKeys.flagList(query),
    queryFn: ({ signal }) => fetchFlags(query, signal),
    // The last page stays on screen while the next loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}

export function useFlag(id: string) {
  return useQuery({ queryKey: followUpKeys.flag(id), queryFn: () => fetchFlag(id), ...RECORDED_READ });
}

export function useSurvivorTimeline(survivorId: string) {
  return useQuery({ queryKey: followUpKeys.timeline(survivorId), queryFn: () => fetchTimeline(survivorId), ...RECORDED_READ });
}

/**
 * After an action the API answers with the whole flag: it replaces the one on screen, and the
 * queue and the person's timeline (which show its status) are read again. When the API refused
 * because the flag changed meanwhile (409) or is gone (404), the page reads it again to show why.
 */
function useFlagMutationHandlers(id: string) {
  const queryClient = useQueryClient();
  return {
    onSuccess: (flag: FlagDetail) => {
      queryClient.setQueryData(followUpKeys.flag(flag.id), flag);
      void queryClient.invalidateQueries({ queryKey: followUpKeys.flagLists });
      void queryClient.invalidateQueries({ queryKey: followUpKeys.timeline(flag.survivor.id) });
    },
    onError: (error: Error) => {
      if (error instanceof ApiError && (error.status === 409 || error.status === 404)) {
        void queryClient.invalidateQueries({ queryKey: followUpKeys.flag(id) });
      }
    },
  };
}

export function useFlagStep(id: string, step: FlagStep) {
  const handlers = useFlagMutationHandlers(id);
  return useMutation({ mutationFn: () => takeFlagStep(id, step), ...handlers });
}

export function useResolveFlag(id: string) {
  const handlers = useFlagMutationHandlers(id);
  return useMutation({ mutationFn: (request: ResolveFlagRequest) => resolveFlag(id, request), ...handlers });
}

export function useAddFlagNote(id: string) {
  const handlers = useFlagMutationHandlers(id);
  return useMutation({ mutationFn: (request: FlagNoteRequest) => addFlagNote(id, request), ...handlers });
}

/** Answers recorded for a check-in can raise signals and flags: the timeline and queue are read again. */
export function useCheckInAnswered(survivorId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: followUpKeys.timeline(survivorId) });
    void queryClient.invalidateQueries({ queryKey: followUpKeys.flagLists });
  };
}
