import type { ParseKeys } from 'i18next';
import type { OrganisationKind } from '@onward/shared';
import type { Role } from '../../api/types';
import { employersNavItems } from '../employers/navigation';
import { grantsNavItems } from '../grants/navigation';
import { opportunitiesNavItems } from '../opportunities/navigation';
import { vettingNavItems } from '../vetting/navigation';
import { profileNavItems } from '../profile/navigation';
import { caseloadNavItems } from '../caseload/navigation';
import { applicationsNavItems } from '../applications/navigation';
import { grantApplicationsNavItems } from '../grant-applications/navigation';
import { followUpNavItems } from '../follow-up/navigation';
import { retentionNavItems } from '../retention/navigation';
import { checkInsNavItems } from '../check-ins/navigation';
import { passwordNavItems } from '../password/navigation';
import { operationsNavItems } from '../operations/navigation';

export const ROLE_HOME_PATHS = {
  survivor: '/survivor',
  employer: '/employer',
  caseworker: '/caseworker',
  admin: '/admin',
} as const satisfies Record<Role, string>;

export const INVITE_PATHS = {
  caseworker: '/caseworker/invite',
  admin: '/admin/invite',
} as const satisfies Partial<Record<Role, string>>;

export const SIGN_IN_PATH = '/sign-in';

export function homePathFor(role: Role): string {
  return ROLE_HOME_PATHS[role];
}

/** Where to send a user who opened a page meant for `pageRole`; null when they may stay. */
export function redirectForRole(userRole: Role, pageRole: Role): string | null {
  return userRole === pageRole ? null : homePathFor(userRole);
}

/** Who the navigation is for: the role, and for the `employer` role the organisation's kind. */
export interface NavUser {
  role: Role;
  organisation: { kind: OrganisationKind };
}

export interface NavItem {
  to: string;
  labelKey: ParseKeys;
}

/** Home first, then each feature's own entries, then invitations. */
export function navItemsFor(user: NavUser): NavItem[] {
  const { role } = user;
  const items: NavItem[] = [
    { to: homePathFor(role), labelKey: 'nav.home' },
    ...checkInsNavItems(user),
    ...followUpNavItems(user),
    ...opportunitiesNavItems(user),
    ...employersNavItems(user),
    ...vettingNavItems(user),
    ...grantsNavItems(user),
    ...profileNavItems(user),
    ...caseloadNavItems(user),
    ...applicationsNavItems(user),
    ...grantApplicationsNavItems(user),
    ...retentionNavItems(user),
    ...operationsNavItems(user),
  ];
  if (role === 'caseworker' || role === 'admin') items.push({ to: INVITE_PATHS[role], labelKey: 'nav.invite' });
  return items;
}

/** The person's own account, the same for every role: shown apart, below the role's entries. */
export function accountNavItems(): NavItem[] {
  return [...passwordNavItems()];
}
