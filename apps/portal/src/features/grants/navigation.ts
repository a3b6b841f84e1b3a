import type { Role } from '../../api/types';
import type { NavItem } from '../shell/navigation';
import { GRANT_PATHS, isGrantManagerRole } from './paths';

/**
 * Navigation entries this feature adds for a role, after Home. Members of employer
 * organisations share the `employer` role with funders' members and see this too; the page
 * tells them it is for funders.
 */
export function grantsNavItems(role: Role): NavItem[] {
  return isGrantManagerRole(role) ? [{ to: GRANT_PATHS.list(role), labelKey: 'grants.nav.programmes' }] : [];
}
