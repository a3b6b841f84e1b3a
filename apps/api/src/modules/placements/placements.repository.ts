import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Placement } from './placement.entity';

export type NewPlacement = Pick<Placement, 'survivorId' | 'applicationId' | 'jobId' | 'employerId' | 'startDate' | 'wageMinor' | 'wageCurrency' | 'wagePeriod' | 'hoursPerWeek'>;
export type PlacementEnd = Pick<Placement, 'endDate' | 'endReason' | 'endNote' | 'endedByRole' | 'endedById'>;

/** Whose placements a list shows: exactly one scope is set by the service. */
export type PlacementScope = { survivorId: string } | { organisationId: string; survivorId?: string } | { employerId: string };

@Injectable()
export class PlacementsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Called by a hire, inside the hire's transaction. */
  create(manager: EntityManager, placement: NewPlacement): Promise<Placement> {
    return manager.save(manager.create(Placement, { ...placement, endDate: null, endReason: null, endNote: null, endedByRole: null, endedById: null }));
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Placement | null> {
    return manager.findOne(Placement, { where: { id }, relations: { survivor: true, job: true, employer: true } });
  }

  lock(manager: EntityManager, id: string): Promise<Placement | null> {
    return manager.findOne(Placement, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async end(manager: EntityManager, id: string, end: PlacementEnd): Promise<void> {
    await manager.update(Placement, { id }, end);
  }

  /** The placement each of these applications' hires made. */
  async idsByApplication(applicationIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, string>> {
    if (!applicationIds.length) return new Map();
    const rows = await manager.find(Placement, { select: { id: true, applicationId: true }, where: { applicationId: In(applicationIds) } });
    return new Map(rows.map((row) => [row.applicationId!, row.id]));
  }

  /** Newest start first; `active` true: still running, false: ended. */
  list(scope: PlacementScope, filter: { active?: boolean; limit: number; offset: number }): Promise<[Placement[], number]> {
    const builder = this.dataSource.manager
      .createQueryBuilder(Placement, 'placement')
      .innerJoinAndSelect('placement.survivor', 'survivor')
      .innerJoinAndSelect('placement.job', 'job')
      .innerJoinAndSelect('placement.employer', 'employer');
    if ('employerId' in scope) builder.where('placement.employer_id = :employerId', { employerId: scope.employerId });
    else if ('organisationId' in scope) {
      builder.where('survivor.organisation_id = :organisationId', { organisationId: scope.organisationId });
      if (scope.survivorId) builder.andWhere('placement.survivor_id = :survivorId', { survivorId: scope.survivorId });
    } else builder.where('placement.survivor_id = :survivorId', { survivorId: scope.survivorId });
    if (filter.active !== undefined) builder.andWhere(filter.active ? 'placement.end_date IS NULL' : 'placement.end_date IS NOT NULL');
    return builder.orderBy('placement.start_date', 'DESC').addOrderBy('placement.id').take(filter.limit).skip(filter.offset).getManyAndCount();
  }
}
