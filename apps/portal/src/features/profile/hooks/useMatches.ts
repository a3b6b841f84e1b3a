import { MATCHES_LIMIT_DEFAULT } from '@onward/shared';
import { useQuery } from '@tanstack/react-query';
import { fetchMatches, profileKeys } from '../api/profileApi';

export function useMatches(limit: number = MATCHES_LIMIT_DEFAULT) {
  const query = { limit };
  return useQuery({ queryKey: profileKeys.matches(query), queryFn: () => fetchMatches(query) });
}
