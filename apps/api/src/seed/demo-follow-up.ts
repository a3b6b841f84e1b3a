import { FLAG_DUE_HOURS_DEFAULT, RiskLevel, SignalType } from '@onward/shared';
import { assessRisk, DEFAULT_RISK_RULES, followUpDueAt } from '@onward/risk';
import { EntityManager } from 'typeorm';
import { DAY_MS, utcDayPlus } from '../common/clock/clock';
import { CheckIn } from '../modules/check-ins/check-in.entity';
import { Organisation } from '../modules/identity/organisation.entity';
import { User } from '../modules/identity/user.entity';
import { Job } from '../modules/jobs/job.entity';
import { Placement } from '../modules/placements/placement.entity';
import { FlagEvent } from '../modules/risk/flag-event.entity';
import { Flag } from '../modules/risk/flag.entity';
import { RiskSignal } from '../modules/risk/risk-signal.entity';
import { SurvivorProfile } from '../modules/survivors/survivor-profile.entity';

const CHECK_IN_DAYS = [7, 30, 90, 180, 365, 730];
const ALL_WELL = { stillWorking: true, paidAsPromised: true, hoursAsPromised: true, feelSafe: true, housingStable: true, pastContact: false };

interface DemoPlacement {
  survivor: string;
  job: string;
  /** Days before today. */
  started: number;
  ended?: { daysAgo: number; reason: Placement['endReason'] };
}

/**
 * Work histories for the demo people, so retention, timelines and the follow-up queue have
 * something to show: Sam has a check-in waiting; River missed one (an overdue, escalated
 * follow-up); Juniper left a job that was unsafe (a follow-up in progress).
 */
const PLACEMENTS: DemoPlacement[] = [
  { survivor: 'Sam', job: 'Warehouse packer', started: 420, ended: { daysAgo: 300, reason: 'contract_ended' } },
  { survivor: 'Sam', job: 'Bakery assistant', started: 8 },
  { survivor: 'River', job: 'Farm worker (fruit and vegetables)', started: 700, ended: { daysAgo: 640, reason: 'resigned' } },
  { survivor: 'River', job: 'Delivery driver', started: 560, ended: { daysAgo: 380, reason: 'dismissed' } },
  { survivor: 'River', job: 'Warehouse packer', started: 330, ended: { daysAgo: 200, reason: 'resigned' } },
  { survivor: 'River', job: 'Office cleaner (early mornings)', started: 120 },
  { survivor: 'Juniper', job: 'Café and counter staff', started: 500, ended: { daysAgo: 95, reason: 'contract_ended' } },
  { survivor: 'Juniper', job: 'Kitchen assistant', started: 50, ended: { daysAgo: 10, reason: 'unsafe' } },
];

export async function seedFollowUp(manager: EntityManager, now: Date, employer: Organisation, caseworker: User): Promise<void> {
  // The demo caseworker is told about overdue follow-ups too.
  await manager.update(User, { id: caseworker.id }, { isSupervisor: true });
  const survivors = new Map((await manager.find(SurvivorProfile)).map((survivor) => [survivor.pseudonym, survivor]));
  const jobs = new Map((await manager.find(Job)).map((job) => [job.title, job]));
  const day = (daysAgo: number) => utcDayPlus(now, -daysAgo);
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS);

  const placements = new Map<string, Placement>();
  for (const demo of PLACEMENTS) {
    const job = jobs.get(demo.job)!;
    const placement = await manager.save(
      manager.create(Placement, {
        survivorId: survivors.get(demo.survivor)!.id,
        applicationId: null,
        jobId: job.id,
        employerId: employer.id,
        startDate: day(demo.started),
        wageMinor: job.wageMinor,
        wageCurrency: job.wageCurrency,
        wagePeriod: job.wagePeriod,
        hoursPerWeek: job.hoursPerWeek,
        endDate: demo.ended ? day(demo.ended.daysAgo) : null,
        endReason: demo.ended?.reason ?? null,
        endNote: null,
        endedByRole: demo.ended ? 'caseworker' : null,
        endedById: demo.ended ? caseworker.id : null,
      }),
    );
    placements.set(`${demo.survivor}:${demo.job}:${demo.started}`, placement);
    // Past check-ins answered (all well) or missed as the story needs; the rest scheduled, or cancelled after an end.
    for (const offset of CHECK_IN_DAYS) {
      const dueDaysAgo = demo.started - offset;
      const afterEnd = demo.ended && dueDaysAgo < demo.ended.daysAgo;
      const missed = demo.survivor === 'River' && demo.started === 120 && offset === 90;
      const status: CheckIn['status'] = afterEnd ? 'cancelled' : dueDaysAgo < 0 ? 'scheduled' : missed ? 'missed' : dueDaysAgo <= 1 ? 'due' : 'answered';
      await manager.insert(CheckIn, {
        placementId: placement.id,
        survivorId: placement.survivorId,
        dayOffset: offset,
        dueOn: day(dueDaysAgo),
        status,
        remindedAt: status === 'scheduled' || status === 'cancelled' ? null : at(Math.max(dueDaysAgo, 0)),
        answers: status === 'answered' ? ALL_WELL : null,
        note: null,
        answeredAt: status === 'answered' ? at(dueDaysAgo - 1) : null,
        answeredByRole: status === 'answered' ? 'survivor' : null,
        answeredById: null,
        missedAt: status === 'missed' ? at(dueDaysAgo - 8) : null,
      });
    }
  }

  const river = placements.get('River:Office cleaner (early mornings):120')!;
  const missedCheckIn = await manager.findOneByOrFail(CheckIn, { placementId: river.id, dayOffset: 90 });
  await openFlag(manager, caseworker, survivors.get('River')!, [{ type: 'check_in_missed', at: at(22), sourceType: 'check_in', sourceId: missedCheckIn.id }], { openedDaysAgo: 22, escalated: true });
  const juniper = placements.get('Juniper:Kitchen assistant:50')!;
  await openFlag(manager, caseworker, survivors.get('Juniper')!, [{ type: 'placement_ended_unsafe', at: at(10), sourceType: 'placement', sourceId: juniper.id }], {
    openedDaysAgo: 10,
    status: 'in_progress',
    note: 'Met at the drop-in. Looking for a new job together; housing is fine.',
  });

  async function openFlag(
    manager: EntityManager,
    caseworker: User,
    survivor: SurvivorProfile,
    signals: Array<{ type: SignalType; at: Date; sourceType: string; sourceId: string }>,
    story: { openedDaysAgo: number; escalated?: boolean; status?: Flag['status']; note?: string },
  ): Promise<void> {
    const openedAt = at(story.openedDaysAgo);
    const assessment = assessRisk(signals.map((signal) => ({ type: signal.type, at: signal.at })), openedAt, DEFAULT_RISK_RULES);
    const level = assessment.level as RiskLevel;
    const dueAt = followUpDueAt(level, openedAt, FLAG_DUE_HOURS_DEFAULT);
    const status = story.status ?? 'open';
    const flag = await manager.save(
      manager.create(Flag, {
        survivorId: survivor.id,
        organisationId: survivor.organisationId,
        assignedToId: caseworker.id,
        level,
        score: assessment.score,
        reasons: assessment.reasons,
        status,
        dueAt,
        openedAt,
        acknowledgedAt: status === 'open' ? null : new Date(openedAt.getTime() + 3_600_000),
        escalatedAt: story.escalated ? dueAt : null,
        resolvedAt: null,
        outcome: null,
      }),
    );
    for (const signal of signals) await manager.insert(RiskSignal, { survivorId: survivor.id, type: signal.type, occurredAt: signal.at, sourceType: signal.sourceType, sourceId: signal.sourceId, flagId: flag.id });
    const events: Array<Partial<FlagEvent>> = [
      { type: 'opened', at: openedAt, level },
      ...signals.map((signal) => ({ type: 'signal' as const, at: signal.at, signalType: signal.type })),
    ];
    if (story.escalated) events.push({ type: 'escalated', at: dueAt, level });
    if (status !== 'open') events.push({ type: 'acknowledged', at: flag.acknowledgedAt!, actorId: caseworker.id });
    if (status === 'in_progress') events.push({ type: 'in_progress', at: new Date(openedAt.getTime() + 2 * 3_600_000), actorId: caseworker.id });
    if (story.note) events.push({ type: 'note', at: new Date(openedAt.getTime() + DAY_MS), actorId: caseworker.id, note: story.note });
    for (const event of events) await manager.insert(FlagEvent, { flagId: flag.id, actorId: null, level: null, signalType: null, note: null, ...event });
  }
}
