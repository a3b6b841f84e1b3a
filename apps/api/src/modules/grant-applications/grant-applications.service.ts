import { Injectable } from '@nestjs/common';
import { safetyExclusionOf } from '@onward/matching';
import { GrantApplicationStatus } from '@onward/shared';
import { EntityManager } from 'typeorm';
import { Clock, utcDay } from '../../common/clock/clock';
import { Errors } from '../../common/errors/domain.exception';
import { Actor } from '../../common/security/request-context';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditService } from '../audit/audit.service';
import { GrantProgramme } from '../grants/grant-programme.entity';
import { GrantProgrammesRepository } from '../grants/grant-programmes.repository';
import { formatMoney } from '../regions/regions.service';
import { signalOf } from '../risk/risk.repository';
import { RiskService } from '../risk/risk.service';
import { SurvivorAccess } from '../survivors/survivor-access';
import { SurvivorProfile } from '../survivors/survivor-profile.entity';
import { GrantApplication } from './grant-application.entity';
import { GrantMilestone } from './grant-milestone.entity';
import { GrantApplicationFields, GrantApplicationRecord, GrantApplicationsRepository } from './grant-applications.repository';
import { exclusionsOf } from '../survivors/safety-exclusions';

export interface GrantApplicationInput {
  programmeId: string;
  businessPlan: string;
  requestedMinor: number;
  /** Null: the signed-in survivor applies for themself. */
  survivorId: string | null;
  /** How the survivor agreed, when a caseworker applies on their behalf. */
  survivorAgreement: string | null;
}

export interface AwardInput {
  amountMinor: number;
  note: string | null;
  milestones: { title: string; dueDate: string; trancheMinor: number }[];
}

export interface DisbursementInput {
  amountMinor: number;
  paidOn: string;
  reference: string | null;
}

export interface GrantApplicationListFilter {
  statuses?: GrantApplicationStatus[];
  programmeId?: string;
  survivorId?: string;
  limit: number;
  offset: number;
}

type Decision = 'review' | 'award' | 'decline' | 'withdraw';

/** submitted → in_review → awarded / declined; withdrawn or declined before a decision. */
const DECISIONS: Record<Decision, { from: readonly GrantApplicationStatus[]; to: GrantApplicationStatus; done: string }> = {
  review: { from: ['submitted'], to: 'in_review', done: 'taken into review' },
  award: { from: ['in_review'], to: 'awarded', done: 'awarded' },
  decline: { from: ['submitted', 'in_review'], to: 'declined', done: 'declined' },
  withdraw: { from: ['submitted', 'in_review'], to: 'withdrawn', done: 'withdrawn' },
};

const STATUS_WORDS: Record<GrantApplicationStatus, string> = {
  submitted: 'submitted',
  in_review: 'in review',
  awarded: 'awarded',
  declined: 'declined',
  withdrawn: 'withdrawn',
};

/**
 * Survivors' applications to grant programmes, the caseworker's decision, and the award's
 * milestones and payments. Only the survivor and caseworkers of the survivor's organisation
 * see an application; to anyone else it does not exist. Decisions are the caseworker's.
 */
@Injectable()
export class GrantApplicationsService {
  constructor(
    private readonly applications: GrantApplicationsRepository,
    private readonly programmes: GrantProgrammesRepository,
    private readonly access: SurvivorAccess,
    private readonly audit: AuditService,
    private readonly risk: RiskService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** The survivor applies for themself, or a caseworker on the survivor's behalf with their agreement. */
  submit(actor: Actor, input: GrantApplicationInput): Promise<GrantApplicationRecord> {
    return this.transactions.run(async (manager) => {
      const survivor = await this.applicant(actor, input, manager);
      const programme = await this.programmes.findById(input.programmeId, manager);
      if (!programme || programme.status !== 'open') throw Errors.notFound('The grant programme');
      this.assertCanApply(survivor, programme, input.requestedMinor);
      const duplicate = () => Errors.conflict('There is already an open application from this survivor to this programme. Withdraw it before applying again.');
      if (await this.applications.findOpen(manager, survivor.id, programme.id)) throw duplicate();

      const now = this.clock.now();
      const application = await this.applications.create(manager, {
        survivorId: survivor.id,
        programmeId: programme.id,
        status: 'submitted',
        businessPlan: input.businessPlan,
        requestedMinor: input.requestedMinor,
        currency: programme.currency,
        awardedMinor: null,
        decisionNote: null,
        decidedAt: null,
        decidedById: null,
        tradingEndedOn: null,
        submittedById: actor.id,
        statusChangedAt: now,
      });
      if (!application) throw duplicate();
      await this.applications.addEvent(manager, { grantApplicationId: application.id, fromStatus: null, toStatus: 'submitted', actorUserId: actor.id, actorRole: actor.role, note: input.survivorAgreement, occurredAt: now });
      await this.audit.record({ action: 'grant_application.submit', outcome: 'success', actor, subjectType: 'grant_application', subjectId: application.id }, manager);
      return (await this.applications.record(application.id, manager))!;
    });
  }

  /** The survivor's own applications, or a caseworker's organisation's. */
  async list(actor: Actor, filter: GrantApplicationListFilter): Promise<[GrantApplication[], number]> {
    let scope: { survivorId?: string; organisationId?: string };
    if (actor.role === 'survivor') {
      const own = filter.survivorId ? await this.access.asSurvivorOrCaseworker(actor, filter.survivorId) : await this.access.own(actor);
      scope = { survivorId: own.id };
    } else if (actor.role === 'caseworker') {
      if (filter.survivorId) await this.access.asCaseworker(actor, filter.survivorId);
      scope = { organisationId: actor.organisationId, survivorId: filter.survivorId };
    } else {
      throw Errors.notFound('The page');
    }
    await this.audit.record({ action: 'grant_application.list', outcome: 'success', actor });
    return this.applications.list({ ...filter, ...scope });
  }

  async get(actor: Actor, id: string): Promise<GrantApplicationRecord> {
    const record = await this.applications.record(id);
    if (!record) throw Errors.notFound('The grant application');
    await this.reader(actor, record.application);
    await this.audit.record({ action: 'grant_application.view', outcome: 'success', actor, subjectType: 'grant_application', subjectId: id });
    return record;
  }

  review(actor: Actor, id: string): Promise<GrantApplicationRecord> {
    return this.decide(actor, id, 'review', async () => ({ patch: {}, note: null }));
  }

  award(actor: Actor, id: string, input: AwardInput): Promise<GrantApplicationRecord> {
    return this.decide(actor, id, 'award', async (application, manager) => {
      const programme = (await this.programmes.findById(application.programmeId, manager))!;
      const money = (minor: number) => formatMoney(minor, application.currency);
      if (input.amountMinor > programme.amountMaxMinor) {
        throw Errors.invalidField('amountMinor', `The award may be at most ${money(programme.amountMaxMinor)}, the programme's largest grant.`);
      }
      const tranches = input.milestones.reduce((total, milestone) => total + milestone.trancheMinor, 0);
      if (tranches !== input.amountMinor) {
        throw Errors.invalidField('milestones', `The milestone tranches add up to ${money(tranches)}, but the award is ${money(input.amountMinor)}. They must be equal.`);
      }
      const now = this.clock.now();
      input.milestones.forEach((milestone, index) => {
        if (milestone.dueDate < utcDay(now)) throw Errors.invalidField(`milestones.${index}.dueDate`, `The milestone "${milestone.title}" is due before today. Choose today or a later date.`);
      });
      // Kept in due-date order; milestones due the same day stay in the order given.
      const ordered = input.milestones.map((milestone, index) => ({ milestone, index })).sort((a, b) => a.milestone.dueDate.localeCompare(b.milestone.dueDate) || a.index - b.index);
      await this.applications.addMilestones(
        manager,
        ordered.map(({ milestone }, index) => ({
          grantApplicationId: application.id,
          position: index + 1,
          title: milestone.title,
          dueDate: milestone.dueDate,
          trancheMinor: milestone.trancheMinor,
          status: 'pending',
          statusNote: null,
          statusChangedAt: null,
          statusChangedById: null,
        })),
      );
      return { patch: { awardedMinor: input.amountMinor, decisionNote: input.note, decidedAt: now, decidedById: actor.id }, note: input.note };
    });
  }

  decline(actor: Actor, id: string, note: string): Promise<GrantApplicationRecord> {
    return this.decide(actor, id, 'decline', async () => ({ patch: { decisionNote: note, decidedAt: this.clock.now(), decidedById: actor.id }, note }));
  }

  /** The survivor or their caseworker takes the application back before a decision. */
  withdraw(actor: Actor, id: string, note: string | null): Promise<GrantApplicationRecord> {
    return this.decide(actor, id, 'withdraw', async () => ({ patch: {}, note }));
  }

  markMilestone(actor: Actor, id: string, milestoneId: string, status: 'met' | 'missed', note: string | null): Promise<GrantApplicationRecord> {
    return this.onAward(actor, id, 'its milestones cannot be marked', async (application, manager) => {
      const milestone = await this.milestone(manager, application, milestoneId);
      if (milestone.status !== 'pending') throw Errors.conflict(`This milestone is already marked ${milestone.status}.`);
      await this.recordMilestoneOutcome(manager, actor, application, milestone, status, note);
    });
  }

  /** The business an award funded stopped trading: retention counts it as ended on that day. */
  recordTradingEnded(actor: Actor, id: string, endedOn: string): Promise<GrantApplicationRecord> {
    return this.onAward(actor, id, 'it cannot stop trading', async (application, manager) => {
      if (application.tradingEndedOn) throw Errors.conflict(`This business was already recorded as having stopped trading on ${application.tradingEndedOn}.`);
      if (endedOn > utcDay(this.clock.now())) throw Errors.invalidField('endedOn', 'The day cannot be in the future.');
      if (application.decidedAt && endedOn < utcDay(application.decidedAt)) throw Errors.invalidField('endedOn', `The day cannot be before the award, ${utcDay(application.decidedAt)}.`);
      await this.applications.update(manager, application.id, { tradingEndedOn: endedOn });
      await this.audit.record({ action: 'grant_application.trading_ended', outcome: 'success', actor, subjectType: 'grant_application', subjectId: application.id }, manager);
    });
  }

  /** A payment against a milestone that is not missed, up to the milestone's tranche. */
  disburse(actor: Actor, id: string, milestoneId: string, input: DisbursementInput): Promise<GrantApplicationRecord> {
    return this.onAward(actor, id, 'nothing can be paid out on it', async (application, manager) => {
      const milestone = await this.milestone(manager, application, milestoneId);
      if (milestone.status === 'missed') throw Errors.conflict('This milestone was missed, so nothing can be paid against it.');
      if (input.paidOn > utcDay(this.clock.now())) throw Errors.invalidField('paidOn', 'The payment date is in the future. Record a payment once it has been made.');
      const money = (minor: number) => formatMoney(minor, application.currency);
      const remaining = milestone.trancheMinor - (await this.applications.disbursedFor(manager, milestone.id));
      if (input.amountMinor > remaining) {
        const message =
          remaining > 0
            ? `Only ${money(remaining)} of this milestone's ${money(milestone.trancheMinor)} remains to be paid.`
            : `Nothing remains to be paid against this milestone: its ${money(milestone.trancheMinor)} has been paid.`;
        throw Errors.invalidField('amountMinor', message);
      }
      await this.applications.addDisbursement(manager, {
        grantApplicationId: application.id,
        milestoneId: milestone.id,
        amountMinor: input.amountMinor,
        paidOn: input.paidOn,
        reference: input.reference,
        recordedById: actor.id,
      });
      await this.audit.record({ action: 'grant_application.disburse', outcome: 'success', actor, subjectType: 'grant_application', subjectId: application.id }, manager);
    });
  }

  /**
   * Every milestone outcome passes here, inside the transaction that records it: the place
   * where a missed milestone raises a risk signal for the survivor's caseworker.
   */
  private async recordMilestoneOutcome(
    manager: EntityManager,
    actor: Actor,
    application: GrantApplication,
    milestone: GrantMilestone,
    status: 'met' | 'missed',
    note: string | null,
  ): Promise<void> {
    await this.applications.updateMilestone(manager, milestone.id, { status, statusNote: note, statusChangedAt: this.clock.now(), statusChangedById: actor.id });
    await this.audit.record({ action: `grant_application.milestone_${status}`, outcome: 'success', actor, subjectType: 'grant_application', subjectId: application.id }, manager);
    if (status === 'missed') await this.risk.record(manager, signalOf('grant_milestone_missed', application.survivorId, this.clock.now(), { type: 'milestone', id: milestone.id }));
  }

  /**
   * Locks the application, checks who asks and that the step is allowed from its state, then
   * writes the change with its history event and audit line. Only the caseworker decides; the
   * survivor may only withdraw.
   */
  private decide(
    actor: Actor,
    id: string,
    decision: Decision,
    work: (application: GrantApplication, manager: EntityManager) => Promise<{ patch: Partial<GrantApplicationFields>; note: string | null }>,
  ): Promise<GrantApplicationRecord> {
    return this.transactions.run(async (manager) => {
      const application = await this.locked(actor, id, decision !== 'withdraw', manager);
      const step = DECISIONS[decision];
      if (!step.from.includes(application.status)) {
        throw Errors.conflict(`This grant application is ${STATUS_WORDS[application.status]}, so it cannot be ${step.done}.`);
      }
      const { patch, note } = await work(application, manager);
      const now = this.clock.now();
      await this.applications.update(manager, id, { ...patch, status: step.to, statusChangedAt: now });
      await this.applications.addEvent(manager, { grantApplicationId: id, fromStatus: application.status, toStatus: step.to, actorUserId: actor.id, actorRole: actor.role, note, occurredAt: now });
      await this.audit.record({ action: `grant_application.${decision}`, outcome: 'success', actor, subjectType: 'grant_application', subjectId: id }, manager);
      return (await this.applications.record(id, manager))!;
    });
  }

  /** A caseworker's change to an award's milestones or payments; `refusal` says why it cannot be made before an award. */
  private onAward(actor: Actor, id: string, refusal: string, work: (application: GrantApplication, manager: EntityManager) => Promise<void>): Promise<GrantApplicationRecord> {
    return this.transactions.run(async (manager) => {
      const application = await this.locked(actor, id, true, manager);
      if (application.status !== 'awarded') throw Errors.conflict(`This grant application is ${STATUS_WORDS[application.status]}, so ${refusal}.`);
      await work(application, manager);
      return (await this.applications.record(id, manager))!;
    });
  }

  /** The row, locked until the transaction ends; 404 to anyone who may not see it, 403 to the survivor for a caseworker's step. */
  private async locked(actor: Actor, id: string, caseworkerOnly: boolean, manager: EntityManager): Promise<GrantApplication> {
    const application = await this.applications.lock(manager, id);
    if (!application) throw Errors.notFound('The grant application');
    await this.reader(actor, application, manager);
    if (caseworkerOnly && actor.role !== 'caseworker') throw Errors.forbiddenBecause("Only the survivor's caseworker can do this.");
    return application;
  }

  /** The survivor themself, or a caseworker of their organisation; anyone else is told the application does not exist. */
  private reader(actor: Actor, application: GrantApplication, manager?: EntityManager): Promise<SurvivorProfile> {
    return this.access.forRecordOf(actor, application.survivorId, 'The grant application', manager);
  }

  private async milestone(manager: EntityManager, application: GrantApplication, milestoneId: string): Promise<GrantMilestone> {
    const milestone = await this.applications.findMilestone(manager, application.id, milestoneId);
    if (!milestone) throw Errors.notFound('The milestone');
    return milestone;
  }

  /** Whose application it is: the survivor's own, or one of the caseworker's organisation's with the survivor's agreement. */
  private async applicant(actor: Actor, input: GrantApplicationInput, manager: EntityManager): Promise<SurvivorProfile> {
    if (actor.role === 'survivor') {
      if (input.survivorAgreement) throw Errors.invalidField('survivorAgreement', 'Leave this out: it records how a survivor agreed to an application a caseworker made for them.');
      return input.survivorId ? this.access.asSurvivorOrCaseworker(actor, input.survivorId, manager) : this.access.own(actor, manager);
    }
    if (actor.role !== 'caseworker') throw Errors.notFound('The page');
    if (!input.survivorId) throw Errors.invalidField('survivorId', 'Choose the survivor you apply for.');
    const survivor = await this.access.asCaseworker(actor, input.survivorId, manager);
    if (!input.survivorAgreement) {
      throw Errors.invalidField('survivorAgreement', 'Say how and when the survivor agreed to this application: it is made in their name.');
    }
    return survivor;
  }

  private assertCanApply(survivor: SurvivorProfile, programme: GrantProgramme, requestedMinor: number): void {
    // The same exclusions matching applies: the funder, and a programme aimed at an excluded region or sector.
    if (safetyExclusionOf(exclusionsOf(survivor), { organisationId: programme.funderId, regionCode: programme.regionCode, sector: programme.sector })) {
      throw Errors.invalidField('programmeId', "This programme is on the survivor's safety exclusions (its funder, region or sector), so no application can be made to it.");
    }
    if (programme.deadline && programme.deadline < utcDay(this.clock.now())) {
      throw Errors.invalidField('programmeId', `This programme closed to applications on ${programme.deadline}.`);
    }
    if (requestedMinor < programme.amountMinMinor || requestedMinor > programme.amountMaxMinor) {
      const range = `${(programme.amountMinMinor / 100).toFixed(2)} and ${formatMoney(programme.amountMaxMinor, programme.currency)}`;
      throw Errors.invalidField('requestedMinor', `This programme grants between ${range}.`);
    }
  }
}
