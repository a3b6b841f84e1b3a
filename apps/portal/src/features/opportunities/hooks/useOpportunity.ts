import { useQuery } from '@tanstack/react-query';
import { fetchGrantOpportunity, fetchJobOpportunity, opportunityKeys } from '../api/opportunitiesApi';

export function useJobOpportunity(id: string) {
  return useQuery({ queryKey: opportunityKeys.job(id), queryFn: () => fetchJobOpportunity(id) });
}

export function useGrantOpportunity(id: string) {
  return useQuery({ queryKey: opportunityKeys.grant(id), queryFn: () => fetchGrantOpportunity(id) });
}
