import type { NavItem, NavUser } from '../shell/navigation';

/** Where this feature's pages live. Ids only: nothing about a person goes in these paths. */
export const CHECK_IN_PATHS = {
  survivorCheckIns: '/survivor/check-ins',
  survivorCheckIn: (id: string) => `/survivor/check-ins/${id}`,
} as const;

export function checkInsNavItems({ role }: NavUser): NavItem[] {
  return role === 'survivor' ? [{ to: CHECK_IN_PATHS.survivorCheckIns, labelKey: 'checkIns.nav.checkIns' }] : [];
}
