import { Inject, Injectable } from '@nestjs/common';
import { SignalType } from '@onward/shared';
import { EntityManager } from 'typeorm';
import { Clock, utcDay, utcDayPlus } from '../../common/clock/clock';
import { Errors } from '../../common/errors/domain.exception';
import { Actor } from '../../common/security/request-context';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditService } from '../audit/audit.service';
import { MailService } from '../mail/mail.service';
import { signalOf } from '../risk/risk.repository';
import { RiskService } from '../risk/risk.service';
import { SurvivorAccess } from '../survivors/survivor-access';
import { CheckInAnswers } from './check-in.entity';
import { CheckInDto, CheckInListDto } from './dto/check-in.dto';
import { CheckInsRepository } from './check-ins.repository';

/** How far back a survivor still sees a missed check-in they can answer late. */
const LATE_ANSWER_DAYS = 30;

/** Each answer that is a sign of risk, and the signal it gives. */
const ANSWER_SIGNALS: Array<[keyof CheckInAnswers, boolean, SignalType]> = [
  ['stillWorking', false, 'placement_ended'],
  ['paidAsPromised', false, 'not_paid'],
  ['hoursAsPromised', false, 'hours_not_as_promised'],
  ['feelSafe', false, 'unsafe_at_work'],
  ['housingStable', false, 'housing_unstable'],
  ['pastContact', true, 'past_contact'],
];

export interface ScanResult {
  due: number;
  reminders: number;
  missed: number;
}

/**
 * Check-ins after a start: scheduled by the hire, reminded and missed by the scan, answered by
 * the survivor or recorded by their caseworker. Answers and notes never reach an employer.
 */
@Injectable()
export class CheckInsService {
  constructor(
    private readonly checkIns: CheckInsRepository,
    private readonly access: SurvivorAccess,
    private readonly risk: RiskService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Called by a hire, in its transaction. A start recorded late skips the check-ins whose grace
   * period has already passed: nobody could have answered them.
   */
  async scheduleFor(manager: EntityManager, placement: { id: string; survivorId: string; startDate: string }): Promise<void> {
    const start = Date.parse(`${placement.startDate}T00:00:00Z`);
    const earliestDue = utcDayPlus(this.clock.now(), -this.config.followUp.checkInGraceDays);
    const rows = this.config.followUp.checkInDays
      .map((dayOffset) => ({ placementId: placement.id, survivorId: placement.survivorId, dayOffset, dueOn: utcDayPlus(start, dayOffset) }))
      .filter((row) => row.dueOn >= earliestDue);
    await this.checkIns.schedule(manager, rows);
  }

  /** Called when a placement ends, in its transaction. */
  cancelAfter(manager: EntityManager, placementId: string, endDate: string): Promise<void> {
    return this.checkIns.cancelAfter(manager, placementId, endDate);
  }

  /** The signed-in survivor's check-ins waiting for an answer. */
  async mine(actor: Actor): Promise<CheckInListDto> {
    const survivor = await this.access.own(actor);
    return { items: (await this.checkIns.openFor(survivor.id, utcDayPlus(this.clock.now(), -LATE_ANSWER_DAYS))).map(CheckInDto.from) };
  }

  /** The survivor's own answers, or a caseworker's record of a call. */
  async answer(actor: Actor, id: string, input: CheckInAnswers & { note: string | null }): Promise<CheckInDto> {
    await this.transactions.run(async (manager) => {
      const checkIn = await this.checkIns.lock(manager, id);
      if (!checkIn) throw Errors.notFound('The check-in');
      await this.access.forRecordOf(actor, checkIn.survivorId, 'The check-in', manager);
      if (checkIn.status === 'answered') throw Errors.conflict('This check-in has already been answered.');
      if (checkIn.status === 'scheduled') throw Errors.conflict(`This check-in is not open yet: it opens on ${checkIn.dueOn}.`);
      if (checkIn.status === 'cancelled') throw Errors.conflict('This check-in is no longer needed: the job it asks about has ended.');
      const now = this.clock.now();
      if (checkIn.status === 'missed' && checkIn.dueOn < utcDayPlus(now, -LATE_ANSWER_DAYS)) {
        throw Errors.conflict('This check-in has closed: it is too long ago to answer now.');
      }
      const { note, ...answers } = input;
      await this.checkIns.saveAnswers(manager, id, { answers, note, answeredAt: now, answeredByRole: actor.role, answeredById: actor.id });
      await this.audit.record({ action: 'check_in.answer', outcome: 'success', actor, subjectType: 'survivor', subjectId: checkIn.survivorId }, manager);
      for (const [question, riskyAnswer, type] of ANSWER_SIGNALS) {
        if (answers[question] === riskyAnswer) await this.risk.record(manager, signalOf(type, checkIn.survivorId, now, { type: 'check_in', id }));
      }
    });
    return CheckInDto.from((await this.checkIns.findById(id))!);
  }

  /**
   * The scheduled scan: check-ins falling due get a discreet reminder; those still unanswered
   * after the grace period are missed, each a signal. Claimed in batches with SKIP LOCKED, each
   * batch one transaction: a worker killed mid-batch leaves nothing half done, and the next run
   * (on any worker) takes the batch again. Running it twice changes nothing the second time.
   */
  async scan(batchSize = 500, missedBatchSize = 100): Promise<ScanResult> {
    const result: ScanResult = { due: 0, reminders: 0, missed: 0 };
    for (;;) {
      const count = await this.transactions.run(async (manager) => {
        const now = this.clock.now();
        const due = await this.checkIns.advance(manager, 'due', utcDay(now), now, batchSize);
        // After an outage a check-in may fall due already past its grace period: it is missed
        // below, and a reminder for it would only be noise.
        const stillOpen = due.filter((row) => row.dueOn >= this.lastMissedDay(now));
        const emails = await this.checkIns.accountEmails(manager, [...new Set(stillOpen.map((row) => row.survivorId))]);
        for (const to of emails) await this.mail.queue(manager, this.reminder(to));
        result.due += due.length;
        result.reminders += emails.length;
        return due.length;
      });
      if (count < batchSize) break;
    }
    for (;;) {
      const count = await this.transactions.run(async (manager) => {
        const now = this.clock.now();
        const missed = await this.checkIns.advance(manager, 'missed', this.lastMissedDay(now), now, missedBatchSize);
        // Survivors' assessment locks in one order, as every other caller takes them: no deadlock.
        missed.sort((a, b) => (a.survivorId < b.survivorId ? -1 : a.survivorId > b.survivorId ? 1 : 0));
        for (const row of missed) await this.risk.record(manager, signalOf('check_in_missed', row.survivorId, now, { type: 'check_in', id: row.id }));
        result.missed += missed.length;
        return missed.length;
      });
      if (count < missedBatchSize) break;
    }
    return result;
  }

  /** The last due day a check-in may have and be missed today: past its grace period. */
  private lastMissedDay(now: Date): string {
    return utcDayPlus(now, -(this.config.followUp.checkInGraceDays + 1));
  }

  /** Nothing about work, risk or Onward's purpose: someone else may read the survivor's inbox. */
  private reminder(to: string) {
    return {
      to,
      from: this.config.mail.survivorFrom,
      subject: 'You have a message waiting',
      text: `Hello,\n\nYou have a message waiting. Sign in to read it:\n${this.config.publicUrl}/\n`,
    };
  }
}
