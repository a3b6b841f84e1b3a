import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConcernStatus } from '@onward/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { ConcernReport } from './concern-report.entity';

@Injectable()
export class ConcernsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(manager: EntityManager, report: Omit<ConcernReport, 'id' | 'employer' | 'reviewedById' | 'reviewedAt' | 'reviewNote'>): Promise<ConcernReport> {
    return manager.save(manager.create(ConcernReport, { ...report, reviewedById: null, reviewedAt: null, reviewNote: null }));
  }

  lock(manager: EntityManager, id: string): Promise<ConcernReport | null> {
    return manager.findOne(ConcernReport, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  list(statuses: ConcernStatus[]): Promise<ConcernReport[]> {
    return this.dataSource.manager.find(ConcernReport, {
      where: statuses.length ? { status: In(statuses) } : {},
      relations: { employer: true },
      order: { reportedAt: 'DESC' },
      take: 500,
    });
  }

  forEmployer(employerId: string): Promise<ConcernReport[]> {
    return this.dataSource.manager.find(ConcernReport, { where: { employerId }, relations: { employer: true }, order: { reportedAt: 'DESC' } });
  }

  /** Open reports of forced-labour indicators: while any exists the employer stays on hold. */
  countOpenHolding(manager: EntityManager, employerId: string): Promise<number> {
    return manager.count(ConcernReport, { where: { employerId, status: 'open', heldPublication: true } });
  }

  async review(manager: EntityManager, id: string, review: Pick<ConcernReport, 'status' | 'reviewedById' | 'reviewedAt' | 'reviewNote'>): Promise<void> {
    await manager.update(ConcernReport, { id }, review);
  }
}
