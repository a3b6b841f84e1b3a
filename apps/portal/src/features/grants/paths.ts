import type { Role } from '../../api/types';

/** The roles that run grant programmes: staff for any funder, a funder's members for their own. */
export type GrantManagerRole = Extract<Role, 'caseworker' | 'admin' | 'employer'>;
export const GRANT_MANAGER_ROLES: readonly GrantManagerRole[] = ['caseworker', 'admin', 'employer'];

export function isGrantManagerRole(role: Role): role is GrantManagerRole {
  return (GRANT_MANAGER_ROLES as readonly Role[]).includes(role);
}

/** Each role reaches grant programmes under its own home. */
export const GRANT_PATHS = {
  list: (role: GrantManagerRole) => `/${role}/grants`,
  create: (role: GrantManagerRole) => `/${role}/grants/new`,
  programme: (role: GrantManagerRole, id: string) => `/${role}/grants/${id}`,
};
