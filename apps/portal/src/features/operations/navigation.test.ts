import { ROLES } from '@onward/shared';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n';
import { navItemsFor } from '../shell/navigation';
import { OPERATIONS_PATHS } from './navigation';

const paths = (role: (typeof ROLES)[number]) => navItemsFor({ role, organisation: { kind: role === 'employer' ? 'employer' : 'service_provider' } }).map((item) => item.to);

describe('operations navigation', () => {
  it('offers admins the system status and the organisations and users pages, before invitations', () => {
    expect(paths('admin').slice(-3)).toEqual([OPERATIONS_PATHS.status, OPERATIONS_PATHS.accounts, '/admin/invite']);
  });

  it('offers them to no other role', () => {
    for (const role of ROLES.filter((role) => role !== 'admin')) expect(paths(role).filter((path) => Object.values(OPERATIONS_PATHS).includes(path as never))).toEqual([]);
  });

  it('names them in every language', () => {
    for (const language of ['en', 'es', 'ar']) {
      for (const key of ['operations.nav.status', 'operations.nav.accounts'] as const) expect(i18n.getFixedT(language)(key)).not.toBe(key);
    }
  });
});
