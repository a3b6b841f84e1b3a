import { isStaffRole } from '@onward/shared';
import { Actor } from './request-context';

/**
 * Who may act on a record an organisation owns (an employer's jobs, a funder's grant
 * programmes): its own members, and staff (caseworkers and admins), who vet employers and run
 * programmes for every organisation. A survivor's records have their own rule, stricter, in
 * SurvivorAccess (the survivor and their own organisation's caseworkers only; employers through
 * a consent). Services ask one or the other; controllers never decide.
 */
export const OrganisationAccess = {
  /** Staff, or a member of the organisation that owns the record. */
  mayManage(actor: Actor, ownerOrganisationId: string): boolean {
    return isStaffRole(actor.role) || ownerOrganisationId === actor.organisationId;
  },

  /** Whose records a list shows: staff choose (or see all); anyone else sees their own organisation's, whatever they asked for. */
  listScope(actor: Actor, requested: string | undefined): string | undefined {
    return isStaffRole(actor.role) ? requested : actor.organisationId;
  },

  isStaff(actor: Actor): boolean {
    return isStaffRole(actor.role);
  },
};
