import type { NavItem, NavUser } from '../shell/navigation';
import { EMPLOYER_PATHS } from './paths';

/** Members of employer organisations (not of funders, who share the role) get these. */
export function employersNavItems({ role, organisation }: NavUser): NavItem[] {
  if (role !== 'employer' || organisation.kind !== 'employer') return [];
  return [
    { to: EMPLOYER_PATHS.organisation, labelKey: 'employers.nav.organisation' },
    { to: EMPLOYER_PATHS.jobs, labelKey: 'employers.nav.jobs' },
  ];
}
