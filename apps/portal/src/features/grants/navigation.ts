import type { NavItem, NavUser } from '../shell/navigation';
import { GRANT_PATHS, isGrantManagerRole } from './paths';

/** Staff, and members of funders (not of employers, who share the role), run grant programmes. */
export function grantsNavItems({ role, organisation }: NavUser): NavItem[] {
  if (!isGrantManagerRole(role) || (role === 'employer' && organisation.kind !== 'funder')) return [];
  return [{ to: GRANT_PATHS.list(role), labelKey: 'grants.nav.programmes' }];
}
