import { EmployerProfile } from './employer-profile.entity';

/**
 * Why an employer may not publish right now, in words the employer can act on; null when it
 * may. Only a vetted, unexpired, unsuspended employer publishes.
 */
export function publishingBlock(profile: Pick<EmployerProfile, 'vettingStatus' | 'vettedUntil' | 'statusReason'> | null, now: Date): string | null {
  if (!profile) return 'Your organisation is not registered as an employer.';
  switch (profile.vettingStatus) {
    case 'pending':
    case 'in_review':
      return 'Your organisation has not been vetted yet. A caseworker will review it; you can publish jobs once it is vetted.';
    case 'rejected':
      return `Your organisation's vetting was not approved${profile.statusReason ? `: ${profile.statusReason}` : '.'}`;
    case 'suspended':
      return `Your organisation is suspended${profile.statusReason ? `: ${profile.statusReason}` : '.'}`;
    case 'vetted':
      if (!profile.vettedUntil || profile.vettedUntil.getTime() <= now.getTime()) {
        return `Your organisation's vetting expired on ${profile.vettedUntil?.toISOString().slice(0, 10) ?? 'an unknown date'}. Ask a caseworker to renew it.`;
      }
      return null;
  }
}

/** True while vetted and not expired. */
export const isInGoodStanding = (profile: Pick<EmployerProfile, 'vettingStatus' | 'vettedUntil' | 'statusReason'> | null, now: Date) =>
  publishingBlock(profile, now) === null;
