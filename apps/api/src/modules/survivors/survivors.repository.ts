import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SurvivorProfile } from './survivor-profile.entity';

export interface CandidateJob {
  employerId: string;
  regionCode: string;
  sector: string;
  remote: boolean;
  languages: string[];
  hoursPerWeek: number;
  shifts: string[];
  requiredSkills: string[];
}

export type SurvivorFields = Omit<
  SurvivorProfile,
  'id' | 'organisation' | 'caseworker' | 'user' | 'region' | 'createdAt' | 'updatedAt' | 'skillCodes' | 'languageCodes' | 'erasureRequestedAt' | 'erasedAt' | 'erasureReason'
>;

/** Keeps the code arrays that candidate retrieval indexes in step with the skills and languages. */
function withCodes<T extends Partial<SurvivorFields>>(fields: T): T & Partial<Pick<SurvivorProfile, 'skillCodes' | 'languageCodes'>> {
  return {
    ...fields,
    ...(fields.skills ? { skillCodes: fields.skills.map((skill) => skill.code) } : {}),
    ...(fields.languages ? { languageCodes: fields.languages.map((language) => language.code) } : {}),
  };
}

@Injectable()
export class SurvivorsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(manager: EntityManager, fields: SurvivorFields & { id: string }): Promise<SurvivorProfile> {
    return manager.save(manager.create(SurvivorProfile, withCodes(fields)));
  }

  async update(manager: EntityManager, id: string, patch: Partial<SurvivorFields>): Promise<void> {
    await manager.update(SurvivorProfile, { id }, withCodes(patch));
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<SurvivorProfile | null> {
    return manager.findOne(SurvivorProfile, { where: { id }, relations: { caseworker: true, region: true } });
  }

  findByUserId(userId: string, manager: EntityManager = this.dataSource.manager): Promise<SurvivorProfile | null> {
    return manager.findOne(SurvivorProfile, { where: { userId }, relations: { caseworker: true, region: true } });
  }

  /** Profiles sealed with a key other than the current one, locked and skipped by concurrent runs. */
  lockSealedWithOtherKey(manager: EntityManager, currentKeyId: string, limit: number): Promise<SurvivorProfile[]> {
    return manager
      .createQueryBuilder(SurvivorProfile, 'survivor')
      .select(['survivor.id', 'survivor.sealedPersonal', 'survivor.personalKeyId'])
      .where('survivor.personal_key_id <> :currentKeyId', { currentKeyId })
      // An erased record holds nothing sealed, and the database refuses to change it.
      .andWhere('survivor.erased_at IS NULL')
      .orderBy('survivor.id')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  async countByKey(): Promise<Record<string, number>> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(SurvivorProfile, 'survivor')
      .select('survivor.personal_key_id', 'keyId')
      .addSelect('count(*)::int', 'count')
      .where('survivor.erased_at IS NULL')
      .groupBy('survivor.personal_key_id')
      .getRawMany<{ keyId: string; count: number }>();
    return Object.fromEntries(rows.map((row) => [row.keyId, row.count]));
  }

  lock(manager: EntityManager, id: string): Promise<SurvivorProfile | null> {
    return manager.findOne(SurvivorProfile, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * One organisation's survivors who pass a job's hard filters, the best skill coverage first, at
   * most `cap`: the capped set the matching library ranks. Safety exclusions are applied here
   * too, so an excluded survivor never even reaches the scoring.
   */
  candidatesFor(organisationId: string, job: CandidateJob, cap: number): Promise<SurvivorProfile[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(SurvivorProfile, 'survivor')
      .where('survivor.organisation_id = :organisationId', { organisationId })
      .andWhere('survivor.erased_at IS NULL')
      .andWhere('NOT (:employerId::uuid = ANY(survivor.excluded_employer_ids))', { employerId: job.employerId })
      .andWhere('NOT (:regionCode::text = ANY(survivor.excluded_region_codes))', { regionCode: job.regionCode })
      .andWhere('NOT (:sector::text = ANY(survivor.excluded_sectors))', { sector: job.sector })
      .andWhere('survivor.language_codes @> :languages::text[]', { languages: job.languages })
      .andWhere('(survivor.hours_per_week IS NULL OR survivor.hours_per_week >= :hours)', { hours: job.hoursPerWeek });
    if (job.remote) query.andWhere(`survivor.workplace <> 'on_site'`);
    else query.andWhere(`survivor.workplace <> 'remote' AND survivor.region_code = :regionCode`);
    if (job.shifts.length) query.andWhere(`(survivor.shifts = '{}' OR survivor.shifts && :shifts::text[])`, { shifts: job.shifts });
    // What matching reads, and nothing sealed: a candidate list never needs personal details.
    return query
      .select(['survivor.id', 'survivor.pseudonym', 'survivor.skills', 'survivor.languages', 'survivor.regionCode', 'survivor.hoursPerWeek', 'survivor.shifts'])
      .addSelect(['survivor.workplace', 'survivor.preferredSectors', 'survivor.minimumHourlyWageMinor', 'survivor.excludedRegionCodes', 'survivor.excludedEmployerIds', 'survivor.excludedSectors'])
      // Skill codes are distinct on a profile, so this counts the required skills held.
      .addSelect('(SELECT count(*) FROM unnest(survivor.skill_codes) AS code WHERE code = ANY(:required::text[]))', 'overlap')
      .setParameter('required', job.requiredSkills)
      .orderBy('overlap', 'DESC')
      .addOrderBy('survivor.id', 'ASC')
      .limit(cap)
      .getMany();
  }

  /** One organisation's survivors, newest first, erased records left out; `query` matches the pseudonym. */
  list(organisationId: string, filter: { caseworkerId?: string; query?: string; limit: number; offset: number }): Promise<[SurvivorProfile[], number]> {
    const builder = this.dataSource.manager
      .createQueryBuilder(SurvivorProfile, 'survivor')
      .leftJoinAndSelect('survivor.caseworker', 'caseworker')
      .leftJoinAndSelect('survivor.region', 'region')
      .where('survivor.organisation_id = :organisationId', { organisationId })
      .andWhere('survivor.erased_at IS NULL');
    if (filter.caseworkerId) builder.andWhere('survivor.caseworker_id = :caseworkerId', { caseworkerId: filter.caseworkerId });
    if (filter.query) builder.andWhere(`survivor.pseudonym ILIKE :pattern ESCAPE '\\'`, { pattern: `%${filter.query.replace(/[\\%_]/g, '\\$&')}%` });
    return builder.orderBy('survivor.created_at', 'DESC').addOrderBy('survivor.id').take(filter.limit).skip(filter.offset).getManyAndCount();
  }
}
