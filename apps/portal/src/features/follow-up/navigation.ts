import type { NavItem, NavUser } from '../shell/navigation';

/** Where this feature's pages live. Ids only: nothing about a person goes in these paths. */
export const FOLLOW_UP_PATHS = {
  queue: '/caseworker/flags',
  flag: (id: string) => `/caseworker/flags/${id}`,
  timeline: (survivorId: string) => `/caseworker/survivors/${survivorId}/timeline`,
} as const;

export function followUpNavItems({ role }: NavUser): NavItem[] {
  return role === 'caseworker' ? [{ to: FOLLOW_UP_PATHS.queue, labelKey: 'followUp.nav.queue' }] : [];
}
