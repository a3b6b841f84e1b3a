import type { NavItem, NavUser } from '../shell/navigation';

/** Where this feature's pages live: filters and pages in the query, ids only, never a name. */
export const OPERATIONS_PATHS = {
  status: '/admin/system',
  accounts: '/admin/accounts',
} as const;

export function operationsNavItems({ role }: NavUser): NavItem[] {
  if (role !== 'admin') return [];
  return [
    { to: OPERATIONS_PATHS.status, labelKey: 'operations.nav.status' },
    { to: OPERATIONS_PATHS.accounts, labelKey: 'operations.nav.accounts' },
  ];
}
