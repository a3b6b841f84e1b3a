import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Sector, VETTING_CHECKLIST, VETTING_DEFAULT_VALID_DAYS, VETTING_MAX_VALID_DAYS, VettingStatus } from '@onward/shared';
import { Clock } from '../../common/clock/clock';
import { Errors } from '../../common/errors/domain.exception';
import { Actor } from '../../common/security/request-context';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditService } from '../audit/audit.service';
import { MeDto } from '../auth/dto/me.dto';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionsService } from '../auth/sessions.service';
import { OrganisationsRepository } from '../identity/organisations.repository';
import { UsersRepository } from '../identity/users.repository';
import { JobQueue } from '../queue/job-queue';
import { RiskService } from '../risk/risk.service';
import { RateLimiter } from '../rate-limit/rate-limiter';
import { RegionsService } from '../regions/regions.service';
import { ConcernsRepository } from './concerns.repository';
import { ConcernReport } from './concern-report.entity';
import { EmployerProfile } from './employer-profile.entity';
import { publishingBlock } from './employer-standing';
import { EmployersRepository } from './employers.repository';
import { ChecklistAnswer, VettingEvent } from './vetting-event.entity';

const DAY_MS = 86_400_000;

export interface EmployerRegistration {
  organisationName: string;
  legalName: string;
  registrationNumber: string;
  sector: Sector;
  regions: string[];
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  account: { displayName: string; email: string; password: string };
}

export interface VettingDecision {
  decision: 'vetted' | 'rejected';
  checklist: Array<Pick<ChecklistAnswer, 'item' | 'confirmed'> & { note?: string | null; evidenceReference?: string | null }>;
  reason?: string;
  vettedUntil?: string;
}

@Injectable()
export class EmployersService {
  constructor(
    private readonly employers: EmployersRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly users: UsersRepository,
    private readonly regions: RegionsService,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly queue: JobQueue,
    private readonly risk: RiskService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly limiter: RateLimiter,
    private readonly clock: Clock,
    private readonly concerns: ConcernsRepository,
  ) {}

  /**
   * An employer signs up: its organisation (pending vetting), its profile and its first member's
   * account, who is signed in at once.
   */
  async register(input: EmployerRegistration, clientAddress: string): Promise<{ me: MeDto; token: string; expiresAt: Date }> {
    await this.limiter.consume({ scope: 'employer-registration:ip', subject: clientAddress, max: 10, windowSeconds: 3600 });
    await this.regions.requireAll(input.regions);
    const email = input.account.email.toLowerCase();
    const passwordHash = await this.passwords.hash(input.account.password);
    return this.transactions.run(async (manager) => {
      if (await this.users.findByEmail(email, manager)) throw Errors.conflict('Someone already has an account with this email.');
      const now = this.clock.now();
      const organisation = await this.organisations.create(manager, { name: input.organisationName, kind: 'employer' });
      await this.employers.create(manager, {
        organisationId: organisation.id,
        legalName: input.legalName,
        registrationNumber: input.registrationNumber,
        sector: input.sector,
        regions: [...new Set(input.regions)],
        contactName: input.contactName,
        contactEmail: input.contactEmail.toLowerCase(),
        contactPhone: input.contactPhone,
        vettingStatus: 'pending',
        vettedUntil: null,
        statusReason: null,
        statusChangedAt: now,
      });
      const user = await this.users.create(manager, { organisationId: organisation.id, email, displayName: input.account.displayName, role: 'employer', passwordHash });
      await this.employers.addEvent(manager, {
        employerId: organisation.id,
        fromStatus: null,
        toStatus: 'pending',
        actorUserId: user.id,
        reason: 'Registered',
        checklist: null,
        vettedUntil: null,
        concernId: null,
        occurredAt: now,
      });
      const session = await this.sessions.start(user.id, manager);
      await this.audit.record({ action: 'employer.register', outcome: 'success', actor: user, subjectType: 'organisation', subjectId: organisation.id, clientAddress }, manager);
      return { me: MeDto.from(user, organisation), ...session };
    });
  }

  /** The employer's own view of its profile; null when its organisation never registered. */
  findOwn(actor: Actor): Promise<EmployerProfile | null> {
    return this.employers.findById(actor.organisationId);
  }

  async get(id: string): Promise<EmployerProfile> {
    const profile = await this.employers.findById(id);
    if (!profile) throw Errors.notFound('The employer');
    return profile;
  }

  list(statuses: VettingStatus[]): Promise<EmployerProfile[]> {
    return this.employers.list(statuses);
  }

  /** The employer's own standing: status, the latest review's items, and whether it may publish. */
  async standing(actor: Actor): Promise<{ profile: EmployerProfile; latestReview: VettingEvent | null; publishingBlock: string | null }> {
    const profile = await this.employers.findById(actor.organisationId);
    if (!profile) throw Errors.notFound('An employer registration for your organisation');
    return { profile, latestReview: await this.employers.latestReview(profile.organisationId), publishingBlock: publishingBlock(profile, this.clock.now()) };
  }

  /** Everything a caseworker reviews. */
  async detail(id: string): Promise<{ profile: EmployerProfile; history: VettingEvent[]; latestReview: VettingEvent | null; concerns: ConcernReport[] }> {
    const profile = await this.get(id);
    const [history, latestReview, concerns] = await Promise.all([this.employers.history(id), this.employers.latestReview(id), this.concerns.forEmployer(id)]);
    return { profile, history, latestReview, concerns };
  }

  /** A caseworker takes a pending employer into review, so others see someone is on it. */
  startReview(actor: Actor, id: string): Promise<EmployerProfile> {
    return this.transition(actor, id, (profile) => {
      if (profile.vettingStatus !== 'pending') throw Errors.conflict(`Only a pending employer can be taken into review; this one is ${profile.vettingStatus}.`);
      return { to: 'in_review', reason: 'Review started' };
    });
  }

  /**
   * Vetted needs every checklist item confirmed and no open forced-labour concern; rejected
   * needs a reason. Either may follow any status: re-vetting a suspended employer is a new
   * decision on a new checklist.
   */
  decide(actor: Actor, id: string, input: VettingDecision): Promise<EmployerProfile> {
    const checklist = this.completeChecklist(input.checklist);
    return this.transition(actor, id, async (_profile, manager) => {
      if (input.decision === 'rejected') {
        if (!input.reason?.trim()) throw Errors.invalidField('reason', 'Give the reason for rejecting; the employer will see it.');
        return { to: 'rejected', reason: input.reason.trim(), checklist };
      }
      const unconfirmed = checklist.filter((answer) => !answer.confirmed).map((answer) => answer.item);
      if (unconfirmed.length) throw Errors.invalidField('checklist', `Every item must be confirmed before vetting. Not confirmed: ${unconfirmed.join(', ')}.`);
      if ((await this.concerns.countOpenHolding(manager, id)) > 0) throw Errors.conflict('This employer has open concerns about forced-labour indicators. Review them first.');
      return { to: 'vetted', reason: input.reason?.trim() || 'Vetted', checklist, vettedUntil: this.vettedUntil(input.vettedUntil) };
    });
  }

  suspend(actor: Actor, id: string, reason: string): Promise<EmployerProfile> {
    return this.transition(actor, id, (profile) => {
      if (profile.vettingStatus === 'suspended' || profile.vettingStatus === 'rejected') {
        throw Errors.conflict(`This employer is already ${profile.vettingStatus}.`);
      }
      return { to: 'suspended', reason: reason.trim() };
    });
  }

  /**
   * One status change: the profile row is locked, the change and its history line are written,
   * the employer's jobs are re-synced to the search index (hidden or shown) through the queue,
   * and the change is audited, all in one transaction.
   */
  private transition(
    actor: Actor | null,
    id: string,
    decide: (profile: EmployerProfile, manager: EntityManager) => Promise<StatusChange> | StatusChange,
    options: { concernId?: string; manager?: EntityManager } = {},
  ): Promise<EmployerProfile> {
    const work = async (manager: EntityManager) => {
      const profile = await this.employers.lock(manager, id);
      if (!profile) throw Errors.notFound('The employer');
      const change = await decide(profile, manager);
      const now = this.clock.now();
      const next = {
        vettingStatus: change.to,
        vettedUntil: change.to === 'vetted' ? change.vettedUntil! : change.to === 'suspended' ? profile.vettedUntil : null,
        statusReason: change.to === 'rejected' || change.to === 'suspended' ? change.reason : null,
        statusChangedAt: now,
      };
      await this.employers.setStatus(manager, id, next);
      const event = await this.employers.addEvent(manager, {
        employerId: id,
        fromStatus: profile.vettingStatus,
        toStatus: change.to,
        actorUserId: actor?.id ?? null,
        reason: change.reason,
        checklist: change.checklist ?? null,
        vettedUntil: next.vettedUntil,
        concernId: options.concernId ?? null,
        occurredAt: now,
      });
      await this.queue.enqueue(manager, 'search.sync', { kind: 'employer', id });
      // Everyone working there now is at risk: each gets a signal (and a flag) with the suspension.
      if (change.to === 'suspended') await this.risk.queueEmployerEvent(manager, { employerId: id, type: 'employer_suspended', sourceType: 'vetting_event', sourceId: event.id });
      await this.audit.record({ action: `employer.${change.to}`, outcome: 'success', actor, subjectType: 'organisation', subjectId: id }, manager);
      return Object.assign(profile, next);
    };
    return options.manager ? work(options.manager) : this.transactions.run(work);
  }

  /**
   * A forced-labour concern arrived: a vetted employer is suspended at once, inside the
   * transaction that stored the report, so its jobs leave search. One that is not vetted cannot
   * publish anyway and stays in the vetting queue, where the open concern blocks vetting until
   * it is reviewed. The reason the employer sees does not say who reported or what.
   */
  async holdForConcern(manager: EntityManager, employerId: string, concernId: string): Promise<void> {
    const profile = await this.employers.lock(manager, employerId);
    if (profile?.vettingStatus !== 'vetted') return;
    await this.transition(null, employerId, () => ({ to: 'suspended', reason: HOLD_REASON }), { concernId, manager });
  }

  /**
   * The last open forced-labour concern was dismissed: an employer that was suspended only by
   * the hold goes back to vetted if its vetting has not expired meanwhile.
   */
  async releaseHold(manager: EntityManager, actor: Actor, employerId: string): Promise<void> {
    const latest = await this.employers.latestEvent(manager, employerId);
    if (!latest || latest.toStatus !== 'suspended' || latest.concernId === null || latest.fromStatus !== 'vetted') return;
    const vettedUntil = latest.vettedUntil;
    if (!vettedUntil || vettedUntil.getTime() <= this.clock.now().getTime()) return;
    await this.transition(actor, employerId, () => ({ to: 'vetted', reason: 'Concern reviewed and dismissed; publication restored', vettedUntil }), { manager });
  }

  private completeChecklist(answers: VettingDecision['checklist']): ChecklistAnswer[] {
    const byItem = new Map(answers.map((answer) => [answer.item, answer]));
    if (byItem.size !== answers.length) throw Errors.invalidField('checklist', 'Each checklist item may appear once.');
    const missing = VETTING_CHECKLIST.filter((item) => !byItem.has(item));
    if (missing.length) throw Errors.invalidField('checklist', `Answer every checklist item. Missing: ${missing.join(', ')}.`);
    return VETTING_CHECKLIST.map((item) => {
      const answer = byItem.get(item)!;
      return { item, confirmed: answer.confirmed, note: answer.note?.trim() || null, evidenceReference: answer.evidenceReference?.trim() || null };
    });
  }

  private vettedUntil(requested: string | undefined): Date {
    const now = this.clock.now().getTime();
    if (requested === undefined) return new Date(now + VETTING_DEFAULT_VALID_DAYS * DAY_MS);
    const until = new Date(`${requested}T23:59:59.999Z`);
    if (until.getTime() <= now) throw Errors.invalidField('vettedUntil', 'The vetting expiry must be in the future.');
    if (until.getTime() > now + VETTING_MAX_VALID_DAYS * DAY_MS) {
      throw Errors.invalidField('vettedUntil', `A vetting can last at most ${VETTING_MAX_VALID_DAYS} days.`);
    }
    return until;
  }
}

interface StatusChange {
  to: VettingStatus;
  reason: string;
  checklist?: ChecklistAnswer[];
  vettedUntil?: Date;
}

export const HOLD_REASON = 'Publication is on hold while a concern is reviewed.';
