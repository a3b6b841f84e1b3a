import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GrantProgrammeStatus } from '@onward/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { GrantProgramme } from './grant-programme.entity';

export type GrantProgrammeFields = Omit<GrantProgramme, 'id' | 'funder' | 'region' | 'createdAt' | 'updatedAt'>;

@Injectable()
export class GrantProgrammesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(manager: EntityManager, programme: GrantProgrammeFields): Promise<GrantProgramme> {
    return manager.save(manager.create(GrantProgramme, programme));
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<GrantProgramme | null> {
    return manager.findOne(GrantProgramme, { where: { id }, relations: { funder: true, region: true } });
  }

  lock(manager: EntityManager, id: string): Promise<GrantProgramme | null> {
    return manager.findOne(GrantProgramme, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  list(filter: { funderId?: string; statuses?: GrantProgrammeStatus[] }): Promise<GrantProgramme[]> {
    return this.dataSource.manager.find(GrantProgramme, {
      where: {
        ...(filter.funderId ? { funderId: filter.funderId } : {}),
        ...(filter.statuses?.length ? { status: In(filter.statuses) } : {}),
      },
      relations: { funder: true, region: true },
      order: { createdAt: 'DESC' },
      take: 500,
    });
  }

  async update(manager: EntityManager, id: string, patch: Partial<GrantProgrammeFields>): Promise<void> {
    await manager.update(GrantProgramme, { id }, patch);
  }
}
