import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobStatus } from '@onward/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { Job } from './job.entity';

export type JobFields = Omit<Job, 'id' | 'employer' | 'region' | 'createdAt' | 'updatedAt'>;

@Injectable()
export class JobsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(manager: EntityManager, job: JobFields): Promise<Job> {
    return manager.save(manager.create(Job, job));
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Job | null> {
    return manager.findOne(Job, { where: { id }, relations: { employer: true, region: true } });
  }

  lock(manager: EntityManager, id: string): Promise<Job | null> {
    return manager.findOne(Job, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  list(filter: { employerId?: string; statuses?: JobStatus[] }): Promise<Job[]> {
    return this.dataSource.manager.find(Job, {
      where: {
        ...(filter.employerId ? { employerId: filter.employerId } : {}),
        ...(filter.statuses?.length ? { status: In(filter.statuses) } : {}),
      },
      relations: { employer: true, region: true },
      order: { createdAt: 'DESC' },
      take: 500,
    });
  }

  async update(manager: EntityManager, id: string, patch: Partial<JobFields>): Promise<void> {
    await manager.update(Job, { id }, patch);
  }
}
