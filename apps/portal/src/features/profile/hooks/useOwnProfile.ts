import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../api/errors';
import { fetchOwnProfile, profileKeys, updateOwnProfile } from '../api/profileApi';
import type { Survivor, UpdateSurvivorRequest } from '../api/types';

export function useOwnProfile() {
  return useQuery({ queryKey: profileKeys.profile, queryFn: fetchOwnProfile });
}

/** Saves part of the profile; matches depend on all of it, so they are fetched again. */
export function useUpdateOwnProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateSurvivorRequest) => updateOwnProfile(request),
    onSuccess: (survivor: Survivor) => {
      queryClient.setQueryData(profileKeys.profile, survivor);
      void queryClient.invalidateQueries({ queryKey: profileKeys.matchesAll });
    },
  });
}

/** The API answers `not_found` to every /survivors/me route until a caseworker sets the profile up. */
export function isNoProfileYet(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
