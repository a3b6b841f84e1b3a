import { Injectable } from '@nestjs/common';
import { hourlyWageMinor, JobStatus, Sector, Shift, WagePeriod } from '@onward/shared';
import { EntityManager } from 'typeorm';
import { Clock, utcDay } from '../../common/clock/clock';
import { DomainException, Errors } from '../../common/errors/domain.exception';
import { OrganisationAccess } from '../../common/security/organisation-access';
import { Actor } from '../../common/security/request-context';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditService } from '../audit/audit.service';
import { publishingBlock } from '../employers/employer-standing';
import { EmployersRepository } from '../employers/employers.repository';
import { JobQueue } from '../queue/job-queue';
import { Region } from '../regions/region.entity';
import { formatMoney, RegionsService } from '../regions/regions.service';
import { SkillsService } from '../skills/skills.service';
import { Job } from './job.entity';
import { JobFields, JobsRepository } from './jobs.repository';

export interface JobInput {
  title: string;
  description: string;
  requiredSkills: string[];
  preferredSkills: string[];
  sector: Sector;
  regionCode: string;
  remote: boolean;
  wage: { amountMinor: number; currency: string; period: WagePeriod };
  hoursPerWeek: number;
  languages: string[];
  shifts: Shift[];
  trainingOffered: string | null;
  accommodations: string | null;
  startDate: string | null;
  closingDate: string | null;
}

@Injectable()
export class JobsService {
  constructor(
    private readonly jobs: JobsRepository,
    private readonly employers: EmployersRepository,
    private readonly regions: RegionsService,
    private readonly skills: SkillsService,
    private readonly queue: JobQueue,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** A new job starts as a draft; drafts may be saved by an employer that is not vetted yet. */
  async create(actor: Actor, input: JobInput): Promise<Job> {
    if (!(await this.employers.findById(actor.organisationId))) {
      throw Errors.forbiddenBecause('Only a registered employer organisation can post jobs.');
    }
    const fields = await this.validated(input);
    return this.transactions.run(async (manager) => {
      const job = await this.jobs.create(manager, { ...fields, employerId: actor.organisationId, status: 'draft', publishedAt: null, closedAt: null, createdById: actor.id });
      await this.audit.record({ action: 'job.create', outcome: 'success', actor, subjectType: 'job', subjectId: job.id }, manager);
      // Re-read with the employer and region, so the response names them as GET does.
      return (await this.jobs.findById(job.id, manager))!;
    });
  }

  /** An employer sees only its own jobs (another's is "not found"); staff see any. */
  async get(actor: Actor, id: string): Promise<Job> {
    const job = await this.jobs.findById(id);
    if (!job || !OrganisationAccess.mayManage(actor, job.employerId)) throw Errors.notFound('The job');
    return job;
  }

  list(actor: Actor, filter: { employerId?: string; statuses?: JobStatus[] }): Promise<Job[]> {
    return this.jobs.list({ ...filter, employerId: OrganisationAccess.listScope(actor, filter.employerId) });
  }

  /** A published job that is edited stays published only if it still meets the floor. */
  async update(actor: Actor, id: string, input: JobInput): Promise<Job> {
    const fields = await this.validated(input);
    return this.change(actor, id, 'job.update', async (job, manager) => {
      if (job.status === 'closed') throw Errors.conflict('A closed job cannot be edited.');
      if (job.status === 'published') await this.assertPublishable({ ...job, ...fields }, manager);
      return fields;
    });
  }

  publish(actor: Actor, id: string): Promise<Job> {
    return this.change(actor, id, 'job.publish', async (job, manager) => {
      if (job.status === 'published') return {};
      if (job.status === 'closed') throw Errors.conflict('A closed job cannot be published again; create a new one.');
      await this.assertPublishable(job, manager);
      return { status: 'published', publishedAt: this.clock.now() };
    });
  }

  close(actor: Actor, id: string): Promise<Job> {
    return this.change(actor, id, 'job.close', async (job) => {
      if (job.status === 'closed') return {};
      return { status: 'closed', closedAt: this.clock.now() };
    });
  }

  /** Locks the job, applies the change, re-syncs search through the queue, audits. */
  private change(actor: Actor, id: string, action: string, decide: (job: Job, manager: EntityManager) => Promise<Partial<JobFields>>): Promise<Job> {
    return this.transactions.run(async (manager) => {
      const job = await this.jobs.lock(manager, id);
      if (!job || job.employerId !== actor.organisationId) throw Errors.notFound('The job');
      const patch = await decide(job, manager);
      if (Object.keys(patch).length) {
        await this.jobs.update(manager, id, patch);
        await this.queue.enqueue(manager, 'search.sync', { kind: 'job', id });
        await this.audit.record({ action, outcome: 'success', actor, subjectType: 'job', subjectId: id }, manager);
      }
      return (await this.jobs.findById(id, manager))!;
    });
  }

  /** 403 naming why the employer may not publish; 400 naming the floor when the wage is under it. */
  private async assertPublishable(job: Pick<Job, 'employerId' | 'regionCode' | 'hourlyWageMinor' | 'closingDate'>, manager: EntityManager): Promise<void> {
    const now = this.clock.now();
    const block = publishingBlock(await this.employers.findById(job.employerId, manager), now);
    if (block) throw new DomainException('employer_not_vetted', block, 403);
    const region = await this.regions.require(job.regionCode);
    if (job.hourlyWageMinor < region.hourlyWageFloorMinor) throw belowFloor(region);
    if (job.closingDate && job.closingDate < utcDay(now)) {
      throw Errors.invalidField('closingDate', 'The closing date has passed. Choose a later date to publish.');
    }
  }

  private async validated(input: JobInput): Promise<Omit<JobFields, 'employerId' | 'status' | 'publishedAt' | 'closedAt' | 'createdById'>> {
    await this.skills.requireUsable(input.requiredSkills, 'requiredSkills');
    await this.skills.requireUsable(input.preferredSkills, 'preferredSkills');
    const region = await this.regions.require(input.regionCode);
    if (input.wage.currency !== region.currency) {
      throw Errors.invalidField('wage.currency', `Wages in ${region.name} are paid in ${region.currency}.`);
    }
    const required = [...new Set(input.requiredSkills)];
    return {
      title: input.title,
      description: input.description,
      requiredSkills: required,
      preferredSkills: [...new Set(input.preferredSkills)].filter((code) => !required.includes(code)),
      sector: input.sector,
      regionCode: region.code,
      remote: input.remote,
      wageMinor: input.wage.amountMinor,
      wageCurrency: input.wage.currency,
      wagePeriod: input.wage.period,
      hoursPerWeek: input.hoursPerWeek,
      hourlyWageMinor: hourlyWageMinor(input.wage.amountMinor, input.wage.period, input.hoursPerWeek),
      languages: [...new Set(input.languages)],
      shifts: [...new Set(input.shifts)],
      trainingOffered: input.trainingOffered,
      accommodations: input.accommodations,
      startDate: input.startDate,
      closingDate: input.closingDate,
    };
  }
}

function belowFloor(region: Region): DomainException {
  const floor = formatMoney(region.hourlyWageFloorMinor, region.currency);
  const message = `The wage is below the minimum for ${region.name}: at least ${floor} an hour.`;
  return new DomainException('wage_below_floor', message, 400, { wage: [message] });
}
