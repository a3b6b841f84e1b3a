import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationStatus } from '@onward/shared';
import { DataSource, EntityManager, In, Not, SelectQueryBuilder } from 'typeorm';
import { ApplicationEvent } from './application-event.entity';
import { Application } from './application.entity';

export type NewApplication = Pick<Application, 'survivorId' | 'jobId' | 'employerId' | 'status' | 'message' | 'submittedById' | 'survivorAgreement' | 'statusChangedAt'>;
export type NewApplicationEvent = Pick<ApplicationEvent, 'applicationId' | 'fromStatus' | 'toStatus' | 'actorUserId' | 'actorRole' | 'note' | 'occurredAt'>;

export interface ApplicationFilter {
  statuses?: ApplicationStatus[];
  jobId?: string;
  limit: number;
  offset: number;
}

/** Whose applications a survivor-side list shows. */
export type ApplicationScope = { survivorId: string } | { organisationId: string; survivorId?: string };

/** The application has been shared with its employer at some point (it may have been withdrawn since). */
const WAS_SHARED = `EXISTS (SELECT 1 FROM application_events shared_event WHERE shared_event.application_id = application.id AND shared_event.to_status = 'shared')`;

/** A consent in force at :at covers the application: employer-wide, or for this application. */
const CONSENTED = `EXISTS (
  SELECT 1 FROM consents consent
  WHERE consent.employer_id = application.employer_id AND consent.survivor_id = application.survivor_id
    AND consent.revoked_at IS NULL AND consent.expires_at > :at
    AND (consent.application_id IS NULL OR consent.application_id = application.id))`;

const CLOSED: ApplicationStatus[] = ['declined', 'withdrawn'];

@Injectable()
export class ApplicationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(manager: EntityManager, application: NewApplication): Promise<Application> {
    return manager.save(manager.create(Application, application));
  }

  async addEvent(manager: EntityManager, event: NewApplicationEvent): Promise<void> {
    await manager.insert(ApplicationEvent, event);
  }

  async setStatus(manager: EntityManager, id: string, status: ApplicationStatus, at: Date): Promise<void> {
    await manager.update(Application, { id }, { status, statusChangedAt: at });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Application | null> {
    return manager.findOne(Application, { where: { id }, relations: { survivor: true, job: true, employer: true } });
  }

  lock(manager: EntityManager, id: string): Promise<Application | null> {
    return manager.findOne(Application, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** An application to the job that is still open (not declined or withdrawn). */
  async hasOpen(manager: EntityManager, survivorId: string, jobId: string): Promise<boolean> {
    return (await manager.count(Application, { where: { survivorId, jobId, status: Not(In(CLOSED)) } })) > 0;
  }

  async wasShared(id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return (await manager.count(ApplicationEvent, { where: { applicationId: id, toStatus: 'shared' } })) > 0;
  }

  /** Oldest first; `sequence` orders the steps made in the same instant. */
  history(id: string, manager: EntityManager = this.dataSource.manager): Promise<ApplicationEvent[]> {
    return manager.find(ApplicationEvent, { where: { applicationId: id }, order: { occurredAt: 'ASC', sequence: 'ASC' } });
  }

  /** A survivor's own applications, or those of a caseworker's organisation; newest first. */
  list(scope: ApplicationScope, filter: ApplicationFilter): Promise<[Application[], number]> {
    const builder = this.dataSource.manager
      .createQueryBuilder(Application, 'application')
      .innerJoinAndSelect('application.survivor', 'survivor')
      .innerJoinAndSelect('application.job', 'job')
      .innerJoinAndSelect('application.employer', 'employer');
    if ('organisationId' in scope) {
      builder.where('survivor.organisation_id = :organisationId', { organisationId: scope.organisationId });
      if (scope.survivorId) builder.andWhere('application.survivor_id = :survivorId', { survivorId: scope.survivorId });
    } else builder.where('application.survivor_id = :survivorId', { survivorId: scope.survivorId });
    return this.page(builder, filter);
  }

  /**
   * What an employer may see at `at`: its own applications that were shared with it and that a
   * consent in force covers. Filtering here keeps paging and totals honest; the service checks
   * the consents again with ConsentsService before anything is shown.
   */
  listSharedWith(employerId: string, at: Date, filter: ApplicationFilter): Promise<[Application[], number]> {
    const builder = this.dataSource.manager
      .createQueryBuilder(Application, 'application')
      .innerJoinAndSelect('application.survivor', 'survivor')
      .innerJoinAndSelect('application.job', 'job')
      .where('application.employer_id = :employerId', { employerId })
      .andWhere(`application.status <> 'submitted'`)
      .andWhere(WAS_SHARED)
      .andWhere(CONSENTED, { at });
    return this.page(builder, filter);
  }

  private page(builder: SelectQueryBuilder<Application>, filter: ApplicationFilter): Promise<[Application[], number]> {
    if (filter.statuses?.length) builder.andWhere('application.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.jobId) builder.andWhere('application.job_id = :jobId', { jobId: filter.jobId });
    return builder.orderBy('application.created_at', 'DESC').addOrderBy('application.id').take(filter.limit).skip(filter.offset).getManyAndCount();
  }
}
