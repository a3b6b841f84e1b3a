import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationKind } from '@onward/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { Organisation } from './organisation.entity';

@Injectable()
export class OrganisationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Organisation | null> {
    return manager.findOne(Organisation, { where: { id } });
  }

  findByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Organisation[]> {
    return ids.length ? manager.find(Organisation, { where: { id: In(ids) } }) : Promise.resolve([]);
  }

  list(): Promise<Organisation[]> {
    return this.dataSource.manager.find(Organisation, { order: { name: 'ASC' } });
  }

  listOfKind(kind: OrganisationKind): Promise<Organisation[]> {
    return this.dataSource.manager.find(Organisation, { where: { kind }, order: { name: 'ASC' } });
  }

  create(manager: EntityManager, organisation: Pick<Organisation, 'name' | 'kind'>): Promise<Organisation> {
    return manager.save(manager.create(Organisation, organisation));
  }
}
