import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Region } from './region.entity';

@Injectable()
export class RegionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): Promise<Region[]> {
    return this.dataSource.manager.find(Region, { order: { name: 'ASC' } });
  }

  findByCode(code: string, manager: EntityManager = this.dataSource.manager): Promise<Region | null> {
    return manager.findOne(Region, { where: { code } });
  }

  async existing(codes: string[]): Promise<Set<string>> {
    if (codes.length === 0) return new Set();
    const rows = await this.dataSource.manager.find(Region, { select: { code: true }, where: { code: In(codes) } });
    return new Set(rows.map((row) => row.code));
  }

  async save(region: Pick<Region, 'code' | 'name' | 'hourlyWageFloorMinor' | 'currency'>): Promise<Region> {
    await this.dataSource.manager.upsert(Region, region, ['code']);
    return (await this.findByCode(region.code))!;
  }
}
