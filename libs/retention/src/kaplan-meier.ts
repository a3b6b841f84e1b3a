/**
 * The Kaplan-Meier product-limit estimator and the retention figures Onward reports from it.
 * Pure: no I/O, no clock, no framework.
 *
 * Retention cannot be a plain share of placements that lasted: most are still running, and a job
 * that started last week has not yet had the chance to last a year. Kaplan-Meier counts a running
 * placement for as long as it has been observed (censored at its duration) and no longer.
 */

/** One placement (or grant-funded business): days from its start to its end, or to today while it still runs. */
export interface Observation {
  /** Whole days, >= 0. */
  duration: number;
  /** true: it ended at `duration` (an event); false: still running, censored at `duration`. */
  ended: boolean;
  /**
   * How many identical observations this one stands for (default 1): a database can count
   * placements by duration, and 150,000 of them arrive as a few thousand rows.
   */
  count?: number;
}

/** The curve at one distinct time at which something ended or was censored. */
export interface CurveStep {
  time: number;
  /** Observations still running just before `time` (duration >= time). */
  atRisk: number;
  events: number;
  censored: number;
  /** S(time): the estimate just after `time`. */
  survival: number;
  /** Greenwood's standard error of S(time); 0 while S is 1, and 0 (not NaN) once S reaches 0. */
  standardError: number;
}

export interface RetentionPoint {
  day: number;
  /** S(day), 0..1. */
  survival: number;
  /** Observations still running at `day` (duration >= day). */
  atRisk: number;
}

export interface RetentionSummary {
  count: number;
  ended: number;
  censored: number;
  points: RetentionPoint[];
  /** The smallest time at which S <= 0.5; null: not reached. */
  medianDays: number | null;
  /** Step points for drawing: starts at { time: 0, survival: 1 }. */
  curve: Array<{ time: number; survival: number; atRisk: number }>;
}

/**
 * Products of fractions such as 2/3 * 3/4 land a hair either side of 0.5 in floating point; the
 * median must not move a whole step because of that.
 */
const MEDIAN_TOLERANCE = 1e-9;

/** A duration the estimator cannot place on the time axis is a bug upstream, not a data point. */
function assertDurations(observations: readonly Observation[]): void {
  for (const { duration, count } of observations) {
    if (!Number.isFinite(duration) || duration < 0) {
      throw new RangeError(`A duration must be a finite number of days >= 0, got ${duration}`);
    }
    if (count !== undefined && (!Number.isInteger(count) || count < 0)) throw new RangeError(`A count must be a whole number >= 0, got ${count}`);
  }
}

const weight = (observation: Observation) => observation.count ?? 1;
const total = (observations: readonly Observation[]) => observations.reduce((sum, observation) => sum + weight(observation), 0);

/**
 * The product-limit estimate, one step per distinct time at which something ended or was
 * censored, in ascending time. At a tie, the endings come first: an observation censored at t
 * was still running at t, so it is at risk of ending then (Kaplan and Meier's convention).
 * Throws RangeError for a negative or non-finite duration.
 */
export function kaplanMeier(observations: readonly Observation[]): CurveStep[] {
  assertDurations(observations);
  const tallies = new Map<number, { events: number; censored: number }>();
  for (const observation of observations) {
    const tally = tallies.get(observation.duration) ?? { events: 0, censored: 0 };
    if (observation.ended) tally.events += weight(observation);
    else tally.censored += weight(observation);
    tallies.set(observation.duration, tally);
  }

  const steps: CurveStep[] = [];
  let atRisk = total(observations);
  let survival = 1;
  // Greenwood's sum of d / (n (n - d)) over the event times so far.
  let greenwood = 0;
  for (const time of [...tallies.keys()].sort((a, b) => a - b)) {
    const { events, censored } = tallies.get(time) as { events: number; censored: number };
    if (events + censored === 0) continue;
    if (events > 0) {
      survival *= 1 - events / atRisk;
      // n = d ends the curve at 0; its term would divide by zero, and 0 has no spread left.
      if (events < atRisk) greenwood += events / (atRisk * (atRisk - events));
    }
    const standardError = survival === 0 ? 0 : survival * Math.sqrt(greenwood);
    steps.push({ time, atRisk, events, censored, survival, standardError });
    atRisk -= events + censored;
  }
  return steps;
}

/** S(day) read off the curve as a right-continuous step function: 1 before the first ending. */
export function survivalAt(curve: readonly CurveStep[], day: number): number {
  let survival = 1;
  for (const step of curve) {
    if (step.time > day) break;
    survival = step.survival;
  }
  return survival;
}

/** The smallest time at which S <= 0.5; null while more than half are still estimated to last. */
export function medianSurvival(curve: readonly CurveStep[]): number | null {
  const step = curve.find(({ events, survival }) => events > 0 && survival <= 0.5 + MEDIAN_TOLERANCE);
  return step?.time ?? null;
}

/**
 * What Onward reports for a group of placements or grants: counts, S at each of `days` with the
 * number still observed there (a caller can hide a figure resting on too few), the median and the
 * curve to draw. Throws RangeError for a negative or non-finite duration.
 */
export function summariseRetention(observations: readonly Observation[], days: readonly number[]): RetentionSummary {
  const steps = kaplanMeier(observations);
  const count = total(observations);
  const ended = total(observations.filter((observation) => observation.ended));
  return {
    count,
    ended,
    censored: count - ended,
    points: days.map((day) => ({
      day,
      survival: survivalAt(steps, day),
      atRisk: total(observations.filter(({ duration }) => duration >= day)),
    })),
    medianDays: medianSurvival(steps),
    curve: [
      { time: 0, survival: 1, atRisk: count },
      ...steps.map(({ time, survival, atRisk }) => ({ time, survival, atRisk })),
    ],
  };
}
