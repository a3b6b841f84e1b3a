import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AcceptInvitationRequest, CreateInvitationRequest } from '../../../api/types';
import { authKeys } from '../../auth/api/authApi';
import { acceptInvitation, createInvitation, invitationKeys, lookupInvitation } from '../api/invitationsApi';

export function useInvitationLookup(token: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: invitationKeys.lookup(token),
    queryFn: () => lookupInvitation(token),
    enabled,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: AcceptInvitationRequest) => acceptInvitation(request),
    onSuccess: (me) => {
      queryClient.clear();
      queryClient.setQueryData(authKeys.me, me);
    },
  });
}

export function useCreateInvitation() {
  return useMutation({ mutationFn: (request: CreateInvitationRequest) => createInvitation(request) });
}
