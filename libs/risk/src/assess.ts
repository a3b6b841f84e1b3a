import { RiskLevel, SignalType } from '@onward/shared';
import { compareCodes, compareLevels, higherLevel, levelForScore } from './levels';
import { reasonText } from './reasons';
import { DEFAULT_RISK_RULES, RiskRule, RiskRules } from './rules';

export { compareLevels } from './levels';

export interface RiskSignal {
  type: SignalType;
  at: Date;
}

export interface RiskReason {
  type: SignalType;
  /** Signals of this type that counted (inside the window). */
  count: number;
  /** Points they added (capped at maxPerType signals). */
  points: number;
  /** English text a caseworker can read, e.g. "Not paid as promised (2 times)". */
  text: string;
}

export interface RiskAssessment {
  /** null: no signal counts, nothing to follow up. */
  level: RiskLevel | null;
  score: number;
  /** Strongest first (by floor level, then points). */
  reasons: RiskReason[];
}

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * How far after `now` a signal may be stamped and still count. The survivor's phone, the worker
 * and the API keep different clocks, and a device set to the wrong time zone is hours out; a
 * signal from the next few hours is real and must not be lost. One stamped later than this is a
 * broken timestamp: counted, it would outlive its window by as long as it lies in the future.
 */
export const FUTURE_TOLERANCE_HOURS = 24;

/** Counts from `at` back to exactly `windowDays` days before `now`, and up to the tolerance after it. */
function counts(signal: RiskSignal, rule: RiskRule, now: Date): boolean {
  const age = now.getTime() - signal.at.getTime();
  return age <= rule.windowDays * DAY_MS && age >= -FUTURE_TOLERANCE_HOURS * HOUR_MS;
}

/** A signal that cannot be weighed is a bug upstream; dropping it quietly could hide an alarm. */
function ruleFor(signal: RiskSignal, rules: RiskRules): RiskRule {
  const rule = rules.rules[signal.type];
  if (rule === undefined) throw new RangeError(`No risk rule for signal type "${signal.type}"`);
  if (Number.isNaN(signal.at.getTime())) throw new RangeError(`A "${signal.type}" signal has an invalid date`);
  return rule;
}

/**
 * A survivor's risk from their recent signals. Each type adds weight x count, counting at most
 * `maxPerType` signals, so one thing repeated cannot outweigh everything else. The level is the
 * higher of what the score reaches and the highest floor among the types that counted: a floor
 * makes one signal serious on its own. Signals outside their window, or stamped further in the
 * future than FUTURE_TOLERANCE_HOURS, do not count; a signal exactly `windowDays` old still does.
 */
export function assessRisk(signals: readonly RiskSignal[], now: Date, rules: RiskRules = DEFAULT_RISK_RULES): RiskAssessment {
  if (Number.isNaN(now.getTime())) throw new RangeError('Cannot assess risk at an invalid date');
  const counted = new Map<SignalType, number>();
  for (const signal of signals) {
    if (counts(signal, ruleFor(signal, rules), now)) counted.set(signal.type, (counted.get(signal.type) ?? 0) + 1);
  }
  if (counted.size === 0) return { level: null, score: 0, reasons: [] };

  const reasons: RiskReason[] = [...counted].map(([type, count]) => ({
    type,
    count,
    points: rules.rules[type].weight * Math.min(count, rules.maxPerType),
    text: reasonText(type, count),
  }));
  reasons.sort(
    (a, b) => compareLevels(rules.rules[b.type].floor, rules.rules[a.type].floor) || b.points - a.points || compareCodes(a.type, b.type),
  );

  const score = reasons.reduce((sum, reason) => sum + reason.points, 0);
  const floor = reasons.reduce<RiskLevel | null>((level, reason) => higherLevel(level, rules.rules[reason.type].floor), null);
  return { level: higherLevel(levelForScore(score, rules.thresholds), floor), score, reasons };
}

/** When the follow-up of a flag at `level` opened or raised at `from` is due. */
export function followUpDueAt(level: RiskLevel, from: Date, dueHours: Record<RiskLevel, number>): Date {
  return new Date(from.getTime() + dueHours[level] * HOUR_MS);
}
