import type { Role } from '../../api/types';

/** Caseworkers and admins both vet; each reaches the pages under their own home. */
export type StaffRole = Extract<Role, 'caseworker' | 'admin'>;
export const STAFF_ROLES: readonly StaffRole[] = ['caseworker', 'admin'];

export function isStaffRole(role: Role): role is StaffRole {
  return (STAFF_ROLES as readonly Role[]).includes(role);
}

export const VETTING_PATHS = {
  employers: (role: StaffRole) => `/${role}/employers`,
  employer: (role: StaffRole, id: string) => `/${role}/employers/${id}`,
  concerns: (role: StaffRole) => `/${role}/concerns`,
};
