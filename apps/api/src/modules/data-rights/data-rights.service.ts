import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { Errors } from '../../common/errors/domain.exception';
import { Actor } from '../../common/security/request-context';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditService } from '../audit/audit.service';
import { MailService } from '../mail/mail.service';
import { RiskRepository } from '../risk/risk.repository';
import { AccessLogEntryDto } from '../survivors/dto/consent.dto';
import { SurvivorDto } from '../survivors/dto/survivor.dto';
import { PersonalDetailsSealer } from '../survivors/personal-details';
import { SurvivorAccess } from '../survivors/survivor-access';
import { SurvivorProfile } from '../survivors/survivor-profile.entity';
import { SurvivorsRepository } from '../survivors/survivors.repository';
import { DataRightsRepository } from './data-rights.repository';
import { EraseSurvivorDto, ErasureDto, ErasureRequestDto } from './dto/erasure.dto';
import { ExportDataDto, SurvivorExportDto } from './dto/survivor-export.dto';
import { summarise } from './export-summary';
import { ExportAudience } from './survivor-data-map';

/** The alarm, however the audit trail names it (survivor.alarm, or the request that pressed it). */
const ALARM_ACTION = /alarm/i;

const named = (organisation: { id: string; name: string } | undefined, id: string) => ({ id, name: organisation?.name ?? '' });
const titled = (record: { title: string } | undefined, id: string) => ({ id, title: record?.title ?? '' });

/** "Sunflower" and " sunflower " are the same pseudonym to confirm an erasure; "Sunflower 2" is not. */
const samePseudonym = (typed: string, pseudonym: string) => typed.trim().normalize('NFC').toLocaleLowerCase() === pseudonym.trim().normalize('NFC').toLocaleLowerCase();

/**
 * A survivor's data rights: a download of everything Onward holds about them, and erasure.
 *
 * Erasure is done by a caseworker of the survivor's organisation, never by the survivor from
 * their own account. A trafficker who holds a survivor's phone could otherwise wipe the record
 * of someone at risk, with its follow-ups, in one tap; the survivor asks instead, and their
 * caseworker, who can reach them another way, erases it after talking with them.
 */
@Injectable()
export class DataRightsService {
  constructor(
    private readonly records: DataRightsRepository,
    private readonly access: SurvivorAccess,
    private readonly survivors: SurvivorsRepository,
    private readonly sealer: PersonalDetailsSealer,
    private readonly risk: RiskRepository,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The signed-in survivor's own download: without the caseworker's safety notes (see CASEWORKER_ONLY_SECTIONS). */
  async exportOwn(actor: Actor): Promise<SurvivorExportDto> {
    return this.export(actor, await this.access.own(actor), 'survivor');
  }

  /** The complete download, made by the survivor's caseworker on their request. */
  async exportFor(actor: Actor, survivorId: string): Promise<SurvivorExportDto> {
    return this.export(actor, await this.access.asCaseworker(actor, survivorId), 'caseworker');
  }

  /**
   * The survivor asks for their record to be erased: recorded once, and their caseworker is
   * emailed (naming no one). Asking again changes nothing and sends nothing. It is not a risk
   * signal: it raises no follow-up and sounds no alarm.
   */
  requestErasure(actor: Actor): Promise<ErasureRequestDto> {
    return this.transactions.run(async (manager) => {
      const own = await this.access.own(actor, manager);
      const current = (await this.survivors.lock(manager, own.id))!;
      let requestedAt = current.erasureRequestedAt;
      if (!requestedAt) {
        requestedAt = this.clock.now();
        await this.records.markErasureRequested(manager, current.id, requestedAt);
        await this.notifyCaseworkers(manager, current);
      }
      await this.audit.record({ action: 'survivor.erasure_request', outcome: 'success', actor, subjectType: 'survivor', subjectId: current.id }, manager);
      return { requestedAt };
    });
  }

  /**
   * Erases a record in one transaction: personal details, free text, preferences and the
   * account go; what retention counts (placements, awarded grants, check-in dates, flag levels)
   * stays, tied to a record that names no one; and the database then refuses any change to it.
   */
  async erase(actor: Actor, survivorId: string, input: EraseSurvivorDto): Promise<ErasureDto> {
    await this.access.asCaseworker(actor, survivorId);
    return this.transactions.run(async (manager) => {
      // The lock every risk assessment of this survivor takes: a signal arriving now waits, then finds the record erased.
      await this.risk.lockSurvivor(manager, survivorId);
      const current = await this.survivors.lock(manager, survivorId);
      if (!current) throw Errors.notFound('The survivor');
      if (current.erasedAt) throw Errors.erased();
      if (!samePseudonym(input.confirmPseudonym, current.pseudonym)) {
        throw Errors.invalidField('confirmPseudonym', 'Type the pseudonym exactly as it is shown on the record.');
      }
      // A follow-up is a safety decision: a caseworker closes it with an outcome, erasure does not.
      if (await this.records.hasOpenFlag(manager, survivorId)) {
        throw Errors.conflict('This person has a follow-up that is still open. Resolve it first, then erase the record.');
      }
      const now = this.clock.now();
      const addresses = await this.records.addressesOf(manager, survivorId, current.userId, this.sealer.open(current).email);
      await this.records.eraseApplications(manager, survivorId, actor, now);
      await this.records.erasePlacements(manager, survivorId);
      await this.records.eraseCheckIns(manager, survivorId);
      await this.records.eraseGrantApplications(manager, survivorId, actor, now);
      await this.records.eraseFlagNotes(manager, survivorId);
      await this.records.revokeConsents(manager, survivorId, now);
      await this.records.deleteEmailsTo(manager, addresses);
      await this.records.deleteInvitations(manager, survivorId, addresses);
      if (current.userId) {
        await this.records.eraseConcernReports(manager, current.userId);
        await this.records.disableAccount(manager, current.userId, now);
      }
      await this.records.eraseProfile(manager, survivorId, input.reason, now);
      await this.audit.record({ action: 'survivor.erase', outcome: 'success', actor, subjectType: 'survivor', subjectId: survivorId }, manager);
      return { id: survivorId, erasedAt: now };
    });
  }

  private async export(actor: Actor, profile: SurvivorProfile, audience: ExportAudience): Promise<SurvivorExportDto> {
    const data = await this.collect(profile, audience);
    await this.audit.record({ action: 'survivor.export', outcome: 'success', actor, subjectType: 'survivor', subjectId: profile.id });
    return { format: 'onward.survivor-data', version: 1, exportedAt: this.clock.now(), audience, summary: summarise(data, audience), data };
  }

  /** Every section of survivor-data-map.ts, read from the database as it is now. */
  private async collect(profile: SurvivorProfile, audience: ExportAudience): Promise<ExportDataDto> {
    const complete = audience === 'caseworker';
    const personal = this.sealer.open(profile);
    const userId = profile.userId;
    const [excluded, organisation, account, sessions, invitations, consents, applications, placements, grantApplications, checkIns, signals, flags, concerns, activity, accesses] = await Promise.all([
      this.records.organisationsByIds(profile.excludedEmployerIds),
      this.records.organisation(profile.organisationId),
      userId ? this.records.account(userId) : null,
      userId ? this.records.sessions(userId) : [],
      this.records.invitations(profile.id),
      this.records.consents(profile.id),
      this.records.applications(profile.id),
      this.records.placements(profile.id),
      this.records.grantApplications(profile.id),
      this.records.checkIns(profile.id),
      complete ? this.records.riskSignals(profile.id) : null,
      complete ? this.records.flags(profile.id) : null,
      userId ? this.records.concernReports(userId) : [],
      userId ? this.records.activityOf(userId) : [],
      this.audit.accessesOf('survivor', profile.id, userId),
    ]);
    const [applicationEvents, grantParts, flagEvents, emails] = await Promise.all([
      this.records.applicationEvents(applications.map((application) => application.id)),
      this.records.grantApplicationParts(grantApplications.map((application) => application.id)),
      flags ? this.records.flagEvents(flags.map((flag) => flag.id)) : [],
      this.records.emailsTo([account?.email, personal.email, ...invitations.map((invitation) => invitation.email)].filter((email): email is string => !!email).map((email) => email.toLowerCase())),
    ]);
    const history = (events: Array<{ fromStatus: string | null; toStatus: string; actorRole: string | null; note: string | null; occurredAt: Date }>) =>
      events.map(({ fromStatus, toStatus, actorRole, note, occurredAt }) => ({ fromStatus, toStatus, actorRole, note, occurredAt }));

    return {
      profile: SurvivorDto.from(profile, personal, new Map(excluded.map((employer) => [employer.id, employer.name]))),
      organisation: named(organisation ?? undefined, profile.organisationId),
      account: account ? { id: account.id, email: account.email, displayName: account.displayName, createdAt: account.createdAt, disabledAt: account.disabledAt } : null,
      sessions: sessions.map(({ createdAt, lastSeenAt, expiresAt }) => ({ createdAt, lastSeenAt, expiresAt })),
      invitations: invitations.map(({ email, createdAt, expiresAt, acceptedAt, revokedAt }) => ({ email, createdAt, expiresAt, acceptedAt, revokedAt })),
      consents: consents.map((consent) => ({
        id: consent.id,
        employer: named(consent.employer, consent.employerId),
        applicationId: consent.applicationId,
        fields: consent.fields,
        grantedAt: consent.grantedAt,
        expiresAt: consent.expiresAt,
        revokedAt: consent.revokedAt,
        grantedById: consent.grantedById,
      })),
      applications: applications.map((application) => ({
        id: application.id,
        job: titled(application.job, application.jobId),
        employer: named(application.employer, application.employerId),
        status: application.status,
        message: application.message,
        survivorAgreement: application.survivorAgreement,
        createdAt: application.createdAt,
        statusChangedAt: application.statusChangedAt,
        history: history(applicationEvents.filter((event) => event.applicationId === application.id)),
      })),
      placements: placements.map((placement) => ({
        id: placement.id,
        applicationId: placement.applicationId,
        job: titled(placement.job, placement.jobId),
        employer: named(placement.employer, placement.employerId),
        startDate: placement.startDate,
        wageMinor: placement.wageMinor,
        wageCurrency: placement.wageCurrency,
        wagePeriod: placement.wagePeriod,
        hoursPerWeek: placement.hoursPerWeek,
        endDate: placement.endDate,
        endReason: placement.endReason,
        endNote: placement.endNote,
        endedByRole: placement.endedByRole,
      })),
      grantApplications: grantApplications.map((application) => ({
        id: application.id,
        programme: titled(application.programme, application.programmeId),
        funder: named(application.programme?.funder, application.programme?.funderId ?? ''),
        status: application.status,
        businessPlan: application.businessPlan,
        requestedMinor: application.requestedMinor,
        currency: application.currency,
        awardedMinor: application.awardedMinor,
        decisionNote: application.decisionNote,
        tradingEndedOn: application.tradingEndedOn,
        decidedAt: application.decidedAt,
        createdAt: application.createdAt,
        history: history(grantParts.events.filter((event) => event.grantApplicationId === application.id)),
        milestones: grantParts.milestones
          .filter((milestone) => milestone.grantApplicationId === application.id)
          .map(({ id, position, title, dueDate, trancheMinor, status, statusNote, statusChangedAt }) => ({ id, position, title, dueDate, trancheMinor, status, statusNote, statusChangedAt })),
        disbursements: grantParts.disbursements
          .filter((disbursement) => disbursement.grantApplicationId === application.id)
          .map(({ milestoneId, amountMinor, paidOn, reference }) => ({ milestoneId, amountMinor, paidOn, reference })),
      })),
      checkIns: checkIns.map(({ id, placementId, dayOffset, dueOn, status, answers, note, answeredAt, answeredByRole, missedAt }) => ({
        id,
        placementId,
        dayOffset,
        dueOn,
        status,
        answers,
        note,
        answeredAt,
        answeredByRole,
        missedAt,
      })),
      riskSignals: signals && signals.map(({ type, occurredAt, sourceType, sourceId, flagId }) => ({ type, occurredAt, sourceType, sourceId, flagId })),
      flags:
        flags &&
        flags.map((flag) => ({
          id: flag.id,
          level: flag.level,
          score: flag.score,
          reasons: flag.reasons,
          status: flag.status,
          assignedToId: flag.assignedToId,
          openedAt: flag.openedAt,
          dueAt: flag.dueAt,
          acknowledgedAt: flag.acknowledgedAt,
          escalatedAt: flag.escalatedAt,
          resolvedAt: flag.resolvedAt,
          outcome: flag.outcome,
          history: flagEvents.filter((event) => event.flagId === flag.id).map(({ type, at, actorId, level, signalType, note }) => ({ type, at, actorId, level, signalType, note })),
        })),
      concernReports: concerns.map((concern) => ({
        id: concern.id,
        employer: named(concern.employer, concern.employerId),
        category: concern.category,
        details: concern.details,
        status: concern.status,
        reportedAt: concern.reportedAt,
      })),
      emails,
      accessLog: accesses.map(AccessLogEntryDto.from),
      // Network addresses can say where someone stays, and a press of the alarm that they asked
      // for help: both in the caseworker's complete download only (see CASEWORKER_ONLY_SECTIONS).
      ownActivity: activity
        .filter(({ action }) => complete || !ALARM_ACTION.test(action))
        .map(({ occurredAt, action, outcome, clientAddress }) => ({ occurredAt, action, outcome, clientAddress: complete ? clientAddress : null })),
    };
  }

  /** The survivor's caseworker; without one (or their account disabled) the supervisors, or failing those every caseworker. */
  private async notifyCaseworkers(manager: EntityManager, survivor: SurvivorProfile): Promise<void> {
    const assignee = survivor.caseworkerId ? await this.risk.activeEmailOf(manager, survivor.caseworkerId) : null;
    const supervisors = assignee ? [] : await this.risk.supervisorsOf(manager, survivor.organisationId);
    const recipients = assignee ? [assignee] : (supervisors.length ? supervisors : await this.risk.caseworkersOf(manager, survivor.organisationId)).map((user) => user.email);
    const link = `${this.config.publicUrl}/caseworker/survivors/${survivor.id}`;
    for (const to of new Set(recipients)) {
      // Names no one and says nothing about the person: whoever reads the inbox learns only that a request waits.
      await this.mail.queue(manager, {
        to,
        subject: 'A request is waiting for you',
        text: `Someone you support has asked for their record to be erased. Please talk with them, then erase it from their page in Onward: ${link}\n\nThis email holds no details on purpose: sign in to see them.\n`,
      });
    }
  }
}
