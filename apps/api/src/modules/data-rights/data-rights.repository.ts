import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { returnedRows } from '../../database/returning';
import { ApplicationEvent } from '../applications/application-event.entity';
import { Application } from '../applications/application.entity';
import { Session } from '../auth/session.entity';
import { CheckIn } from '../check-ins/check-in.entity';
import { ConcernReport } from '../employers/concern-report.entity';
import { GrantApplicationEvent } from '../grant-applications/grant-application-event.entity';
import { GrantApplication } from '../grant-applications/grant-application.entity';
import { GrantDisbursement } from '../grant-applications/grant-disbursement.entity';
import { GrantMilestone } from '../grant-applications/grant-milestone.entity';
import { Organisation } from '../identity/organisation.entity';
import { Placement } from '../placements/placement.entity';
import { User } from '../identity/user.entity';
import { Invitation } from '../invitations/invitation.entity';
import { FlagEvent } from '../risk/flag-event.entity';
import { Flag } from '../risk/flag.entity';
import { RiskSignal } from '../risk/risk-signal.entity';
import { Consent } from '../survivors/consent.entity';
import { NOTHING_SEALED } from '../survivors/personal-details';
import { EMPTY_PROFILE_DETAILS, SurvivorProfile } from '../survivors/survivor-profile.entity';

export interface EmailRow {
  subject: string;
  status: string;
  createdAt: Date;
  sentAt: Date | null;
}

export interface ActivityRow {
  occurredAt: Date;
  action: string;
  outcome: string;
  clientAddress: string | null;
}

/** What stays of an erased record in place of its words: neutral, and the same for everyone. */
export const ERASED = {
  pseudonym: 'Erased record',
  text: '[erased]',
  displayName: 'Erased account',
  /** A unique address nobody can receive mail at (users.email is unique; .invalid is reserved). */
  email: (userId: string) => `erased-${userId}@erased.invalid`,
};

const OPEN_APPLICATION_STATUSES = ['submitted', 'shared', 'interview', 'offer'];
const OPEN_GRANT_APPLICATION_STATUSES = ['submitted', 'in_review'];

/**
 * Reads everything held about one survivor, and erases it. Both span the aggregates of several
 * modules on purpose: an export or an erasure that asked each module in turn would be as
 * complete as the last module someone remembered, and the erasure must be one transaction.
 */
@Injectable()
export class DataRightsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get manager(): EntityManager {
    return this.dataSource.manager;
  }

  organisation(id: string): Promise<Organisation | null> {
    return this.manager.findOne(Organisation, { where: { id } });
  }

  account(userId: string): Promise<User | null> {
    return this.manager.findOne(User, { where: { id: userId } });
  }

  sessions(userId: string): Promise<Session[]> {
    return this.manager.find(Session, { where: { userId }, order: { createdAt: 'ASC' } });
  }

  invitations(survivorId: string): Promise<Invitation[]> {
    return this.manager.find(Invitation, { where: { survivorId }, order: { createdAt: 'ASC' } });
  }

  consents(survivorId: string): Promise<Consent[]> {
    return this.manager.find(Consent, { where: { survivorId }, relations: { employer: true }, order: { grantedAt: 'ASC', id: 'ASC' } });
  }

  applications(survivorId: string): Promise<Application[]> {
    return this.manager.find(Application, { where: { survivorId }, relations: { job: true, employer: true }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  applicationEvents(applicationIds: string[]): Promise<ApplicationEvent[]> {
    return applicationIds.length ? this.manager.find(ApplicationEvent, { where: { applicationId: In(applicationIds) }, order: { sequence: 'ASC' } }) : Promise.resolve([]);
  }

  placements(survivorId: string): Promise<Placement[]> {
    return this.manager.find(Placement, { where: { survivorId }, relations: { job: true, employer: true }, order: { startDate: 'ASC', id: 'ASC' } });
  }

  grantApplications(survivorId: string): Promise<GrantApplication[]> {
    return this.manager.find(GrantApplication, { where: { survivorId }, relations: { programme: { funder: true } }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async grantApplicationParts(ids: string[]): Promise<{ events: GrantApplicationEvent[]; milestones: GrantMilestone[]; disbursements: GrantDisbursement[] }> {
    if (!ids.length) return { events: [], milestones: [], disbursements: [] };
    const where = { grantApplicationId: In(ids) };
    const [events, milestones, disbursements] = await Promise.all([
      this.manager.find(GrantApplicationEvent, { where, order: { sequence: 'ASC' } }),
      this.manager.find(GrantMilestone, { where, order: { position: 'ASC' } }),
      this.manager.find(GrantDisbursement, { where, order: { paidOn: 'ASC', id: 'ASC' } }),
    ]);
    return { events, milestones, disbursements };
  }

  checkIns(survivorId: string): Promise<CheckIn[]> {
    return this.manager.find(CheckIn, { where: { survivorId }, order: { dueOn: 'ASC', dayOffset: 'ASC', id: 'ASC' } });
  }

  riskSignals(survivorId: string): Promise<RiskSignal[]> {
    return this.manager.find(RiskSignal, { where: { survivorId }, order: { occurredAt: 'ASC', id: 'ASC' } });
  }

  flags(survivorId: string): Promise<Flag[]> {
    return this.manager.find(Flag, { where: { survivorId }, order: { openedAt: 'ASC', id: 'ASC' } });
  }

  flagEvents(flagIds: string[]): Promise<FlagEvent[]> {
    return flagIds.length ? this.manager.find(FlagEvent, { where: { flagId: In(flagIds) }, order: { sequence: 'ASC' } }) : Promise.resolve([]);
  }

  concernReports(userId: string): Promise<ConcernReport[]> {
    return this.manager.find(ConcernReport, { where: { reporterUserId: userId }, relations: { employer: true }, order: { reportedAt: 'ASC', id: 'ASC' } });
  }

  /** Emails to any of the addresses (compared without case): subject and dates, never the body. */
  emailsTo(addresses: string[]): Promise<EmailRow[]> {
    if (!addresses.length) return Promise.resolve([]);
    return this.manager.query(
      `SELECT subject, status, created_at AS "createdAt", sent_at AS "sentAt" FROM outbound_emails WHERE lower(to_address) = ANY($1::text[]) ORDER BY created_at, id`,
      [addresses],
    );
  }

  /** What the audit trail records the person doing, or being refused (a failed sign-in names the account). */
  activityOf(userId: string): Promise<ActivityRow[]> {
    return this.manager.query(
      `SELECT occurred_at AS "occurredAt", action, outcome, client_address AS "clientAddress" FROM audit_events
        WHERE actor_user_id = $1 OR (subject_type = 'user' AND subject_id = $1::text)
        ORDER BY occurred_at, id`,
      [userId],
    );
  }

  organisationsByIds(ids: string[]): Promise<Organisation[]> {
    return ids.length ? this.manager.find(Organisation, { where: { id: In(ids) } }) : Promise.resolve([]);
  }

  // ---- Erasure: every statement below runs in the caller's transaction. ----

  /** The addresses mail to the survivor went to: their account, their invitations, the one in their personal details. */
  async addressesOf(manager: EntityManager, survivorId: string, userId: string | null, personalEmail: string | null): Promise<string[]> {
    const rows: Array<{ email: string }> = await manager.query(
      `SELECT email FROM users WHERE id = $1 UNION SELECT email FROM invitations WHERE survivor_id = $2`,
      [userId, survivorId],
    );
    return [...new Set([...rows.map((row) => row.email), ...(personalEmail ? [personalEmail] : [])].map((email) => email.toLowerCase()))];
  }

  async hasOpenFlag(manager: EntityManager, survivorId: string): Promise<boolean> {
    const [row] = await manager.query(`SELECT EXISTS (SELECT 1 FROM flags WHERE survivor_id = $1 AND status <> 'resolved') AS open`, [survivorId]);
    return row.open;
  }

  async markErasureRequested(manager: EntityManager, survivorId: string, at: Date): Promise<void> {
    await manager.update(SurvivorProfile, { id: survivorId }, { erasureRequestedAt: at });
  }

  /** Open applications are withdrawn (an erased person cannot be interviewed or hired), each step recorded; their words blanked. */
  async eraseApplications(manager: EntityManager, survivorId: string, actor: { id: string; role: string }, at: Date): Promise<void> {
    const withdrawn = await this.withdrawOpen(manager, 'applications', survivorId, OPEN_APPLICATION_STATUSES, at);
    if (withdrawn.length) {
      await manager.insert(
        ApplicationEvent,
        withdrawn.map((row) => ({ applicationId: row.id, fromStatus: row.from as ApplicationEvent['fromStatus'], toStatus: 'withdrawn' as const, actorUserId: actor.id, actorRole: actor.role, note: null, occurredAt: at })),
      );
    }
    await manager.query(`UPDATE applications SET message = NULL, survivor_agreement = NULL WHERE survivor_id = $1`, [survivorId]);
    await manager.query(`UPDATE application_events SET note = NULL WHERE note IS NOT NULL AND application_id IN (SELECT id FROM applications WHERE survivor_id = $1)`, [survivorId]);
  }

  /** Placements stay as they are (retention counts them), without the note on their end. */
  async erasePlacements(manager: EntityManager, survivorId: string): Promise<void> {
    await manager.query(`UPDATE placements SET end_note = NULL WHERE survivor_id = $1 AND end_note IS NOT NULL`, [survivorId]);
  }

  /**
   * Check-ins keep their dates, statuses and yes/no answers; their notes go. Those not yet
   * answered nor missed are cancelled: nobody will answer them, and the scan would otherwise
   * turn each into a missed check-in and a follow-up about nobody.
   */
  async eraseCheckIns(manager: EntityManager, survivorId: string): Promise<void> {
    await manager.query(`UPDATE check_ins SET note = NULL WHERE survivor_id = $1 AND note IS NOT NULL`, [survivorId]);
    await manager.query(`UPDATE check_ins SET status = 'cancelled' WHERE survivor_id = $1 AND status IN ('scheduled', 'due')`, [survivorId]);
  }

  /** Open grant applications are withdrawn; awarded ones keep their dates and amounts (grant retention counts them); every text goes. */
  async eraseGrantApplications(manager: EntityManager, survivorId: string, actor: { id: string; role: string }, at: Date): Promise<void> {
    const withdrawn = await this.withdrawOpen(manager, 'grant_applications', survivorId, OPEN_GRANT_APPLICATION_STATUSES, at);
    if (withdrawn.length) {
      await manager.insert(
        GrantApplicationEvent,
        withdrawn.map((row) => ({ grantApplicationId: row.id, fromStatus: row.from as GrantApplicationEvent['fromStatus'], toStatus: 'withdrawn' as const, actorUserId: actor.id, actorRole: actor.role, note: null, occurredAt: at })),
      );
    }
    const ofSurvivor = `grant_application_id IN (SELECT id FROM grant_applications WHERE survivor_id = $1)`;
    await manager.query(`UPDATE grant_applications SET business_plan = $2, decision_note = NULL WHERE survivor_id = $1`, [survivorId, ERASED.text]);
    await manager.query(`UPDATE grant_application_events SET note = NULL WHERE note IS NOT NULL AND ${ofSurvivor}`, [survivorId]);
    await manager.query(`UPDATE grant_milestones SET title = $2, status_note = NULL WHERE ${ofSurvivor}`, [survivorId, ERASED.text]);
    await manager.query(`UPDATE grant_disbursements SET reference = NULL WHERE reference IS NOT NULL AND ${ofSurvivor}`, [survivorId]);
  }

  /** Flags keep their levels, states and history; the case notes go. */
  async eraseFlagNotes(manager: EntityManager, survivorId: string): Promise<void> {
    await manager.query(`UPDATE flag_events SET note = NULL WHERE note IS NOT NULL AND flag_id IN (SELECT id FROM flags WHERE survivor_id = $1)`, [survivorId]);
  }

  async revokeConsents(manager: EntityManager, survivorId: string, at: Date): Promise<void> {
    await manager.query(`UPDATE consents SET revoked_at = $2 WHERE survivor_id = $1 AND revoked_at IS NULL`, [survivorId, at]);
  }

  /** A concern the survivor reported stays on the employer's record (its category and outcome), no longer theirs and without their words. */
  async eraseConcernReports(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`UPDATE concern_reports SET details = $2, reporter_user_id = NULL WHERE reporter_user_id = $1`, [userId, ERASED.text]);
  }

  /** Invitations hold an address: all of the survivor's go, used or not. */
  async deleteInvitations(manager: EntityManager, survivorId: string, addresses: string[]): Promise<void> {
    await manager.query(`DELETE FROM invitations WHERE survivor_id = $1 OR lower(email) = ANY($2::text[])`, [survivorId, addresses]);
  }

  /**
   * Emails to the survivor hold their address and text: deleted, sent or not, with the jobs that
   * would send them. pg-boss keeps its jobs in the same database (schema pgboss, dead letters
   * and the archive included), so they go in this transaction; a worker holding one finds its
   * email gone and skips it.
   */
  async deleteEmailsTo(manager: EntityManager, addresses: string[]): Promise<number> {
    const rows: Array<{ id: string }> = await manager.query(`SELECT id FROM outbound_emails WHERE lower(to_address) = ANY($1::text[]) FOR UPDATE`, [addresses]);
    const ids = rows.map((row) => row.id);
    if (!ids.length) return 0;
    for (const table of ['pgboss.job', 'pgboss.archive']) {
      await manager.query(`DELETE FROM ${table} WHERE name IN ('email.send', 'email.send.dead') AND data->>'emailId' = ANY($1::text[])`, [ids]);
    }
    await manager.query(`DELETE FROM outbound_emails WHERE id = ANY($1::uuid[])`, [ids]);
    return ids.length;
  }

  /** The account can never sign in again and says nothing about whose it was; its sessions end, and the answers kept for its retries go. */
  async disableAccount(manager: EntityManager, userId: string, at: Date): Promise<void> {
    await manager.query(`DELETE FROM sessions WHERE user_id = $1`, [userId]);
    await manager.query(`DELETE FROM idempotency_keys WHERE user_id = $1`, [userId]);
    await manager.query(`DELETE FROM password_resets WHERE user_id = $1`, [userId]);
    await manager.query(
      `UPDATE users SET email = $2, display_name = $3, password_hash = '', is_supervisor = false, disabled_at = coalesce(disabled_at, $4), updated_at = $4 WHERE id = $1`,
      [userId, ERASED.email(userId), ERASED.displayName, at],
    );
  }

  /** Last: after this the database refuses any change to the record. */
  async eraseProfile(manager: EntityManager, survivorId: string, reason: string, at: Date): Promise<void> {
    await manager.update(SurvivorProfile, { id: survivorId }, {
      pseudonym: ERASED.pseudonym,
      sealedPersonal: NOTHING_SEALED,
      personalKeyId: NOTHING_SEALED,
      ...EMPTY_PROFILE_DETAILS,
      erasedAt: at,
      erasureReason: reason,
    });
  }

  /** Withdraws the survivor's rows of `table` still in one of `open`; each with the status it left. */
  private async withdrawOpen(manager: EntityManager, table: 'applications' | 'grant_applications', survivorId: string, open: readonly string[], at: Date): Promise<Array<{ id: string; from: string }>> {
    return returnedRows(
      await manager.query(
        `UPDATE ${table} t SET status = 'withdrawn', status_changed_at = $3 FROM ${table} old
          WHERE t.id = old.id AND t.survivor_id = $1 AND t.status = ANY($2::text[])
          RETURNING t.id, old.status AS "from"`,
        [survivorId, open, at],
      ),
    );
  }
}
