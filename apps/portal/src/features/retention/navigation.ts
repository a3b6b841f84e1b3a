import type { NavItem, NavUser } from '../shell/navigation';

/** Where this feature's pages live. Ids only: nothing about a person goes in these paths. */
export const RETENTION_PATHS = {
  caseworkerOutcomes: '/caseworker/outcomes',
  adminOutcomes: '/admin/outcomes',
} as const;

export function retentionNavItems({ role }: NavUser): NavItem[] {
  if (role === 'caseworker') return [{ to: RETENTION_PATHS.caseworkerOutcomes, labelKey: 'retention.nav.outcomes' }];
  if (role === 'admin') return [{ to: RETENTION_PATHS.adminOutcomes, labelKey: 'retention.nav.outcomes' }];
  return [];
}
