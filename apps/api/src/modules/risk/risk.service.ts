import { Inject, Injectable } from '@nestjs/common';
import { assessRisk, compareLevels, DEFAULT_RISK_RULES, followUpDueAt } from '@onward/risk';
import { EntityManager } from 'typeorm';
import { Clock, DAY_MS, utcDayPlus } from '../../common/clock/clock';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../common/security/request-context';
import { AuditService } from '../audit/audit.service';
import { JobPayloads } from '../queue/jobs';
import { JobQueue } from '../queue/job-queue';
import { SurvivorAccess } from '../survivors/survivor-access';
import { FlagNotifications } from './flag-notifications';
import { NewSignal, RiskRepository, signalOf } from './risk.repository';

/** The longest any rule looks back: older signals cannot change a level. */
const LOOKBACK_MS = Math.max(...Object.values(DEFAULT_RISK_RULES.rules).map((rule) => rule.windowDays)) * DAY_MS;

export interface SignalOutcome {
  /** false: this source had already given this signal; nothing changed. */
  recorded: boolean;
  flagId: string | null;
  change: 'opened' | 'raised' | 'joined' | 'none';
}

/**
 * Turns events into signals and signals into flags. Every caller passes its own transaction, so
 * the signal, the flag, its history and its email commit with the event that caused them: a flag
 * exists within the same request, and never without its cause.
 */
@Injectable()
export class RiskService {
  constructor(
    private readonly risk: RiskRepository,
    private readonly notifications: FlagNotifications,
    private readonly access: SurvivorAccess,
    private readonly audit: AuditService,
    private readonly queue: JobQueue,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Records a signal (once per source) and reassesses the survivor: opens a flag, raises the
   * unresolved one, or adds the signal to it.
   */
  async record(manager: EntityManager, signal: NewSignal): Promise<SignalOutcome> {
    const survivor = await this.risk.lockSurvivor(manager, signal.survivorId);
    if (!survivor) return { recorded: false, flagId: null, change: 'none' };
    const inserted = await this.risk.insertSignal(manager, signal);
    if (!inserted) return { recorded: false, flagId: null, change: 'none' };

    const now = this.clock.now();
    const current = await this.risk.unresolvedFlagOf(manager, survivor.id);
    const signals = await this.risk.countingSignals(manager, survivor.id, current?.id ?? null, new Date(now.getTime() - LOOKBACK_MS));
    const assessment = assessRisk(signals.map((s) => ({ type: s.type, at: s.occurredAt })), now, DEFAULT_RISK_RULES);
    const alarm = signal.type === 'alarm';

    if (!current) {
      if (!assessment.level) return { recorded: true, flagId: null, change: 'none' };
      const flag = await this.risk.createFlag(manager, {
        survivorId: survivor.id,
        organisationId: survivor.organisationId,
        assignedToId: survivor.caseworkerId,
        level: assessment.level,
        score: assessment.score,
        reasons: assessment.reasons,
        status: 'open',
        dueAt: followUpDueAt(assessment.level, now, this.config.followUp.flagDueHours),
        openedAt: now,
        acknowledgedAt: null,
        escalatedAt: null,
        resolvedAt: null,
        outcome: null,
      });
      await this.risk.attachSignals(manager, signals.map((s) => s.id), flag.id);
      await this.risk.addEvents(manager, [
        { flagId: flag.id, type: 'opened', at: now, level: flag.level },
        ...signals.map((s) => ({ flagId: flag.id, type: 'signal' as const, at: s.occurredAt, signalType: s.type })),
      ]);
      await this.notifications.toAssignee(manager, flag, alarm ? 'alarm' : 'opened');
      return { recorded: true, flagId: flag.id, change: 'opened' };
    }

    await this.risk.attachSignals(manager, [inserted.id], current.id);
    const events = [{ flagId: current.id, type: 'signal' as const, at: signal.occurredAt, signalType: signal.type }];
    const raised = assessment.level !== null && compareLevels(assessment.level, current.level) > 0;
    // An overdue follow-up that gets worse (a raise, or another alarm) is news to supervisors too:
    // clearing the mark lets the next escalation run tell them again.
    const renotify = (raised || alarm) && (current.escalatedAt !== null || current.dueAt <= now);
    if (!raised) {
      await this.risk.updateFlag(manager, current.id, { score: assessment.score, reasons: assessment.reasons, ...(renotify ? { escalatedAt: null } : {}) });
      await this.risk.addEvents(manager, events);
      // An alarm always reaches the caseworker, even when the flag is already at its level.
      if (alarm) await this.notifications.toAssignee(manager, current, 'alarm');
      return { recorded: true, flagId: current.id, change: 'joined' };
    }
    const level = assessment.level!;
    const newDue = followUpDueAt(level, now, this.config.followUp.flagDueHours);
    const earlier = newDue < current.dueAt;
    const dueAt = earlier ? newDue : current.dueAt;
    // A new, earlier due time is a new deadline: it escalates again if missed.
    await this.risk.updateFlag(manager, current.id, { level, score: assessment.score, reasons: assessment.reasons, dueAt, escalatedAt: earlier || renotify ? null : current.escalatedAt });
    await this.risk.addEvents(manager, [...events, { flagId: current.id, type: 'raised', at: now, level }]);
    await this.notifications.toAssignee(manager, { ...current, level, dueAt }, alarm ? 'alarm' : 'raised');
    return { recorded: true, flagId: current.id, change: 'raised' };
  }

  /** The survivor's own "I don't feel safe": every press is a signal, recorded and audited in one transaction. */
  alarm(actor: Actor): Promise<SignalOutcome> {
    return this.transactions.run(async (manager) => {
      const survivor = await this.access.own(actor, manager);
      const outcome = await this.record(manager, signalOf('alarm', survivor.id, this.clock.now(), { type: 'alarm', id: null }));
      await this.audit.record({ action: 'survivor.alarm', outcome: 'success', actor, subjectType: 'survivor', subjectId: survivor.id }, manager);
      return outcome;
    });
  }

  /**
   * An employer was suspended or reported: queued in the caller's transaction, fanned out by a
   * worker. A public request (a concern report) then takes the same time whether or not anyone
   * works there, so its timing says nothing about survivors.
   */
  async queueEmployerEvent(manager: EntityManager, payload: JobPayloads['risk.employer-event']): Promise<void> {
    await this.queue.enqueue(manager, 'risk.employer-event', payload);
  }

  /** The worker's side: a signal for everyone working there now, one transaction per survivor. */
  async employerEvent(payload: JobPayloads['risk.employer-event']): Promise<number> {
    const survivorIds = await this.risk.survivorsEmployedBy(payload.employerId);
    for (const survivorId of survivorIds) {
      await this.transactions.run((manager) => this.record(manager, signalOf(payload.type, survivorId, this.clock.now(), { type: payload.sourceType, id: payload.sourceId })));
    }
    return survivorIds.length;
  }

  /**
   * Overdue follow-ups: each is claimed once (other workers skip it), marked escalated and its
   * organisation's supervisors emailed, in one transaction per batch. Safe to run any number of
   * times: an escalated flag is not claimed again until a raise sets a new due time.
   */
  async escalateOverdue(batchSize = 200): Promise<number> {
    let total = 0;
    for (;;) {
      const count = await this.transactions.run(async (manager) => {
        const now = this.clock.now();
        const flags = await this.risk.claimOverdue(manager, now, batchSize);
        for (const flag of flags) {
          await this.risk.addEvents(manager, [{ flagId: flag.id, type: 'escalated', at: now, level: flag.level }]);
          await this.notifications.toSupervisors(manager, { ...flag, dueAt: new Date(flag.dueAt) });
        }
        return flags.length;
      });
      total += count;
      if (count < batchSize) return total;
    }
  }

  /** Survivors still without work NO_PLACEMENT_DAYS after their last placement ended. */
  async scanWithoutWork(batchSize = 500): Promise<number> {
    const now = this.clock.now();
    const endedBy = utcDayPlus(now, -this.config.followUp.noPlacementDays);
    // A gap older than the signal's own window would count for nothing: no need to look back further.
    const endedAfter = utcDayPlus(now, -(this.config.followUp.noPlacementDays + DEFAULT_RISK_RULES.rules.no_placement.windowDays));
    let total = 0;
    for (;;) {
      const rows = await this.risk.withoutWorkSince(endedAfter, endedBy, batchSize);
      for (const row of rows) {
        await this.transactions.run((manager) => this.record(manager, signalOf('no_placement', row.survivorId, this.clock.now(), { type: 'placement', id: row.placementId })));
      }
      total += rows.length;
      if (rows.length < batchSize) return total;
    }
  }
}

