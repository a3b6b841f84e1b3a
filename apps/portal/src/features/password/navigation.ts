import type { NavItem } from '../shell/navigation';

/**
 * `reset` is the path of the link the API emails (`${PUBLIC_URL}/reset-password#<token>`).
 * Nothing about the person goes in these paths.
 */
export const PASSWORD_PATHS = {
  forgot: '/forgot-password',
  reset: '/reset-password',
  change: '/account/password',
} as const;

/** The same for every role: a signed-in person's own account. */
export function passwordNavItems(): NavItem[] {
  return [{ to: PASSWORD_PATHS.change, labelKey: 'password.nav.change' }];
}
