import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Skill, SkillGroup, SkillTaxonomyVersion } from './skill.entity';

@Injectable()
export class SkillsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  groups(): Promise<SkillGroup[]> {
    return this.dataSource.manager.find(SkillGroup, { order: { position: 'ASC' } });
  }

  skills(): Promise<Skill[]> {
    return this.dataSource.manager.find(Skill, { order: { groupCode: 'ASC', code: 'ASC' } });
  }

  async currentVersion(manager: EntityManager = this.dataSource.manager): Promise<number> {
    const row = await manager.createQueryBuilder(SkillTaxonomyVersion, 'v').select('MAX(v.version)', 'version').getRawOne<{ version: number | null }>();
    return row?.version ?? 0;
  }

  findByCodes(codes: string[]): Promise<Skill[]> {
    if (codes.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(Skill, { where: { code: In(codes) } });
  }

  findByCode(code: string, manager: EntityManager = this.dataSource.manager): Promise<Skill | null> {
    return manager.findOne(Skill, { where: { code } });
  }

  groupExists(code: string, manager: EntityManager): Promise<boolean> {
    return manager.exists(SkillGroup, { where: { code } });
  }

  /** Records a change and returns its version number. */
  async newVersion(manager: EntityManager, summary: string, changedById: string): Promise<number> {
    const version = await manager.save(manager.create(SkillTaxonomyVersion, { summary, changedById }));
    return version.version;
  }

  save(manager: EntityManager, skill: Pick<Skill, 'code' | 'groupCode' | 'labels' | 'changedInVersion' | 'retiredAt'>): Promise<Skill> {
    return manager.save(manager.create(Skill, skill));
  }
}
