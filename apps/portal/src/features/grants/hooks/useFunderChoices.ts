import { useMemo } from 'react';
import { useOrganisations } from '../../organisations/hooks/useOrganisations';
import { useGrantProgrammes } from './useGrantProgrammes';

export interface FunderChoice {
  id: string;
  name: string;
}

/**
 * The funders staff may run a programme for: funder organisations they can see, and the funders
 * of programmes that already exist (the organisations list shows a caseworker only their own
 * organisation, so for them existing programmes are where funders are known from).
 */
export function useFunderChoices({ enabled }: { enabled: boolean }) {
  const organisations = useOrganisations({ enabled });
  const programmes = useGrantProgrammes({ enabled });
  const funders = useMemo(() => {
    const byId = new Map<string, FunderChoice>();
    for (const organisation of organisations.data ?? []) {
      if (organisation.kind === 'funder') byId.set(organisation.id, { id: organisation.id, name: organisation.name });
    }
    for (const programme of programmes.data ?? []) {
      if (!byId.has(programme.funderId)) byId.set(programme.funderId, { id: programme.funderId, name: programme.funderName });
    }
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  }, [organisations.data, programmes.data]);
  return {
    funders,
    isPending: enabled && (organisations.isPending || programmes.isPending),
    error: organisations.error ?? programmes.error,
    refetch: () => Promise.all([organisations.refetch(), programmes.refetch()]),
  };
}
