import { useQuery } from '@tanstack/react-query';
import { fetchFunders, grantKeys } from '../api/grantsApi';

/** The funders staff may run a programme for. */
export function useFunderChoices({ enabled }: { enabled: boolean }) {
  const query = useQuery({ queryKey: grantKeys.funders, queryFn: fetchFunders, enabled });
  return {
    funders: query.data ?? [],
    isPending: enabled && query.isPending,
    error: query.error,
    refetch: query.refetch,
  };
}
