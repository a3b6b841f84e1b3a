import { CheckInQuestion, CheckInStatus } from '@onward/shared';
import { DAY_MS, isoDay, startOfDay } from './dates';
import { PlacementRow } from './placements';
import { Random, Seed, Weighted } from './random';

export type CheckInAnswerRow = Record<CheckInQuestion, boolean>;

/**
 * A check-in, column for column what `check_ins` holds (camelCase), without `answered_by_id`:
 * whose account answered is the caller's to fill in.
 */
export interface CheckInRow {
  id: string;
  placementId: string;
  survivorId: string;
  dayOffset: number;
  /** YYYY-MM-DD. */
  dueOn: string;
  status: CheckInStatus;
  remindedAt: Date | null;
  answers: CheckInAnswerRow | null;
  note: string | null;
  answeredAt: Date | null;
  answeredByRole: 'survivor' | 'caseworker' | null;
  missedAt: Date | null;
  createdAt: Date;
}

export interface CheckInOptions {
  seed: Seed;
  /** The moment the data is for. */
  now: Date;
  /** Days after a start when a check-in falls due: what CHECK_IN_DAYS gives the API. */
  days: readonly number[];
  /** Days a due check-in may go unanswered before it is missed: CHECK_IN_GRACE_DAYS. */
  graceDays: number;
  /**
   * Days since the daily scan last ran (1 or more). Check-ins falling due since then are still
   * scheduled, and those whose grace period ran out since are still due: the next scan's work.
   */
  lastScanDaysAgo: number;
}

/** The part of a placement its check-ins depend on. */
export type CheckInPlacement = Pick<PlacementRow, 'id' | 'survivorId' | 'startDate' | 'endDate' | 'endReason' | 'createdAt'>;

/** The hour of the day the scan runs and reminds, in UTC. */
const SCAN_HOUR = 6;
/** Days from a reminder to the answer, for those who answer. */
const ANSWER_LAG: Weighted<number> = [[0, 35], [1, 25], [2, 15], [3, 10], [4, 6], [5, 4], [6, 3], [7, 2]];
const NOTES = ['All good, thank you.', 'Could we talk about more hours?', 'Manager is kind.', 'Tired but fine.', 'Need help with my payslip.', 'Travel costs are high.'];

/**
 * Check-ins for placements, as the hire scheduled them (one per day of `days`) and the scan and
 * survivors have moved them on since: falling due in the future or since the last scan,
 * scheduled; after the placement ended, cancelled; otherwise mostly answered (most answers
 * all well, some a sign of risk), the rest missed after the grace period, or still due within it.
 * Survivors in touch answer most; one placement in five belongs to someone harder to reach.
 *
 * Feed it placements in a fixed order: the same options and order give the same check-ins.
 */
export function checkInGenerator(options: CheckInOptions): (placement: CheckInPlacement) => CheckInRow[] {
  if (!(options.lastScanDaysAgo >= 1)) throw new Error('checkInGenerator: the last scan ran a day ago or more');
  const random = new Random(options.seed, 'check-ins');
  const today = Math.floor(startOfDay(options.now).getTime() / DAY_MS);
  const lastScan = today - options.lastScanDaysAgo;
  const at = (day: number, hours: number) => new Date(day * DAY_MS + hours * 3_600_000);

  return (placement) => {
    const start = Date.parse(`${placement.startDate}T00:00:00Z`) / DAY_MS;
    const end = placement.endDate === null ? null : Date.parse(`${placement.endDate}T00:00:00Z`) / DAY_MS;
    const missRate = random.chance(0.8) ? 0.06 : 0.45;
    return options.days.map((dayOffset) => {
      const due = start + dayOffset;
      const row: CheckInRow = {
        id: random.uuid(),
        placementId: placement.id,
        survivorId: placement.survivorId,
        dayOffset,
        dueOn: isoDay(new Date(due * DAY_MS)),
        status: 'scheduled',
        remindedAt: null,
        answers: null,
        note: null,
        answeredAt: null,
        answeredByRole: null,
        missedAt: null,
        createdAt: placement.createdAt,
      };
      // Ending a placement cancels the check-ins falling due after its last day.
      if (end !== null && due > end) return { ...row, status: 'cancelled' };
      if (due > lastScan) return row;
      const lag = random.chance(missRate) ? null : random.weighted(ANSWER_LAG);
      const reminded = { ...row, remindedAt: at(due, SCAN_HOUR) };
      if (lag !== null && due + lag < today) {
        const answeredDay = due + lag;
        return {
          ...reminded,
          status: 'answered',
          answers: answersOf(random, placement, answeredDay, end),
          note: random.chance(0.05) ? random.pick(NOTES) : null,
          answeredAt: at(answeredDay, random.int(SCAN_HOUR + 1, 21) + random.next()),
          answeredByRole: random.chance(0.7) ? 'survivor' : 'caseworker',
        };
      }
      // The scan on day due + grace + 1 is the first to find it unanswered after its grace period.
      const missedOn = due + options.graceDays + 1;
      if (lag === null && missedOn <= lastScan) return { ...reminded, status: 'missed', missedAt: at(missedOn, SCAN_HOUR) };
      return { ...reminded, status: 'due' };
    });
  };
}

/** Mostly all well; now and then a sign of risk, more often near an unsafe end. */
function answersOf(random: Random, placement: CheckInPlacement, answeredDay: number, end: number | null): CheckInAnswerRow {
  const nearUnsafeEnd = placement.endReason === 'unsafe' && end !== null && end - answeredDay < 60;
  return {
    stillWorking: !(end !== null && answeredDay >= end) && !random.chance(0.01),
    paidAsPromised: !random.chance(0.04),
    hoursAsPromised: !random.chance(0.07),
    feelSafe: !random.chance(nearUnsafeEnd ? 0.3 : 0.015),
    housingStable: !random.chance(0.05),
    pastContact: random.chance(nearUnsafeEnd ? 0.1 : 0.01),
  };
}
