import type { NavItem, NavUser } from '../shell/navigation';
import { VETTING_PATHS, isStaffRole } from './paths';

/** Navigation entries this feature adds for a role, after Home. */
export function vettingNavItems({ role }: NavUser): NavItem[] {
  if (!isStaffRole(role)) return [];
  return [
    { to: VETTING_PATHS.employers(role), labelKey: 'vetting.nav.employers' },
    { to: VETTING_PATHS.concerns(role), labelKey: 'vetting.nav.concerns' },
  ];
}
