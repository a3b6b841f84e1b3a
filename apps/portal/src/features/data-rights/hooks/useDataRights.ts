import { useMutation } from '@tanstack/react-query';
import { eraseSurvivor, requestErasure } from '../api/dataRightsApi';
import type { EraseSurvivorRequest } from '../api/types';

/** The survivor asks their caseworker to delete their record; asking again changes nothing. */
export function useRequestErasure() {
  return useMutation({ mutationFn: requestErasure });
}

/** The caseworker erases a record; the page that shows it reads it again (see SurvivorDataRights' onErased). */
export function useEraseSurvivor(id: string) {
  return useMutation({ mutationFn: (request: EraseSurvivorRequest) => eraseSurvivor(id, request) });
}
