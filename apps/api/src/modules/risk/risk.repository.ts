import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RiskLevel, SignalType } from '@onward/shared';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { User } from '../identity/user.entity';
import { returnedRows } from '../../database/returning';
import { FlagEvent } from './flag-event.entity';
import { Flag } from './flag.entity';
import { RiskSignal } from './risk-signal.entity';

export type NewSignal = Pick<RiskSignal, 'survivorId' | 'type' | 'occurredAt' | 'sourceType' | 'sourceId'>;
export type NewFlagEvent = Pick<FlagEvent, 'flagId' | 'type' | 'at'> & Partial<Pick<FlagEvent, 'actorId' | 'level' | 'signalType' | 'note'>>;

export interface SurvivorForFlag {
  id: string;
  organisationId: string;
  caseworkerId: string | null;
}

export interface FlagFilter {
  organisationId: string;
  state: 'active' | 'resolved' | 'all';
  level?: RiskLevel;
  assignedToId?: string;
  survivorId?: string;
  limit: number;
  offset: number;
}

const LEVEL_RANK = `CASE flag.level WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END`;

/** Signals, flags and their history. */
@Injectable()
export class RiskRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records a signal once per source: null when this source already gave this signal. */
  async insertSignal(manager: EntityManager, signal: NewSignal): Promise<RiskSignal | null> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO risk_signals (survivor_id, type, occurred_at, source_type, source_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (survivor_id, type, source_id) WHERE source_id IS NOT NULL DO NOTHING RETURNING id`,
      [signal.survivorId, signal.type, signal.occurredAt, signal.sourceType, signal.sourceId],
    );
    return rows.length ? manager.create(RiskSignal, { ...signal, id: rows[0].id, flagId: null }) : null;
  }

  /**
   * Serialises assessments of one survivor until the transaction ends (two signals at once must
   * not open two flags), without locking the survivor's profile against edits. Null for an
   * erased record too: it takes no new signals (nobody is left to follow up, and the database
   * refuses them), so a scan or an employer's suspension passes it by.
   */
  async lockSurvivor(manager: EntityManager, survivorId: string): Promise<SurvivorForFlag | null> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7))`, [survivorId]);
    const [row] = await manager.query(`SELECT id, organisation_id AS "organisationId", caseworker_id AS "caseworkerId" FROM survivor_profiles WHERE id = $1 AND erased_at IS NULL`, [survivorId]);
    return row ?? null;
  }

  /** Locked: a caseworker's resolve waits for this assessment, and this one for theirs. */
  unresolvedFlagOf(manager: EntityManager, survivorId: string): Promise<Flag | null> {
    return manager
      .createQueryBuilder(Flag, 'flag')
      .where('flag.survivor_id = :survivorId', { survivorId })
      .andWhere(`flag.status <> 'resolved'`)
      .setLock('pessimistic_write')
      .getOne();
  }

  /** The signals an assessment weighs: not yet part of a flag, or part of the unresolved one. */
  countingSignals(manager: EntityManager, survivorId: string, flagId: string | null, since: Date): Promise<RiskSignal[]> {
    const builder = manager
      .createQueryBuilder(RiskSignal, 'signal')
      .where('signal.survivor_id = :survivorId', { survivorId })
      .andWhere('signal.occurred_at >= :since', { since });
    if (flagId) builder.andWhere('(signal.flag_id IS NULL OR signal.flag_id = :flagId)', { flagId });
    else builder.andWhere('signal.flag_id IS NULL');
    return builder.orderBy('signal.occurred_at', 'ASC').getMany();
  }

  createFlag(manager: EntityManager, flag: Omit<Flag, 'id' | 'createdAt' | 'updatedAt'>): Promise<Flag> {
    return manager.save(manager.create(Flag, flag));
  }

  async updateFlag(manager: EntityManager, id: string, change: Partial<Omit<Flag, 'id' | 'survivor' | 'organisation' | 'assignedTo'>>): Promise<void> {
    await manager.update(Flag, { id }, change);
  }

  async attachSignals(manager: EntityManager, signalIds: string[], flagId: string): Promise<void> {
    if (signalIds.length) await manager.update(RiskSignal, { id: In(signalIds) }, { flagId });
  }

  async addEvents(manager: EntityManager, events: NewFlagEvent[]): Promise<void> {
    if (events.length) await manager.insert(FlagEvent, events.map((event) => ({ actorId: null, level: null, signalType: null, note: null, ...event })));
  }

  lockFlag(manager: EntityManager, id: string): Promise<Flag | null> {
    return manager.findOne(Flag, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findFlag(id: string, manager: EntityManager = this.dataSource.manager): Promise<Flag | null> {
    return manager.findOne(Flag, { where: { id }, relations: { survivor: true, assignedTo: true } });
  }

  signalCount(manager: EntityManager, flagId: string): Promise<number> {
    return manager.count(RiskSignal, { where: { flagId } });
  }

  signalsOfFlag(flagId: string): Promise<RiskSignal[]> {
    return this.dataSource.manager.find(RiskSignal, { where: { flagId }, order: { occurredAt: 'ASC' } });
  }

  eventsOfFlag(flagId: string): Promise<FlagEvent[]> {
    return this.dataSource.manager.find(FlagEvent, { where: { flagId }, relations: { actor: true }, order: { sequence: 'ASC' } });
  }

  signalsOfSurvivor(survivorId: string, limit: number): Promise<RiskSignal[]> {
    return this.dataSource.manager.find(RiskSignal, { where: { survivorId }, order: { occurredAt: 'DESC' }, take: limit });
  }

  flagsOfSurvivor(survivorId: string, limit: number): Promise<Flag[]> {
    return this.dataSource.manager.find(Flag, { where: { survivorId }, relations: { survivor: true, assignedTo: true }, order: { openedAt: 'DESC' }, take: limit });
  }

  /** The follow-up queue: overdue first, then by due time, then the more serious first. */
  listFlags(filter: FlagFilter): Promise<[Flag[], number]> {
    const builder = this.dataSource.manager
      .createQueryBuilder(Flag, 'flag')
      .innerJoinAndSelect('flag.survivor', 'survivor')
      .leftJoinAndSelect('flag.assignedTo', 'assignedTo')
      .where('flag.organisation_id = :organisationId', { organisationId: filter.organisationId });
    if (filter.state === 'active') builder.andWhere(`flag.status <> 'resolved'`);
    if (filter.state === 'resolved') builder.andWhere(`flag.status = 'resolved'`);
    if (filter.level) builder.andWhere('flag.level = :level', { level: filter.level });
    if (filter.assignedToId) builder.andWhere('flag.assigned_to_id = :assignedToId', { assignedToId: filter.assignedToId });
    if (filter.survivorId) builder.andWhere('flag.survivor_id = :survivorId', { survivorId: filter.survivorId });
    // Overdue first is due time first: an overdue flag's due time is before every other's. So
    // within one state the order is the due time's, which the queue's and the resolved flags'
    // indexes give without reading every flag of the organisation (the bench, issue 7); only a
    // list of both states must put the resolved last.
    if (filter.state === 'all') builder.orderBy(`CASE WHEN flag.status = 'resolved' THEN 1 ELSE 0 END`, 'ASC');
    // The joins are many-to-one, so LIMIT/OFFSET on the joined rows pages flags exactly.
    return builder
      .addOrderBy('flag.due_at', 'ASC')
      .addOrderBy(LEVEL_RANK, 'DESC')
      .addOrderBy('flag.id', 'ASC')
      .limit(filter.limit)
      .offset(filter.offset)
      .getManyAndCount();
  }

  /** Claims overdue flags nobody has escalated yet; other workers skip the claimed rows. */
  async claimOverdue(manager: EntityManager, now: Date, limit: number): Promise<Array<Pick<Flag, 'id' | 'organisationId' | 'level' | 'dueAt'>>> {
    const result = await manager.query(
      `UPDATE flags SET escalated_at = $1 WHERE id IN (
         SELECT id FROM flags WHERE status <> 'resolved' AND escalated_at IS NULL AND due_at <= $1 ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING id, organisation_id AS "organisationId", level, due_at AS "dueAt"`,
      [now, limit],
    );
    return returnedRows(result);
  }

  /** Caseworkers of an organisation marked as supervisors, still able to sign in. */
  supervisorsOf(manager: EntityManager, organisationId: string): Promise<Array<Pick<User, 'id' | 'email'>>> {
    return manager.find(User, { select: { id: true, email: true }, where: { organisationId, role: 'caseworker', isSupervisor: true, disabledAt: IsNull() } });
  }

  /** Every caseworker of an organisation who can still sign in: told when it has no supervisor. */
  caseworkersOf(manager: EntityManager, organisationId: string): Promise<Array<Pick<User, 'id' | 'email'>>> {
    return manager.find(User, { select: { id: true, email: true }, where: { organisationId, role: 'caseworker', disabledAt: IsNull() } });
  }

  /** A user's address for a notification, when they can still sign in. */
  async activeEmailOf(manager: EntityManager, userId: string): Promise<string | null> {
    const [row] = await manager.query(`SELECT email FROM users WHERE id = $1 AND disabled_at IS NULL`, [userId]);
    return row?.email ?? null;
  }

  /** Survivors working for an employer right now. */
  async survivorsEmployedBy(employerId: string): Promise<string[]> {
    const rows: Array<{ survivor_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT survivor_id FROM placements WHERE employer_id = $1 AND end_date IS NULL ORDER BY survivor_id`,
      [employerId],
    );
    return rows.map((row) => row.survivor_id);
  }

  /**
   * Survivors with no placement now whose latest one ended between `endedAfter` and `endedBy`
   * and has not yet given a no_placement signal (erased records left out): the latest
   * placement's id is the signal's source. The lower bound keeps a first run from flagging everyone whose last job ended years ago.
   */
  async withoutWorkSince(endedAfter: string, endedBy: string, limit: number): Promise<Array<{ survivorId: string; placementId: string }>> {
    return this.dataSource.query(
      `SELECT latest.survivor_id AS "survivorId", latest.id AS "placementId"
         FROM (SELECT DISTINCT ON (survivor_id) survivor_id, id, end_date FROM placements ORDER BY survivor_id, start_date DESC, created_at DESC) latest
        WHERE latest.end_date IS NOT NULL AND latest.end_date <= $1 AND latest.end_date > $3
          AND NOT EXISTS (SELECT 1 FROM placements running WHERE running.survivor_id = latest.survivor_id AND running.end_date IS NULL)
          AND NOT EXISTS (SELECT 1 FROM risk_signals signal WHERE signal.survivor_id = latest.survivor_id AND signal.type = 'no_placement' AND signal.source_id = latest.id)
          -- An erased record takes no signal, so it would come back in every batch.
          AND NOT EXISTS (SELECT 1 FROM survivor_profiles erased WHERE erased.id = latest.survivor_id AND erased.erased_at IS NOT NULL)
        ORDER BY latest.survivor_id
        LIMIT $2`,
      [endedBy, limit, endedAfter],
    );
  }
}

export const signalOf = (type: SignalType, survivorId: string, occurredAt: Date, source: { type: string; id: string | null }): NewSignal => ({
  survivorId,
  type,
  occurredAt,
  sourceType: source.type,
  sourceId: source.id,
});
