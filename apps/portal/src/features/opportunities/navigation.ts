import type { NavItem, NavUser } from '../shell/navigation';

/** Where the survivor's search and detail pages live. Search terms never go in these paths. */
export const OPPORTUNITY_PATHS = {
  search: '/survivor/opportunities',
  job: (id: string) => `/survivor/opportunities/jobs/${encodeURIComponent(id)}`,
  grant: (id: string) => `/survivor/opportunities/grants/${encodeURIComponent(id)}`,
} as const;

/** Navigation entries this feature adds for a role, after Home. */
export function opportunitiesNavItems({ role }: NavUser): NavItem[] {
  return role === 'survivor' ? [{ to: OPPORTUNITY_PATHS.search, labelKey: 'opportunities.nav' }] : [];
}
