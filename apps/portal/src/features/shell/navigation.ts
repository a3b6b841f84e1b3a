import type { Role } from '../../api/types';

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

export interface NavItem {
  to: string;
  labelKey: 'nav.home' | 'nav.invite';
}

/** Only what exists today; each feature adds its own entry when it lands. */
export function navItemsFor(role: Role): NavItem[] {
  const items: NavItem[] = [{ to: homePathFor(role), labelKey: 'nav.home' }];
  if (role === 'caseworker' || role === 'admin') items.push({ to: INVITE_PATHS[role], labelKey: 'nav.invite' });
  return items;
}
