import { Injectable } from '@nestjs/common';
import { safetyExclusionOf } from '@onward/matching';
import { ApplicationStatus, ConsentField, hourlyWageMinor, WagePeriod } from '@onward/shared';
import { EntityManager } from 'typeorm';
import { Clock, utcDay } from '../../common/clock/clock';
import { DomainException, Errors } from '../../common/errors/domain.exception';
import { Actor } from '../../common/security/request-context';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditEntry, AuditService } from '../audit/audit.service';
import { publishingBlock } from '../employers/employer-standing';
import { EmployersRepository } from '../employers/employers.repository';
import { JobsRepository } from '../jobs/jobs.repository';
import { PlacementsRepository } from '../placements/placements.repository';
import { CheckInsService } from '../check-ins/check-ins.service';
import { formatMoney, RegionsService } from '../regions/regions.service';
import { ConsentsService, SharedFields } from '../survivors/consents.service';
import { PersonalDetailsSealer } from '../survivors/personal-details';
import { exclusionsOf } from '../survivors/safety-exclusions';
import { SurvivorAccess } from '../survivors/survivor-access';
import { SurvivorProfile } from '../survivors/survivor-profile.entity';
import { SurvivorsRepository } from '../survivors/survivors.repository';
import { transitionRefusal } from './application-transitions';
import { Application } from './application.entity';
import { ApplicationScope, ApplicationsRepository } from './applications.repository';
import { ApplicationDto, ApplicationPageDto, ApplicationSummaryDto } from './dto/application.dto';
import { EmployerApplicationDto, EmployerApplicationPageDto } from './dto/employer-application.dto';

export interface ApplyInput {
  jobId: string;
  message: string | null;
  survivorId: string | null;
  survivorAgreement: string | null;
}

export interface HireInput {
  startDate: string;
  wage: { amountMinor: number; currency: string; period: WagePeriod };
  hoursPerWeek: number;
}

export interface ListInput {
  statuses?: ApplicationStatus[];
  jobId?: string;
  survivorId?: string;
  limit: number;
  offset: number;
}

/** Who is looking at an application, and what they may see. */
type Viewer = { role: 'employer'; fields: NonNullable<SharedFields> } | { role: 'survivor' | 'caseworker'; survivor: SurvivorProfile };
type ViewerRole = Viewer['role'];

export type ApplicationView = ApplicationDto | EmployerApplicationDto;

const AUDIT_ACTION: Record<ApplicationStatus, string> = {
  submitted: 'application.submit',
  shared: 'application.share',
  interview: 'application.interview',
  offer: 'application.offer',
  hired: 'application.hire',
  declined: 'application.decline',
  withdrawn: 'application.withdraw',
};

const WHO: Record<ViewerRole, string> = { employer: 'the employer', survivor: 'the survivor', caseworker: 'a caseworker' };

function aYearBefore(now: Date): string {
  const date = new Date(now);
  date.setUTCFullYear(date.getUTCFullYear() - 1);
  return utcDay(date);
}

/** The line that puts an employer's (or caseworker's) look at a survivor on the survivor's "who viewed my data". */
const viewed = (actor: Actor, survivorId: string): AuditEntry => ({ action: 'application.view', outcome: 'success', actor, subjectType: 'survivor', subjectId: survivorId });

const consentRequired = () =>
  new DomainException('consent_required', 'The employer sees an application only with consent. Choose what they may see, then share the application again.', 403);

/**
 * Applications to jobs: submitted → shared (with consent) → interview → offer → hired, or
 * declined / withdrawn from any open state. The survivor and their organisation's caseworkers
 * see everything; the employer sees an application only once it was shared and only while a
 * consent covers it, checked on every request, and then only the consented fields. Everyone
 * else, admins included, is told the application does not exist.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly placements: PlacementsRepository,
    private readonly checkIns: CheckInsService,
    private readonly jobs: JobsRepository,
    private readonly employers: EmployersRepository,
    private readonly regions: RegionsService,
    private readonly survivors: SurvivorsRepository,
    private readonly access: SurvivorAccess,
    private readonly consents: ConsentsService,
    private readonly sealer: PersonalDetailsSealer,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** A survivor applies for themself, or a caseworker for one of their organisation's survivors with the survivor's agreement. */
  async apply(actor: Actor, input: ApplyInput): Promise<ApplicationDto> {
    const survivor = await this.applicant(actor, input);
    const now = this.clock.now();
    const job = await this.jobs.findById(input.jobId);
    // A job survivors cannot see is, to them, not there.
    if (!job || job.status !== 'published' || (job.closingDate !== null && job.closingDate < utcDay(now)) || publishingBlock(await this.employers.findById(job.employerId), now) !== null) {
      throw Errors.notFound('The job');
    }
    const excluded = safetyExclusionOf(exclusionsOf(survivor), { organisationId: job.employerId, regionCode: job.regionCode, sector: job.sector });
    if (excluded) {
      const whose = actor.role === 'survivor' ? 'your' : "the survivor's";
      throw Errors.invalidField('jobId', `This job's ${excluded} is in ${whose} safety exclusions, so the application cannot be made.`);
    }
    const id = await this.transactions.run(async (manager) => {
      // One application at a time per survivor, so a double submit cannot pass the check twice.
      await this.survivors.lock(manager, survivor.id);
      if (await this.applications.hasOpen(manager, survivor.id, job.id)) throw Errors.conflict('There is already an open application to this job.');
      const application = await this.applications.create(manager, {
        survivorId: survivor.id,
        jobId: job.id,
        employerId: job.employerId,
        status: 'submitted',
        message: input.message,
        submittedById: actor.id,
        survivorAgreement: actor.role === 'caseworker' ? input.survivorAgreement : null,
        statusChangedAt: now,
      });
      await this.record(manager, actor, application.id, null, 'submitted', null, now);
      return application.id;
    });
    return this.survivorView(id);
  }

  async list(actor: Actor, input: ListInput): Promise<ApplicationPageDto | EmployerApplicationPageDto> {
    if (input.survivorId && actor.role !== 'caseworker') throw Errors.invalidField('survivorId', 'Only caseworkers can filter applications by survivor.');
    const filter = { statuses: input.statuses, jobId: input.jobId, limit: input.limit, offset: input.offset };
    if (actor.role === 'employer') {
      const [rows, total] = await this.applications.listSharedWith(actor.organisationId, this.clock.now(), filter);
      const shared = await this.consents.sharedFieldsForApplications(actor.organisationId, rows.map(({ id, survivorId }) => ({ id, survivorId })));
      const visible = rows.filter((row) => shared.get(row.id));
      await this.audit.recordMany([...new Set(visible.map((row) => row.survivorId))].map((survivorId) => viewed(actor, survivorId)));
      return { items: visible.map((row) => this.employerView(row, shared.get(row.id)!)), total: total - (rows.length - visible.length) };
    }
    let scope: ApplicationScope;
    if (actor.role === 'survivor') scope = { survivorId: (await this.access.own(actor)).id };
    else if (actor.role === 'caseworker') {
      if (input.survivorId) await this.access.asCaseworker(actor, input.survivorId);
      scope = { organisationId: actor.organisationId, survivorId: input.survivorId };
      await this.audit.record({ action: 'application.list', outcome: 'success', actor });
    } else throw Errors.notFound('The page');
    const [rows, total] = await this.applications.list(scope, filter);
    const placementIds = await this.placements.idsByApplication(rows.map((row) => row.id));
    return { items: rows.map((row) => ApplicationSummaryDto.from(row, placementIds.get(row.id) ?? null)), total };
  }

  async get(actor: Actor, id: string): Promise<ApplicationView> {
    const application = await this.applications.findById(id);
    if (!application) throw Errors.notFound('The application');
    const viewer = await this.viewer(actor, application);
    if (viewer.role !== 'survivor') await this.audit.record(viewed(actor, application.survivorId));
    if (viewer.role === 'employer') return this.employerView(application, viewer.fields);
    return this.survivorView(id);
  }

  /**
   * The survivor or their caseworker shares the application with the employer, giving consent
   * for it first when `consent` is sent. Without an active consent: 403 consent_required.
   */
  async share(actor: Actor, id: string, consent: { fields: ConsentField[]; days: number | null } | null): Promise<ApplicationView> {
    if (consent) {
      // Checked before the consent is written, so a share refused for who or where it is leaves no consent behind.
      const application = await this.applications.findById(id);
      if (!application) throw Errors.notFound('The application');
      this.allow(await this.viewer(actor, application), ['survivor', 'caseworker']);
      const refusal = transitionRefusal(application.status, 'shared');
      if (refusal) throw Errors.conflict(refusal);
      await this.consents.grant(actor, actor.role === 'survivor' ? 'me' : application.survivorId, {
        employerId: application.employerId,
        applicationId: application.id,
        fields: consent.fields,
        days: consent.days,
      });
    }
    return this.move(actor, id, 'shared', ['survivor', 'caseworker'], null, async (application, manager) => {
      if (!(await this.consents.sharedFields(application.survivorId, application.employerId, application.id, manager))) throw consentRequired();
    });
  }

  interview(actor: Actor, id: string, note: string | null): Promise<ApplicationView> {
    return this.move(actor, id, 'interview', ['employer'], note, (application, manager) => this.assertInGoodStanding(application.employerId, manager));
  }

  offer(actor: Actor, id: string, note: string | null): Promise<ApplicationView> {
    return this.move(actor, id, 'offer', ['employer'], note, (application, manager) => this.assertInGoodStanding(application.employerId, manager));
  }

  /** The employer records the hire; the placement is made in the same transaction. */
  hire(actor: Actor, id: string, input: HireInput): Promise<ApplicationView> {
    const now = this.clock.now();
    if (input.startDate < aYearBefore(now)) throw Errors.invalidField('startDate', 'The start date can be at most a year ago.');
    return this.move(actor, id, 'hired', ['employer'], null, async (application, manager) => {
      await this.assertInGoodStanding(application.employerId, manager);
      const job = (await this.jobs.findById(application.jobId, manager))!;
      if (input.wage.currency !== job.wageCurrency) throw Errors.invalidField('wage.currency', `This job pays in ${job.wageCurrency}.`);
      // The floor that stopped a low wage being published also stops a low wage being agreed.
      const region = await this.regions.require(job.regionCode);
      if (hourlyWageMinor(input.wage.amountMinor, input.wage.period, input.hoursPerWeek) < region.hourlyWageFloorMinor) {
        const message = `The wage is below the minimum for ${region.name}: at least ${formatMoney(region.hourlyWageFloorMinor, region.currency)} an hour.`;
        throw new DomainException('wage_below_floor', message, 400, { wage: [message] });
      }
      const placement = await this.placements.create(manager, {
        survivorId: application.survivorId,
        applicationId: application.id,
        jobId: application.jobId,
        employerId: application.employerId,
        startDate: input.startDate,
        wageMinor: input.wage.amountMinor,
        wageCurrency: input.wage.currency,
        wagePeriod: input.wage.period,
        hoursPerWeek: input.hoursPerWeek,
      });
      await this.checkIns.scheduleFor(manager, placement);
      await this.audit.record({ action: 'placement.create', outcome: 'success', actor, subjectType: 'placement', subjectId: placement.id }, manager);
    });
  }

  decline(actor: Actor, id: string, note: string | null): Promise<ApplicationView> {
    return this.move(actor, id, 'declined', ['employer', 'caseworker'], note);
  }

  withdraw(actor: Actor, id: string, note: string | null): Promise<ApplicationView> {
    return this.move(actor, id, 'withdrawn', ['survivor', 'caseworker'], note);
  }

  /**
   * A suspended, expired or never-vetted employer may not take an application further: the
   * concern that suspended it may be exactly what the survivor must be kept from.
   */
  private async assertInGoodStanding(employerId: string, manager: EntityManager): Promise<void> {
    const block = publishingBlock(await this.employers.findById(employerId, manager), this.clock.now());
    if (block) throw new DomainException('employer_not_vetted', block, 403);
  }

  /**
   * One step, on the locked row: 404 unless the actor may see the application, 403 unless the
   * step is theirs, 409 naming the state unless the step is allowed from it; then the step's own
   * work, the status, a history event and an audit line, all in one transaction.
   */
  private move(
    actor: Actor,
    id: string,
    to: ApplicationStatus,
    allowed: ViewerRole[],
    note: string | null,
    work?: (application: Application, manager: EntityManager) => Promise<void>,
  ): Promise<ApplicationView> {
    return this.transactions.run(async (manager) => {
      const application = await this.applications.lock(manager, id);
      if (!application) throw Errors.notFound('The application');
      const viewer = this.allow(await this.viewer(actor, application, manager), allowed);
      const refusal = transitionRefusal(application.status, to);
      if (refusal) throw Errors.conflict(refusal);
      await work?.(application, manager);
      const now = this.clock.now();
      await this.applications.setStatus(manager, id, to, now);
      await this.record(manager, actor, id, application.status, to, note, now);
      if (viewer.role !== 'employer') return this.survivorView(id, manager);
      // The employer's answer shows the survivor's consented fields: that is a view too.
      await this.audit.record(viewed(actor, application.survivorId), manager);
      return this.employerView((await this.applications.findById(id, manager))!, viewer.fields);
    });
  }

  /** 404 for anyone who may not see the application, whatever the reason. */
  private async viewer(actor: Actor, application: Application, manager?: EntityManager): Promise<Viewer> {
    if (actor.role === 'employer') {
      if (application.employerId === actor.organisationId && application.status !== 'submitted' && (await this.applications.wasShared(application.id, manager))) {
        const fields = await this.consents.sharedFields(application.survivorId, application.employerId, application.id, manager);
        if (fields) return { role: 'employer', fields };
      }
      throw Errors.notFound('The application');
    }
    const survivor = await this.access.forRecordOf(actor, application.survivorId, 'The application', manager);
    return { role: actor.role === 'survivor' ? 'survivor' : 'caseworker', survivor };
  }

  private allow(viewer: Viewer, allowed: ViewerRole[]): Viewer {
    if (!allowed.includes(viewer.role)) throw Errors.forbiddenBecause(`Only ${allowed.map((role) => WHO[role]).join(' or ')} can make this change.`);
    return viewer;
  }

  private async applicant(actor: Actor, input: ApplyInput): Promise<SurvivorProfile> {
    if (actor.role === 'survivor') {
      const fields: Record<string, string[]> = {};
      if (input.survivorId) fields.survivorId = ['Leave survivorId out: you apply for yourself.'];
      if (input.survivorAgreement) fields.survivorAgreement = ['Only a caseworker applying for a survivor records how the survivor agreed.'];
      if (Object.keys(fields).length) throw Errors.validation(fields);
      return this.access.own(actor);
    }
    if (actor.role === 'caseworker') {
      const fields: Record<string, string[]> = {};
      if (!input.survivorId) fields.survivorId = ['Choose the survivor you are applying for.'];
      if (!input.survivorAgreement) fields.survivorAgreement = ['Say how the survivor agreed to this application, e.g. "agreed by phone on 3 December".'];
      if (Object.keys(fields).length) throw Errors.validation(fields);
      return this.access.asCaseworker(actor, input.survivorId!);
    }
    throw Errors.notFound('The page');
  }

  private async record(manager: EntityManager, actor: Actor, id: string, from: ApplicationStatus | null, to: ApplicationStatus, note: string | null, at: Date): Promise<void> {
    await this.applications.addEvent(manager, { applicationId: id, fromStatus: from, toStatus: to, actorUserId: actor.id, actorRole: actor.role, note, occurredAt: at });
    await this.audit.record({ action: AUDIT_ACTION[to], outcome: 'success', actor, subjectType: 'application', subjectId: id }, manager);
  }

  private async survivorView(id: string, manager?: EntityManager): Promise<ApplicationDto> {
    const application = (await this.applications.findById(id, manager))!;
    const history = await this.applications.history(id, manager);
    const placementIds = await this.placements.idsByApplication([id], manager);
    return ApplicationDto.withHistory(application, placementIds.get(id) ?? null, history);
  }

  private employerView(application: Application, fields: NonNullable<SharedFields>): EmployerApplicationDto {
    return EmployerApplicationDto.from(application, fields, () => this.sealer.open(application.survivor!));
  }
}
