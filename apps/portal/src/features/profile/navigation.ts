import type { NavItem, NavUser } from '../shell/navigation';

/** The person's own pages. Nothing about them goes in these paths. */
export const PROFILE_PATHS = {
  profile: '/survivor/profile',
  matches: '/survivor/matches',
  sharing: '/survivor/sharing',
  privacy: '/survivor/privacy',
} as const;

export function profileNavItems({ role }: NavUser): NavItem[] {
  if (role !== 'survivor') return [];
  return [
    { to: PROFILE_PATHS.profile, labelKey: 'profile.nav.profile' },
    { to: PROFILE_PATHS.matches, labelKey: 'profile.nav.matches' },
    { to: PROFILE_PATHS.sharing, labelKey: 'profile.nav.sharing' },
    { to: PROFILE_PATHS.privacy, labelKey: 'profile.nav.privacy' },
  ];
}
