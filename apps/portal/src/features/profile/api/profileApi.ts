import { apiClient } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type {
  AccessLogEntry,
  Consent,
  GrantConsentRequest,
  GrantedConsent,
  Matches,
  MatchesQuery,
  Survivor,
  UpdateSurvivorRequest,
} from './types';

/** Everything here is the signed-in person's own, under one prefix. */
export const profileKeys = {
  all: ['survivor-me'] as const,
  profile: ['survivor-me', 'profile'] as const,
  matches: (query: MatchesQuery) => ['survivor-me', 'matches', query] as const,
  matchesAll: ['survivor-me', 'matches'] as const,
  consents: ['survivor-me', 'consents'] as const,
  accessLog: ['survivor-me', 'access-log'] as const,
};

export function fetchOwnProfile(): Promise<Survivor> {
  return unwrap(apiClient.GET('/api/v1/survivors/me'));
}

export function updateOwnProfile(request: UpdateSurvivorRequest): Promise<Survivor> {
  return unwrap(apiClient.PATCH('/api/v1/survivors/me', { body: request }));
}

export function fetchMatches(query: MatchesQuery): Promise<Matches> {
  return unwrap(apiClient.GET('/api/v1/survivors/me/matches', { params: { query } }));
}

export function fetchConsents(): Promise<Consent[]> {
  return unwrap(apiClient.GET('/api/v1/survivors/me/consents'));
}

export function grantConsent(request: GrantConsentRequest): Promise<GrantedConsent> {
  return unwrap(apiClient.POST('/api/v1/survivors/me/consents', { body: request }));
}

export function revokeConsent(consentId: string): Promise<Consent> {
  return unwrap(apiClient.POST('/api/v1/survivors/me/consents/{consentId}/revoke', { params: { path: { consentId } } }));
}

export function fetchAccessLog(): Promise<AccessLogEntry[]> {
  return unwrap(apiClient.GET('/api/v1/survivors/me/access-log'));
}
