import type { NavItem, NavUser } from '../shell/navigation';

/** A caseworker's pages about the people their organisation serves. */
export const CASELOAD_PATHS = {
  survivors: '/caseworker/survivors',
  newSurvivor: '/caseworker/survivors/new',
  survivor: (id: string) => `/caseworker/survivors/${id}`,
  candidates: '/caseworker/candidates',
  jobCandidates: (jobId: string) => `/caseworker/jobs/${jobId}/candidates`,
};

/** Only caseworkers keep profiles: admins run the platform, not a caseload. */
export function caseloadNavItems({ role }: NavUser): NavItem[] {
  if (role !== 'caseworker') return [];
  return [
    { to: CASELOAD_PATHS.survivors, labelKey: 'caseload.nav.people' },
    { to: CASELOAD_PATHS.candidates, labelKey: 'caseload.nav.candidates' },
  ];
}
