import type { NavItem, NavUser } from '../shell/navigation';

/** Where this feature's pages live. Ids only: nothing about a person goes in these paths. */
export const GRANT_APPLICATION_PATHS = {
  survivorList: '/survivor/grant-applications',
  survivorApplication: (id: string) => `/survivor/grant-applications/${encodeURIComponent(id)}`,
  caseworkerList: '/caseworker/grant-applications',
  caseworkerNew: '/caseworker/grant-applications/new',
  caseworkerApplication: (id: string) => `/caseworker/grant-applications/${encodeURIComponent(id)}`,
} as const;

/** The survivor follows their own applications; their caseworkers decide and pay out. */
export function grantApplicationsNavItems({ role }: NavUser): NavItem[] {
  switch (role) {
    case 'survivor':
      return [{ to: GRANT_APPLICATION_PATHS.survivorList, labelKey: 'grantApplications.nav.mine' }];
    case 'caseworker':
      return [{ to: GRANT_APPLICATION_PATHS.caseworkerList, labelKey: 'grantApplications.nav.caseworker' }];
    default:
      return [];
  }
}
