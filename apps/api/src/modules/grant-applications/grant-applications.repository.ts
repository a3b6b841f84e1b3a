import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GrantApplicationStatus } from '@onward/shared';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { GrantApplicationEvent } from './grant-application-event.entity';
import { GrantApplication } from './grant-application.entity';
import { GrantDisbursement } from './grant-disbursement.entity';
import { GrantMilestone } from './grant-milestone.entity';

export type GrantApplicationFields = Omit<GrantApplication, 'id' | 'survivor' | 'programme' | 'createdAt' | 'updatedAt'>;
export type GrantMilestoneFields = Omit<GrantMilestone, 'id' | 'grantApplication'>;
export type GrantDisbursementFields = Omit<GrantDisbursement, 'id' | 'grantApplication' | 'milestone' | 'createdAt'>;
export type GrantApplicationEventFields = Omit<GrantApplicationEvent, 'id' | 'sequence' | 'grantApplication'>;

/** An application with everything its page shows. */
export interface GrantApplicationRecord {
  application: GrantApplication;
  milestones: GrantMilestone[];
  disbursements: GrantDisbursement[];
  events: GrantApplicationEvent[];
}

export interface GrantApplicationFilter {
  survivorId?: string;
  /** The survivors' service provider. */
  organisationId?: string;
  programmeId?: string;
  statuses?: GrantApplicationStatus[];
  limit: number;
  offset: number;
}

const OPEN_UNIQUE = 'grant_applications_open_unique';

/** A grant application and what hangs off it: its history, the award's milestones and the payments. */
@Injectable()
export class GrantApplicationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Null when the survivor already has an open application to the programme (a concurrent one won). */
  async create(manager: EntityManager, fields: GrantApplicationFields): Promise<GrantApplication | null> {
    try {
      // A savepoint, so a lost race leaves the caller's transaction usable.
      return await manager.transaction((inner) => inner.save(inner.create(GrantApplication, fields)));
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === OPEN_UNIQUE) return null;
      throw error;
    }
  }

  /** The survivor's application to the programme that is still open (not declined or withdrawn). */
  findOpen(manager: EntityManager, survivorId: string, programmeId: string): Promise<GrantApplication | null> {
    return manager
      .createQueryBuilder(GrantApplication, 'application')
      .where('application.survivor_id = :survivorId AND application.programme_id = :programmeId', { survivorId, programmeId })
      .andWhere(`application.status NOT IN ('declined', 'withdrawn')`)
      .getOne();
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<GrantApplication | null> {
    return manager.findOne(GrantApplication, { where: { id }, relations: { survivor: true, programme: { funder: true } } });
  }

  lock(manager: EntityManager, id: string): Promise<GrantApplication | null> {
    return manager.findOne(GrantApplication, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async update(manager: EntityManager, id: string, patch: Partial<GrantApplicationFields>): Promise<void> {
    await manager.update(GrantApplication, { id }, patch);
  }

  async record(id: string, manager: EntityManager = this.dataSource.manager): Promise<GrantApplicationRecord | null> {
    const application = await this.findById(id, manager);
    if (!application) return null;
    const milestones = await manager.find(GrantMilestone, { where: { grantApplicationId: id }, order: { position: 'ASC' } });
    const disbursements = await manager.find(GrantDisbursement, { where: { grantApplicationId: id }, order: { paidOn: 'ASC', createdAt: 'ASC', id: 'ASC' } });
    const events = await manager.find(GrantApplicationEvent, { where: { grantApplicationId: id }, order: { occurredAt: 'ASC', sequence: 'ASC' } });
    return { application, milestones, disbursements, events };
  }

  /** Newest first, with the survivor and the programme's funder. */
  list(filter: GrantApplicationFilter): Promise<[GrantApplication[], number]> {
    const builder = this.dataSource.manager
      .createQueryBuilder(GrantApplication, 'application')
      .innerJoinAndSelect('application.survivor', 'survivor')
      .innerJoinAndSelect('application.programme', 'programme')
      .leftJoinAndSelect('programme.funder', 'funder');
    if (filter.survivorId) builder.andWhere('application.survivor_id = :survivorId', { survivorId: filter.survivorId });
    if (filter.organisationId) builder.andWhere('survivor.organisation_id = :organisationId', { organisationId: filter.organisationId });
    if (filter.programmeId) builder.andWhere('application.programme_id = :programmeId', { programmeId: filter.programmeId });
    if (filter.statuses?.length) builder.andWhere('application.status IN (:...statuses)', { statuses: filter.statuses });
    return builder.orderBy('application.created_at', 'DESC').addOrderBy('application.id').take(filter.limit).skip(filter.offset).getManyAndCount();
  }

  async addEvent(manager: EntityManager, event: GrantApplicationEventFields): Promise<void> {
    await manager.insert(GrantApplicationEvent, event);
  }

  async addMilestones(manager: EntityManager, milestones: GrantMilestoneFields[]): Promise<void> {
    await manager.insert(GrantMilestone, milestones);
  }

  findMilestone(manager: EntityManager, applicationId: string, milestoneId: string): Promise<GrantMilestone | null> {
    return manager.findOne(GrantMilestone, { where: { id: milestoneId, grantApplicationId: applicationId } });
  }

  async updateMilestone(manager: EntityManager, id: string, patch: Partial<GrantMilestoneFields>): Promise<void> {
    await manager.update(GrantMilestone, { id }, patch);
  }

  async disbursedFor(manager: EntityManager, milestoneId: string): Promise<number> {
    return (await manager.sum(GrantDisbursement, 'amountMinor', { milestoneId })) ?? 0;
  }

  async addDisbursement(manager: EntityManager, disbursement: GrantDisbursementFields): Promise<void> {
    await manager.insert(GrantDisbursement, disbursement);
  }
}
