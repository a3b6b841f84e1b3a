import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { VettingStatus } from '@onward/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { EmployerProfile } from './employer-profile.entity';
import { VettingEvent } from './vetting-event.entity';

@Injectable()
export class EmployersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(manager: EntityManager, profile: Omit<EmployerProfile, 'organisation' | 'createdAt' | 'updatedAt'>): Promise<EmployerProfile> {
    return manager.save(manager.create(EmployerProfile, profile));
  }

  findById(organisationId: string, manager: EntityManager = this.dataSource.manager): Promise<EmployerProfile | null> {
    return manager.findOne(EmployerProfile, { where: { organisationId }, relations: { organisation: true } });
  }

  /** Locks the row for a status change, so two reviewers cannot race each other. */
  lock(manager: EntityManager, organisationId: string): Promise<EmployerProfile | null> {
    return manager.findOne(EmployerProfile, { where: { organisationId }, relations: { organisation: true }, lock: { mode: 'pessimistic_write', tables: ['employer_profiles'] } });
  }

  list(statuses: VettingStatus[]): Promise<EmployerProfile[]> {
    return this.dataSource.manager.find(EmployerProfile, {
      where: statuses.length ? { vettingStatus: In(statuses) } : {},
      relations: { organisation: true },
      order: { statusChangedAt: 'ASC' },
      take: 500,
    });
  }

  async setStatus(manager: EntityManager, organisationId: string, change: Pick<EmployerProfile, 'vettingStatus' | 'vettedUntil' | 'statusReason' | 'statusChangedAt'>): Promise<void> {
    await manager.update(EmployerProfile, { organisationId }, change);
  }

  addEvent(manager: EntityManager, event: Omit<VettingEvent, 'id' | 'actor' | 'employer' | 'sequence'>): Promise<VettingEvent> {
    return manager.save(manager.create(VettingEvent, event));
  }

  history(employerId: string): Promise<VettingEvent[]> {
    return this.dataSource.manager.find(VettingEvent, { where: { employerId }, relations: { actor: true }, order: { occurredAt: 'DESC', sequence: 'DESC' } });
  }

  /** The most recent decision that carried a checklist. */
  latestReview(employerId: string): Promise<VettingEvent | null> {
    return this.dataSource.manager
      .createQueryBuilder(VettingEvent, 'event')
      .where('event.employer_id = :employerId', { employerId })
      .andWhere('event.checklist IS NOT NULL')
      .orderBy('event.occurred_at', 'DESC')
      .addOrderBy('event.sequence', 'DESC')
      .limit(1)
      .getOne();
  }

  latestEvent(manager: EntityManager, employerId: string): Promise<VettingEvent | null> {
    return manager.findOne(VettingEvent, { where: { employerId }, order: { occurredAt: 'DESC', sequence: 'DESC' } });
  }
}
