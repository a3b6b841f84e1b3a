import { Inject, Injectable } from '@nestjs/common';
import { ROLES } from '@onward/shared';
import { Clock } from '../../common/clock/clock';
import { Actor } from '../../common/security/request-context';
import { PAGE_LIMIT_DEFAULT } from '../../common/validation/page-query';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { OrganisationOverviewPageDto, OrganisationOverviewQuery, UserCountsDto, UserOverviewPageDto, UserOverviewQuery } from './dto/directory.dto';
import { DirectoryRepository, RoleCountRow } from './directory.repository';

/**
 * Organisations and accounts as an admin manages them.
 *
 * What an admin sees of a survivor's account: that it exists, its organisation, whether it can
 * sign in, when it last did, how many sessions it has, and its id; never its email or display
 * name (the name a survivor chose can be their real one), nor the pseudonym of the profile it
 * belongs to. DESIGN.md gives a survivor's identity to the survivor and their own organisation's
 * caseworkers only, and SECURITY.md counts a curious or compromised staff member, admins
 * included, among the attackers: every survivor route already tells an admin "not found". An
 * admin still has to act on the account: a "lost phone" call (end its sessions) or stopping it
 * from signing in (disable) go through the existing routes by the account's id, found here by
 * organisation, role, status, last sign-in and live sessions. Who the account belongs to is for
 * the caseworker who took the call to know, not the admin. (A caseworker's view of a survivor
 * does not show the account's id yet: a reference they could read out would make that call
 * exact.) Nothing shown here is new to an admin: the audit trail they search already names
 * accounts by id, with their sign-ins.
 * Staff, employer and funder accounts are shown with email and name, which managing them needs.
 */
@Injectable()
export class DirectoryService {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async organisations(query: OrganisationOverviewQuery): Promise<OrganisationOverviewPageDto> {
    const limit = query.limit ?? PAGE_LIMIT_DEFAULT;
    const offset = query.offset ?? 0;
    const { rows, total } = await this.directory.organisations({ kind: query.kind, q: query.q || undefined }, limit, offset);
    const counts = await this.directory.roleCounts(rows.map((row) => row.id));
    return {
      items: rows.map((row) => ({
        id: row.id,
        name: row.name,
        kind: row.kind,
        createdAt: new Date(row.createdAt).toISOString(),
        vetting: row.kind === 'employer' && row.vettingStatus ? { status: row.vettingStatus, vettedUntil: row.vettedUntil ? new Date(row.vettedUntil).toISOString() : null } : null,
        users: userCounts(counts.filter((count) => count.organisationId === row.id)),
      })),
      total,
      limit,
      offset,
    };
  }

  /** The list of accounts is a read of staff members' personal data (their addresses): recorded. */
  async users(actor: Actor, query: UserOverviewQuery, clientAddress: string): Promise<UserOverviewPageDto> {
    const limit = query.limit ?? PAGE_LIMIT_DEFAULT;
    const offset = query.offset ?? 0;
    const now = this.clock.now();
    const idleSince = new Date(now.getTime() - this.config.session.idleMinutes * 60_000);
    const { rows, total } = await this.directory.users({ organisationId: query.organisationId, role: query.role, status: query.status }, limit, offset, { now, idleSince });
    await this.audit.record({
      action: 'user.list',
      outcome: 'success',
      actor,
      ...(query.organisationId ? { subjectType: 'organisation', subjectId: query.organisationId } : {}),
      clientAddress,
    });
    return {
      items: rows.map((row) => ({
        id: row.id,
        role: row.role,
        organisation: { id: row.organisationId, name: row.organisationName, kind: row.organisationKind },
        email: row.role === 'survivor' ? null : row.email,
        displayName: row.role === 'survivor' ? null : row.displayName,
        identityHidden: row.role === 'survivor',
        isSupervisor: row.isSupervisor,
        disabledAt: row.disabledAt ? new Date(row.disabledAt).toISOString() : null,
        createdAt: new Date(row.createdAt).toISOString(),
        lastSignInAt: row.lastSignInAt ? new Date(row.lastSignInAt).toISOString() : null,
        activeSessions: row.activeSessions,
      })),
      total,
      limit,
      offset,
    };
  }
}

function userCounts(rows: RoleCountRow[]): UserCountsDto {
  const counts: UserCountsDto = { survivor: 0, employer: 0, caseworker: 0, admin: 0, disabled: 0 };
  for (const row of rows) {
    if ((ROLES as readonly string[]).includes(row.role)) counts[row.role] += row.accounts;
    counts.disabled += row.disabled;
  }
  return counts;
}
