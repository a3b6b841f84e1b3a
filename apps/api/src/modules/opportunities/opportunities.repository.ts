import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In, SelectQueryBuilder } from 'typeorm';
import { EmployerProfile } from '../employers/employer-profile.entity';
import { GrantProgramme } from '../grants/grant-programme.entity';
import { Job } from '../jobs/job.entity';
import { Skill } from '../skills/skill.entity';

export interface VisibleJob {
  job: Job;
  /** The employer's vetting expiry: the job leaves search then. */
  vettedUntil: Date;
}

interface Page {
  ids?: string[];
  employerId?: string;
  /** Keyset paging for a full reindex: ids greater than this. */
  after?: string;
  limit?: number;
}

const today = (now: Date) => now.toISOString().slice(0, 10);

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
      .andWhere(new Brackets((where) => where.where('job.closing_date IS NULL').orWhere('job.closing_date >= :today', { today: today(now) })));
  }

  private visibleGrantsQuery(now: Date): SelectQueryBuilder<GrantProgramme> {
    return this.dataSource.manager
      .createQueryBuilder(GrantProgramme, 'grant')
      .where(`grant.status = 'open'`)
      .andWhere(new Brackets((where) => where.where('grant.deadline IS NULL').orWhere('grant.deadline >= :today', { today: today(now) })));
  }

  async jobIdsOfEmployer(employerId: string): Promise<string[]> {
    const rows = await this.dataSource.manager.find(Job, { select: { id: true }, where: { employerId } });
    return rows.map((row) => row.id);
  }

  skills(codes: string[]): Promise<Skill[]> {
    if (codes.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(Skill, { where: { code: In(codes) } });
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
