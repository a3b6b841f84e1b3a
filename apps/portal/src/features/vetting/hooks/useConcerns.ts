import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConcernStatus } from '@onward/shared';
import type { ReviewConcernRequest } from '../../../api/types';
import { fetchConcerns, reviewConcern, vettingKeys } from '../api/vettingApi';

export function useConcerns(statuses: readonly ConcernStatus[]) {
  return useQuery({ queryKey: vettingKeys.concernList(statuses), queryFn: () => fetchConcerns(statuses) });
}

export function useReviewConcern(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ReviewConcernRequest) => reviewConcern(id, request),
    // Dismissing the last concern that held an employer can lift its suspension: refetch
    // concern lists and employers alike.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vettingKeys.all }),
  });
}
