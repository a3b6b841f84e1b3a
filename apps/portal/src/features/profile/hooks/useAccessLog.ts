import { useQuery } from '@tanstack/react-query';
import { fetchAccessLog, profileKeys } from '../api/profileApi';

export function useAccessLog() {
  return useQuery({ queryKey: profileKeys.accessLog, queryFn: fetchAccessLog });
}
