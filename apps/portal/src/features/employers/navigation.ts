import type { Role } from '../../api/types';
import type { NavItem } from '../shell/navigation';
import { EMPLOYER_PATHS } from './paths';

/**
 * Navigation entries this feature adds for a role, after Home. Members of funders share the
 * `employer` role and see these too; the pages tell them they are for employers.
 */
export function employersNavItems(role: Role): NavItem[] {
  if (role !== 'employer') return [];
  return [
    { to: EMPLOYER_PATHS.organisation, labelKey: 'employers.nav.organisation' },
    { to: EMPLOYER_PATHS.jobs, labelKey: 'employers.nav.jobs' },
  ];
}
