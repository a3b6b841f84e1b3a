import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { returnedRows } from '../../database/returning';
import { CheckIn } from './check-in.entity';

export interface ClaimedCheckIn {
  id: string;
  survivorId: string;
  dueOn: string;
}

@Injectable()
export class CheckInsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Schedules a placement's check-ins; a day already scheduled is left as it is. */
  async schedule(manager: EntityManager, rows: Array<Pick<CheckIn, 'placementId' | 'survivorId' | 'dayOffset' | 'dueOn'>>): Promise<void> {
    if (!rows.length) return;
    await manager.createQueryBuilder().insert().into(CheckIn).values(rows.map((row) => ({ ...row, status: 'scheduled' as const }))).orIgnore().execute();
  }

  /** Check-ins of a placement that ended before they fell due are no longer asked. */
  async cancelAfter(manager: EntityManager, placementId: string, endDate: string): Promise<void> {
    await manager.query(`UPDATE check_ins SET status = 'cancelled' WHERE placement_id = $1 AND status IN ('scheduled', 'due') AND due_on > $2`, [placementId, endDate]);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<CheckIn | null> {
    return manager.findOne(CheckIn, { where: { id }, relations: { placement: { job: true, employer: true } } });
  }

  lock(manager: EntityManager, id: string): Promise<CheckIn | null> {
    return manager.findOne(CheckIn, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async saveAnswers(manager: EntityManager, id: string, answer: Pick<CheckIn, 'answers' | 'note' | 'answeredAt' | 'answeredByRole' | 'answeredById'>): Promise<void> {
    await manager.update(CheckIn, { id }, { ...answer, status: 'answered' });
  }

  /** Due or missed since `since`, oldest first: what a survivor is asked to answer. */
  openFor(survivorId: string, since: string): Promise<CheckIn[]> {
    return this.ofSurvivorWithJob(survivorId)
      .andWhere(`checkIn.status IN ('due', 'missed')`)
      .andWhere('checkIn.due_on >= :since', { since })
      .orderBy('checkIn.due_on', 'ASC')
      .getMany();
  }

  /** Everything but the check-ins not yet due, newest first. */
  ofSurvivor(survivorId: string, limit: number): Promise<CheckIn[]> {
    return this.ofSurvivorWithJob(survivorId)
      .andWhere(`checkIn.status <> 'scheduled'`)
      .orderBy('checkIn.due_on', 'DESC')
      .take(limit)
      .getMany();
  }

  /** A survivor's check-ins with the job and employer they ask about. */
  private ofSurvivorWithJob(survivorId: string) {
    return this.dataSource.manager
      .createQueryBuilder(CheckIn, 'checkIn')
      .innerJoinAndSelect('checkIn.placement', 'placement')
      .innerJoinAndSelect('placement.job', 'job')
      .innerJoinAndSelect('placement.employer', 'employer')
      .where('checkIn.survivor_id = :survivorId', { survivorId });
  }

  /**
   * Moves up to `limit` check-ins from one state to the next, claiming rows with SKIP LOCKED so
   * several workers split the work and none takes a row twice.
   */
  async advance(manager: EntityManager, change: 'due' | 'missed', onOrBefore: string, now: Date, limit: number): Promise<ClaimedCheckIn[]> {
    const from = change === 'due' ? 'scheduled' : 'due';
    const stamp = change === 'due' ? 'reminded_at' : 'missed_at';
    const result = await manager.query(
      `UPDATE check_ins SET status = $1, ${stamp} = $2 WHERE id IN (
         SELECT id FROM check_ins WHERE status = $3 AND due_on <= $4 ORDER BY due_on LIMIT $5 FOR UPDATE SKIP LOCKED)
       RETURNING id, survivor_id AS "survivorId", due_on::text AS "dueOn"`,
      [change, now, from, onOrBefore, limit],
    );
    return returnedRows<ClaimedCheckIn>(result);
  }

  /** The sign-in address of each survivor who has an account that can sign in. */
  async accountEmails(manager: EntityManager, survivorIds: string[]): Promise<string[]> {
    if (!survivorIds.length) return [];
    const rows: Array<{ email: string }> = await manager.query(
      `SELECT DISTINCT u.email FROM survivor_profiles s JOIN users u ON u.id = s.user_id WHERE s.id = ANY($1) AND u.disabled_at IS NULL`,
      [survivorIds],
    );
    return rows.map((row) => row.email);
  }
}
