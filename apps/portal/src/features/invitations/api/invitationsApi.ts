import { apiClient } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { AcceptInvitationRequest, CreateInvitationRequest, Invitation, InvitationPreview, Me } from '../../../api/types';

export const invitationKeys = {
  // The token stays in memory only: quick exit and sign-out clear the cache.
  lookup: (token: string) => ['invitations', 'lookup', token] as const,
};

export function lookupInvitation(token: string): Promise<InvitationPreview> {
  return unwrap(apiClient.POST('/api/v1/invitations/lookup', { body: { token } }));
}

export async function acceptInvitation(request: AcceptInvitationRequest): Promise<Me> {
  const session = await unwrap(apiClient.POST('/api/v1/invitations/accept', { body: request }));
  return session.user;
}

export function createInvitation(request: CreateInvitationRequest): Promise<Invitation> {
  return unwrap(apiClient.POST('/api/v1/invitations', { body: request }));
}
