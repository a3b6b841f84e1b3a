import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationKind, Role, VettingStatus } from '@onward/shared';
import { DataSource } from 'typeorm';
import { AccountStatus } from './dto/directory.dto';

export interface OrganisationRow {
  id: string;
  name: string;
  kind: OrganisationKind;
  createdAt: Date;
  vettingStatus: VettingStatus | null;
  vettedUntil: Date | null;
}

export interface RoleCountRow {
  organisationId: string;
  role: Role;
  accounts: number;
  disabled: number;
}

export interface UserRow {
  id: string;
  role: Role;
  /** null for survivors: the query never reads their address or name. */
  email: string | null;
  displayName: string | null;
  isSupervisor: boolean;
  disabledAt: Date | null;
  createdAt: Date;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  lastSignInAt: Date | null;
  activeSessions: number;
}

export interface UserFilter {
  organisationId?: string;
  role?: Role;
  status?: AccountStatus;
}

/** Organisations and accounts for the admin's page. Filters are fixed columns with bound values. */
@Injectable()
export class DirectoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async organisations(filter: { kind?: OrganisationKind; q?: string }, limit: number, offset: number): Promise<{ rows: OrganisationRow[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.kind) where.push(`o.kind = $${params.push(filter.kind)}`);
    if (filter.q) where.push(`o.name ILIKE $${params.push(`%${escapeLike(filter.q)}%`)} ESCAPE '\\'`);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `SELECT o.id, o.name, o.kind, o.created_at AS "createdAt", e.vetting_status AS "vettingStatus", e.vetted_until AS "vettedUntil"
           FROM organisations o LEFT JOIN employer_profiles e ON e.organisation_id = o.id
           ${clause}
          ORDER BY lower(o.name), o.id
          LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
        [...params, limit, offset],
      ) as Promise<OrganisationRow[]>,
      this.dataSource.query(`SELECT count(*)::int AS total FROM organisations o ${clause}`, params) as Promise<Array<{ total: number }>>,
    ]);
    return { rows, total };
  }

  /** Accounts by role (and how many are disabled) in these organisations: counts, one pass over users. */
  roleCounts(organisationIds: string[]): Promise<RoleCountRow[]> {
    if (!organisationIds.length) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT organisation_id AS "organisationId", role, count(*)::int AS accounts, count(*) FILTER (WHERE disabled_at IS NOT NULL)::int AS disabled
         FROM users WHERE organisation_id = ANY($1::uuid[]) GROUP BY 1, 2`,
      [organisationIds],
    );
  }

  /**
   * Accounts, newest first. Survivors' email and display name are never selected (see
   * DirectoryService); the order is by creation, not by name, so it says nothing about a
   * hidden name either.
   */
  async users(filter: UserFilter, limit: number, offset: number, liveSince: { now: Date; idleSince: Date }): Promise<{ rows: UserRow[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.organisationId) where.push(`u.organisation_id = $${params.push(filter.organisationId)}`);
    if (filter.role) where.push(`u.role = $${params.push(filter.role)}`);
    if (filter.status === 'active') where.push('u.disabled_at IS NULL');
    if (filter.status === 'disabled') where.push('u.disabled_at IS NOT NULL');
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const now = params.length + 1;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `SELECT u.id, u.role,
                CASE WHEN u.role = 'survivor' THEN NULL ELSE u.email END AS email,
                CASE WHEN u.role = 'survivor' THEN NULL ELSE u.display_name END AS "displayName",
                u.is_supervisor AS "isSupervisor", u.disabled_at AS "disabledAt", u.created_at AS "createdAt",
                o.id AS "organisationId", o.name AS "organisationName", o.kind AS "organisationKind",
                (SELECT max(a.occurred_at) FROM audit_events a
                  WHERE a.actor_user_id = u.id AND a.action = 'auth.login' AND a.outcome = 'success') AS "lastSignInAt",
                (SELECT count(*)::int FROM sessions s
                  WHERE s.user_id = u.id AND s.expires_at > $${now} AND s.last_seen_at > $${now + 1}) AS "activeSessions"
           FROM users u JOIN organisations o ON o.id = u.organisation_id
           ${clause}
          ORDER BY u.created_at DESC, u.id
          LIMIT $${now + 2} OFFSET $${now + 3}`,
        [...params, liveSince.now, liveSince.idleSince, limit, offset],
      ) as Promise<UserRow[]>,
      this.dataSource.query(`SELECT count(*)::int AS total FROM users u ${clause}`, params) as Promise<Array<{ total: number }>>,
    ]);
    return { rows, total };
  }
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
