import { useQuery } from '@tanstack/react-query';
import { fetchOrganisations, organisationKeys } from '../api/organisationsApi';

export function useOrganisations({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: organisationKeys.all, queryFn: fetchOrganisations, enabled });
}
