import type { NavItem, NavUser } from '../shell/navigation';

/** Where this feature's pages live. Ids only: nothing about a person goes in these paths. */
export const APPLICATION_PATHS = {
  survivorApplications: '/survivor/applications',
  survivorApplication: (id: string) => `/survivor/applications/${id}`,
  survivorWork: '/survivor/work',
  caseworkerApplications: '/caseworker/applications',
  caseworkerApplication: (id: string) => `/caseworker/applications/${id}`,
  caseworkerNewApplication: '/caseworker/applications/new',
  caseworkerPlacements: '/caseworker/placements',
  employerApplications: '/employer/applications',
  employerApplication: (id: string) => `/employer/applications/${id}`,
  employerPlacements: '/employer/placements',
} as const;

/** Survivors and caseworkers get their own entries; of employers, only employer organisations (not funders). */
export function applicationsNavItems({ role, organisation }: NavUser): NavItem[] {
  switch (role) {
    case 'survivor':
      return [
        { to: APPLICATION_PATHS.survivorApplications, labelKey: 'applications.nav.myApplications' },
        { to: APPLICATION_PATHS.survivorWork, labelKey: 'applications.nav.myWork' },
      ];
    case 'caseworker':
      return [
        { to: APPLICATION_PATHS.caseworkerApplications, labelKey: 'applications.nav.applications' },
        { to: APPLICATION_PATHS.caseworkerPlacements, labelKey: 'applications.nav.placements' },
      ];
    case 'employer':
      return organisation.kind === 'employer'
        ? [
            { to: APPLICATION_PATHS.employerApplications, labelKey: 'applications.nav.applications' },
            { to: APPLICATION_PATHS.employerPlacements, labelKey: 'applications.nav.placements' },
          ]
        : [];
    default:
      return [];
  }
}
