/** The roles a user can hold. A user has exactly one. */
export const ROLES = ['survivor', 'employer', 'caseworker', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What an organisation is. Survivors and caseworkers belong to a service provider. */
export const ORGANISATION_KINDS = ['service_provider', 'employer', 'funder'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Which organisation kinds each role may belong to. */
export const ROLE_ORGANISATION_KINDS: Record<Role, readonly OrganisationKind[]> = {
  survivor: ['service_provider'],
  caseworker: ['service_provider'],
  employer: ['employer', 'funder'],
  admin: ['service_provider', 'employer', 'funder'],
};

/** Roles that a caseworker may invite; admins may invite any role. */
export const CASEWORKER_INVITABLE_ROLES: readonly Role[] = ['survivor'];

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Caseworkers and admins: the staff who vet employers and run grant programmes for anyone. */
export const isStaffRole = (role: Role): boolean => role === 'caseworker' || role === 'admin';
