import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchConsents, grantConsent, profileKeys, revokeConsent } from '../api/profileApi';
import type { GrantConsentRequest } from '../api/types';

export function useConsents() {
  return useQuery({ queryKey: profileKeys.consents, queryFn: fetchConsents });
}

/** Sharing and stopping are both written to the access log too. */
function useConsentsChanged() {
  const queryClient = useQueryClient();
  return () => Promise.all([profileKeys.consents, profileKeys.accessLog].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/**
 * Shares the chosen fields with an employer (the pseudonym is always shared). The API refuses
 * (400) an employer the person has not applied to. Resolves with the new consent.
 */
export function useGrantConsent() {
  const changed = useConsentsChanged();
  return useMutation({ mutationFn: (request: GrantConsentRequest) => grantConsent(request), onSuccess: changed });
}

/** Stops sharing at once; the list is fetched again before the promise settles. */
export function useRevokeConsent() {
  const changed = useConsentsChanged();
  return useMutation({ mutationFn: (consentId: string) => revokeConsent(consentId), onSuccess: changed });
}
