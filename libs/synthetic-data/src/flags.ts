import { FLAG_DUE_HOURS_DEFAULT, FlagEventType, FlagOutcome, FlagStatus, RiskLevel, SignalType } from '@onward/shared';
import { assessRisk, followUpDueAt, RiskReason } from '@onward/risk';
import { DAY_MS } from './dates';
import { Random, Seed, Weighted } from './random';

/** What the flag generator needs to know about a survivor. */
export interface FlagSurvivor {
  id: string;
  organisationId: string;
  /** Their organisation's caseworker: who acknowledges and resolves. */
  caseworkerId: string;
  /** When the profile was made: no flag opens before it. */
  createdAt: Date;
}

/** A flag, column for column what `flags` holds (camelCase). */
export interface FlagRow {
  id: string;
  survivorId: string;
  organisationId: string;
  assignedToId: string | null;
  level: RiskLevel;
  score: number;
  reasons: RiskReason[];
  status: FlagStatus;
  dueAt: Date;
  openedAt: Date;
  acknowledgedAt: Date | null;
  escalatedAt: Date | null;
  resolvedAt: Date | null;
  outcome: FlagOutcome | null;
}

/** A line of a flag's history (`flag_events`; the sequence is the database's). Notes are left empty: free text is personal. */
export interface FlagEventRow {
  flagId: string;
  type: FlagEventType;
  at: Date;
  actorId: string | null;
  level: RiskLevel | null;
  signalType: SignalType | null;
}

/** A signal that went into a flag (`risk_signals`), without a source id: its check-in or placement is not generated. */
export interface RiskSignalRow {
  id: string;
  survivorId: string;
  type: SignalType;
  occurredAt: Date;
  sourceType: string;
  flagId: string;
}

export interface GeneratedFlag {
  flag: FlagRow;
  events: FlagEventRow[];
  signals: RiskSignalRow[];
}

export interface FlagOptions {
  seed: Seed;
  /** The moment the data is for. */
  now: Date;
  /** Share of flags still unresolved: a caseworker's queue. */
  unresolvedShare?: number;
  /** Hours to a follow-up's due time by level (FLAG_DUE_HOURS). */
  dueHours?: Record<RiskLevel, number>;
}

/** How often each signal starts a follow-up: missed check-ins and pay most, an alarm rarely. */
const SIGNAL_MIX: Weighted<SignalType> = [
  ['check_in_missed', 35],
  ['not_paid', 12],
  ['hours_not_as_promised', 12],
  ['housing_unstable', 10],
  ['placement_ended', 9],
  ['no_placement', 8],
  ['unsafe_at_work', 5],
  ['past_contact', 4],
  ['placement_ended_unsafe', 2],
  ['alarm', 2],
  ['employer_reported', 1],
];

const SOURCE_TYPE: Partial<Record<SignalType, string>> = {
  check_in_missed: 'check_in',
  not_paid: 'check_in',
  hours_not_as_promised: 'check_in',
  housing_unstable: 'check_in',
  unsafe_at_work: 'check_in',
  past_contact: 'check_in',
  placement_ended: 'placement',
  placement_ended_unsafe: 'placement',
  no_placement: 'placement',
  alarm: 'alarm',
  employer_reported: 'concern',
};

const UNRESOLVED_STATUS: Weighted<FlagStatus> = [
  ['open', 5],
  ['acknowledged', 3],
  ['in_progress', 2],
];

const OUTCOMES: Weighted<FlagOutcome> = [
  ['safe_no_action', 40],
  ['support_given', 30],
  ['referred', 12],
  ['moved_to_safety', 5],
  ['not_reached', 8],
  ['other', 5],
];

const HOUR_MS = 3_600_000;
/** Unresolved flags opened within this many days: a queue is worked, not left for months. */
const QUEUE_DAYS = 14;

/**
 * `count` follow-ups, each of a different survivor (at most one is unresolved per survivor, and
 * one each keeps that simple): 1–4 signals in the week before it opened, assessed by the API's
 * own rules (libs/risk) for its level, score and reasons, and the history a caseworker's work
 * leaves. Most are resolved, opened over the survivor's time with Onward; the rest are a queue
 * opened in the last two weeks, some of them overdue and escalated.
 */
export function generateFlags(count: number, survivors: readonly FlagSurvivor[], options: FlagOptions): GeneratedFlag[] {
  if (count > survivors.length) throw new RangeError(`${count} flags need as many survivors, got ${survivors.length}`);
  const random = new Random(options.seed, 'flags');
  const dueHours = options.dueHours ?? FLAG_DUE_HOURS_DEFAULT;
  const unresolvedShare = options.unresolvedShare ?? 0.15;
  const now = options.now.getTime();
  return random.sample(survivors, count).map((survivor) => {
    const flagId = random.uuid();
    const unresolved = random.chance(unresolvedShare);
    const from = Math.max(survivor.createdAt.getTime(), unresolved ? now - QUEUE_DAYS * DAY_MS : 0);
    const openedAt = new Date(from + (0.05 + 0.9 * random.next()) * (now - from));

    // Signals until the rules see something to follow up (a lone weak signal may not be).
    const signals: RiskSignalRow[] = [];
    const wanted = random.int(1, 4);
    let assessment = assessRisk([], openedAt);
    for (let tries = 0; tries < 6 && (signals.length < wanted || assessment.level === null); tries++) {
      const type = random.weighted(SIGNAL_MIX);
      const occurredAt = new Date(openedAt.getTime() - random.next() * 7 * DAY_MS);
      signals.push({ id: random.uuid(), survivorId: survivor.id, type, occurredAt, sourceType: SOURCE_TYPE[type] ?? 'check_in', flagId });
      assessment = assessRisk(signals.map((signal) => ({ type: signal.type, at: signal.occurredAt })), openedAt);
    }
    if (assessment.level === null) {
      signals.push({ id: random.uuid(), survivorId: survivor.id, type: 'alarm', occurredAt: openedAt, sourceType: 'alarm', flagId });
      assessment = assessRisk(signals.map((signal) => ({ type: signal.type, at: signal.occurredAt })), openedAt);
    }
    const level = assessment.level!;
    const dueAt = followUpDueAt(level, openedAt, dueHours);
    const first = signals.reduce((a, b) => (a.occurredAt <= b.occurredAt ? a : b));

    const status: FlagStatus = unresolved ? random.weighted(UNRESOLVED_STATUS) : 'resolved';
    const after = (from: Date, maxHours: number) => new Date(Math.min(now - 60_000, from.getTime() + (0.1 + random.next() * maxHours) * HOUR_MS));
    const acknowledgedAt = status === 'open' ? null : after(openedAt, dueHours[level] * 0.8);
    const resolvedAt = status === 'resolved' ? after(acknowledgedAt!, 24 * 10) : null;
    // The escalation scan runs every few minutes: a follow-up still open 15 minutes past its due time may have been escalated.
    const escalation = new Date(dueAt.getTime() + 15 * 60_000);
    const escalatedAt = escalation.getTime() < (resolvedAt?.getTime() ?? now) && random.chance(0.7) ? escalation : null;
    const outcome = status === 'resolved' ? random.weighted(OUTCOMES) : null;

    const events: FlagEventRow[] = [{ flagId, type: 'opened', at: openedAt, actorId: null, level, signalType: first.type }];
    for (const signal of signals) {
      if (signal !== first) events.push({ flagId, type: 'signal', at: openedAt, actorId: null, level: null, signalType: signal.type });
    }
    if (acknowledgedAt) events.push({ flagId, type: 'acknowledged', at: acknowledgedAt, actorId: survivor.caseworkerId, level: null, signalType: null });
    if (status === 'in_progress') events.push({ flagId, type: 'in_progress', at: after(acknowledgedAt!, 4), actorId: survivor.caseworkerId, level: null, signalType: null });
    if (escalatedAt) events.push({ flagId, type: 'escalated', at: escalatedAt, actorId: null, level: null, signalType: null });
    if (resolvedAt) events.push({ flagId, type: 'resolved', at: resolvedAt, actorId: survivor.caseworkerId, level: null, signalType: null });
    events.sort((a, b) => a.at.getTime() - b.at.getTime());

    return {
      flag: {
        id: flagId,
        survivorId: survivor.id,
        organisationId: survivor.organisationId,
        assignedToId: acknowledgedAt ? survivor.caseworkerId : null,
        level,
        score: assessment.score,
        reasons: assessment.reasons,
        status,
        dueAt,
        openedAt,
        acknowledgedAt,
        escalatedAt,
        resolvedAt,
        outcome,
      },
      events,
      signals,
    };
  });
}
