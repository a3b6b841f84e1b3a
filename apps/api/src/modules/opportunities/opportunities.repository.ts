import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Shift, WorkplacePreference } from '@onward/shared';
import { Brackets, DataSource, In, SelectQueryBuilder } from 'typeorm';
import { EmployerProfile } from '../employers/employer-profile.entity';
import { GrantProgramme } from '../grants/grant-programme.entity';
import { Job } from '../jobs/job.entity';
import { Skill } from '../skills/skill.entity';
import { utcDay } from '../../common/clock/clock';

export interface VisibleJob {
  job: Job;
  /** The employer's vetting expiry: the job leaves search then. */
  vettedUntil: Date;
}

/** The parts of a survivor profile the job candidate query filters on. */
export interface JobCandidateFilter {
  skillCodes: string[];
  languageCodes: string[];
  regionCode: string | null;
  workplace: WorkplacePreference;
  hoursPerWeek: number | null;
  shifts: Shift[];
  excludedEmployerIds: string[];
  excludedRegionCodes: string[];
  excludedSectors: string[];
}

interface Page {
  ids?: string[];
  employerId?: string;
  /** Keyset paging for a full reindex: ids greater than this. */
  after?: string;
  limit?: number;
}

/**
 * What survivors may see, decided in one place: a job is visible while it is published, its
 * closing day has not passed and its employer is vetted and unexpired; a grant programme while
 * it is open and its deadline has not passed. The search index mirrors this, and every search
 * result and detail page is checked against it again, so a suspension hides jobs at once even
 * while the index is catching up.
 */
@Injectable()
export class OpportunitiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async visibleJobs(now: Date, page: Page): Promise<VisibleJob[]> {
    const query = this.visibleJobsQuery(now).innerJoinAndSelect('job.employer', 'employer').innerJoinAndSelect('job.region', 'region');
    const jobs = await this.paged(query, 'job', page).getMany();
    if (jobs.length === 0) return [];
    const profiles = await this.dataSource.manager.find(EmployerProfile, {
      select: { organisationId: true, vettedUntil: true },
      where: { organisationId: In([...new Set(jobs.map((job) => job.employerId))]) },
    });
    const until = new Map(profiles.map((profile) => [profile.organisationId, profile.vettedUntil!]));
    return jobs.map((job) => ({ job, vettedUntil: until.get(job.employerId)! }));
  }

  visibleGrants(now: Date, page: Omit<Page, 'employerId'>): Promise<GrantProgramme[]> {
    const query = this.visibleGrantsQuery(now).innerJoinAndSelect('grant.funder', 'funder').leftJoinAndSelect('grant.region', 'region');
    return this.paged(query, 'grant', page).getMany();
  }

  /** Which of these ids are visible right now: the check every search result passes. */
  async visibleIds(now: Date, ids: { jobs: string[]; grants: string[] }): Promise<Set<string>> {
    const [jobs, grants] = await Promise.all([
      ids.jobs.length ? this.visibleJobsQuery(now).select('job.id', 'id').andWhere('job.id IN (:...ids)', { ids: ids.jobs }).getRawMany<{ id: string }>() : [],
      ids.grants.length ? this.visibleGrantsQuery(now).select('grant.id', 'id').andWhere('grant.id IN (:...ids)', { ids: ids.grants }).getRawMany<{ id: string }>() : [],
    ]);
    return new Set([...jobs, ...grants].map((row) => row.id));
  }

  private visibleJobsQuery(now: Date): SelectQueryBuilder<Job> {
    return this.dataSource.manager
      .createQueryBuilder(Job, 'job')
      .innerJoin(EmployerProfile, 'profile', 'profile.organisation_id = job.employer_id')
      .where(`job.status = 'published'`)
      .andWhere(`profile.vetting_status = 'vetted'`)
      .andWhere('profile.vetted_until > :now', { now })
      .andWhere(new Brackets((where) => where.where('job.closing_date IS NULL').orWhere('job.closing_date >= :today', { today: utcDay(now) })));
  }

  private visibleGrantsQuery(now: Date): SelectQueryBuilder<GrantProgramme> {
    return this.dataSource.manager
      .createQueryBuilder(GrantProgramme, 'grant')
      .where(`grant.status = 'open'`)
      .andWhere(new Brackets((where) => where.where('grant.deadline IS NULL').orWhere('grant.deadline >= :today', { today: utcDay(now) })));
  }

  async jobIdsOfEmployer(employerId: string): Promise<string[]> {
    const rows = await this.dataSource.manager.find(Job, { select: { id: true }, where: { employerId } });
    return rows.map((row) => row.id);
  }

  skills(codes: string[]): Promise<Skill[]> {
    if (codes.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(Skill, { where: { code: In(codes) } });
  }

  /**
   * Visible jobs that pass a survivor's hard filters, best skill coverage first, at most `cap`:
   * the capped set the matching library scores. The library checks every filter again; this
   * query only keeps the set small, and each condition here must be implied by a filter there.
   *
   * Two steps. First the ranked ids, from one branch per workplace the survivor can reach (on
   * site in their region, remote), so each branch reads `jobs_matching_idx` alone; an OR of the
   * two cannot use an index and read all 50,000 jobs. Then only those rows, with the columns
   * matching and the answer use (no descriptions).
   */
  async jobCandidates(now: Date, survivor: JobCandidateFilter, cap: number): Promise<Job[]> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const common = [
      `status = 'published'`,
      `(closing_date IS NULL OR closing_date >= ${param(utcDay(now))})`,
      `NOT (employer_id = ANY(${param(survivor.excludedEmployerIds)}::uuid[]))`,
      `NOT (region_code = ANY(${param(survivor.excludedRegionCodes)}::text[]))`,
      `NOT (sector = ANY(${param(survivor.excludedSectors)}::text[]))`,
      `languages <@ ${param(survivor.languageCodes)}::text[]`,
      ...(survivor.hoursPerWeek !== null ? [`hours_per_week <= ${param(survivor.hoursPerWeek)}`] : []),
      ...(survivor.shifts.length ? [`(shifts = '{}' OR shifts && ${param(survivor.shifts)}::text[])`] : []),
    ].join(' AND ');
    const branches: string[] = [];
    const columns = 'id, employer_id, required_skills, published_at';
    if (survivor.workplace !== 'remote' && survivor.regionCode) {
      branches.push(`SELECT ${columns} FROM jobs WHERE NOT remote AND region_code = ${param(survivor.regionCode)} AND ${common}`);
    }
    if (survivor.workplace !== 'on_site') branches.push(`SELECT ${columns} FROM jobs WHERE remote AND ${common}`);
    if (!branches.length) return [];

    const rows: { id: string }[] = await this.dataSource.query(
      `WITH reachable AS (${branches.join(' UNION ALL ')})
       SELECT reachable.id FROM reachable
         JOIN employer_profiles profile ON profile.organisation_id = reachable.employer_id
        WHERE profile.vetting_status = 'vetted' AND profile.vetted_until > ${param(now)}
        ORDER BY CASE WHEN cardinality(reachable.required_skills) = 0 THEN 1.0
                      ELSE (SELECT count(*) FROM unnest(reachable.required_skills) AS code WHERE code = ANY(${param(survivor.skillCodes)}::text[]))::float
                           / cardinality(reachable.required_skills) END DESC,
                 reachable.published_at DESC, reachable.id
        LIMIT ${param(cap)}`,
      params,
    );
    if (!rows.length) return [];
    const jobs = await this.dataSource.manager.find(Job, {
      where: { id: In(rows.map((row) => row.id)) },
      relations: { employer: true, region: true },
      select: {
        id: true, title: true, employerId: true, sector: true, regionCode: true, remote: true, requiredSkills: true, preferredSkills: true,
        languages: true, hoursPerWeek: true, shifts: true, hourlyWageMinor: true, wageMinor: true, wageCurrency: true, wagePeriod: true,
        employer: { id: true, name: true },
        region: { code: true, name: true },
      },
    });
    const byId = new Map(jobs.map((job) => [job.id, job]));
    return rows.map((row) => byId.get(row.id)).filter((job): job is Job => job !== undefined);
  }

  /** Visible grant programmes that pass a survivor's exclusions and region, newest first, at most `cap`. */
  grantCandidates(now: Date, survivor: Pick<JobCandidateFilter, 'excludedEmployerIds' | 'excludedRegionCodes' | 'excludedSectors' | 'regionCode'>, cap: number): Promise<GrantProgramme[]> {
    const query = this.visibleGrantsQuery(now)
      .innerJoinAndSelect('grant.funder', 'funder')
      .leftJoinAndSelect('grant.region', 'region')
      .andWhere('NOT (grant.funder_id = ANY(:excludedEmployers::uuid[]))', { excludedEmployers: survivor.excludedEmployerIds })
      .andWhere('(grant.region_code IS NULL OR NOT (grant.region_code = ANY(:excludedRegions::text[])))', { excludedRegions: survivor.excludedRegionCodes })
      .andWhere('(grant.sector IS NULL OR NOT (grant.sector = ANY(:excludedSectors::text[])))', { excludedSectors: survivor.excludedSectors });
    if (survivor.regionCode) query.andWhere('(grant.region_code IS NULL OR grant.region_code = :regionCode)', { regionCode: survivor.regionCode });
    else query.andWhere('grant.region_code IS NULL');
    return query
      .select(['grant.id', 'grant.title', 'grant.funderId', 'grant.sector', 'grant.regionCode', 'grant.amountMinMinor', 'grant.amountMaxMinor', 'grant.currency', 'grant.deadline'])
      .addSelect(['funder.id', 'funder.name', 'region.code', 'region.name'])
      .orderBy('grant.opened_at', 'DESC')
      .addOrderBy('grant.id', 'ASC')
      .limit(cap)
      .getMany();
  }

  /** Whether a job is visible to survivors now, with its employer and region. */
  async visibleJob(now: Date, id: string): Promise<Job | null> {
    return this.visibleJobsQuery(now).innerJoinAndSelect('job.employer', 'employer').innerJoinAndSelect('job.region', 'region').andWhere('job.id = :id', { id }).getOne();
  }

  private paged<T extends object>(query: SelectQueryBuilder<T>, alias: string, page: Page): SelectQueryBuilder<T> {
    if (page.ids) query.andWhere(`${alias}.id IN (:...ids)`, { ids: page.ids.length ? page.ids : ['00000000-0000-0000-0000-000000000000'] });
    if (page.employerId) query.andWhere(`${alias}.employer_id = :employerId`, { employerId: page.employerId });
    if (page.after) query.andWhere(`${alias}.id > :after`, { after: page.after });
    // Every join here is many-to-one, so LIMIT counts rows of the main table.
    if (page.limit) query.orderBy(`${alias}.id`, 'ASC').limit(page.limit);
    return query;
  }
}
