import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GrantProgramme, SaveGrantProgrammeRequest } from '../../../api/types';
import {
  closeGrantProgramme,
  createGrantProgramme,
  fetchGrantProgramme,
  fetchGrantProgrammes,
  grantKeys,
  openGrantProgramme,
  updateGrantProgramme,
} from '../api/grantsApi';

export function useGrantProgrammes({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: grantKeys.list, queryFn: fetchGrantProgrammes, enabled });
}

export function useGrantProgramme(id: string) {
  return useQuery({ queryKey: grantKeys.detail(id), queryFn: () => fetchGrantProgramme(id) });
}

function useProgrammeChanged() {
  const queryClient = useQueryClient();
  return (programme: GrantProgramme) => {
    queryClient.setQueryData(grantKeys.detail(programme.id), programme);
    void queryClient.invalidateQueries({ queryKey: grantKeys.list });
  };
}

export function useCreateGrantProgramme() {
  const changed = useProgrammeChanged();
  return useMutation({ mutationFn: (request: SaveGrantProgrammeRequest) => createGrantProgramme(request), onSuccess: changed });
}

export function useUpdateGrantProgramme(id: string) {
  const changed = useProgrammeChanged();
  return useMutation({ mutationFn: (request: SaveGrantProgrammeRequest) => updateGrantProgramme(id, request), onSuccess: changed });
}

export function useOpenGrantProgramme(id: string) {
  const changed = useProgrammeChanged();
  return useMutation({ mutationFn: () => openGrantProgramme(id), onSuccess: changed });
}

export function useCloseGrantProgramme(id: string) {
  const changed = useProgrammeChanged();
  return useMutation({ mutationFn: () => closeGrantProgramme(id), onSuccess: changed });
}
