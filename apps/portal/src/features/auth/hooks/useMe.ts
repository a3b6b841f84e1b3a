import { useQuery } from '@tanstack/react-query';
import { authKeys, fetchMe } from '../api/authApi';

export function useMe() {
  return useQuery({ queryKey: authKeys.me, queryFn: fetchMe, staleTime: 60_000 });
}
