import { PlacementEndReason, WagePeriod } from '@onward/shared';
import { DAY_MS, isoDay, startOfDay } from './dates';
import { Random, Seed, Weighted } from './random';

/** What the placement generator needs to know about a survivor. */
export interface PlacementSurvivor {
  id: string;
  regionCode: string | null;
  /** When the profile was made: no placement starts before it. */
  createdAt: Date;
}

/** A published job of a vetted employer, as a placement copies it. */
export interface PlacementJob {
  id: string;
  employerId: string;
  regionCode: string;
  wageMinor: number;
  wageCurrency: string;
  wagePeriod: WagePeriod;
  hoursPerWeek: number;
}

/** Who recorded an end. Their ids are the caller's to fill in: they depend on its accounts. */
export type PlacementEndedBy = 'survivor' | 'employer' | 'caseworker';

/** A placement, column for column what `placements` holds (camelCase), without `ended_by_id`. */
export interface PlacementRow {
  id: string;
  survivorId: string;
  jobId: string;
  employerId: string;
  /** YYYY-MM-DD, like every date column. */
  startDate: string;
  wageMinor: number;
  wageCurrency: string;
  wagePeriod: WagePeriod;
  hoursPerWeek: number;
  endDate: string | null;
  endReason: PlacementEndReason | null;
  endNote: string | null;
  endedByRole: PlacementEndedBy | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface GeneratePlacementsOptions {
  seed: Seed;
  /** The moment the data is for: placements started before it, and those running are running now. */
  now: Date;
  /** Whose placements: each starts after the survivor's profile was made. */
  survivors: readonly PlacementSurvivor[];
  /** The jobs placements are at, preferably in the survivor's region. */
  jobs: readonly PlacementJob[];
}

/** The share of placements still running: most have ended. */
const RUNNING_SHARE = 0.3;
/** Survivors who never start a job through Onward (they move away, find work elsewhere, are not ready). */
const NEVER_PLACED = 0.15;
/** Fewer placements than days / this: a job and the search for the next take about a month at least. */
const MIN_DAYS_PER_PLACEMENT = 30;

/**
 * Why placements end. Most end as jobs do (leaving, a contract's end, a dismissal); a few because
 * the work was unsafe or the employer was suspended, which are signals of risk.
 */
const END_REASONS: Weighted<PlacementEndReason> = [
  ['resigned', 36],
  ['contract_ended', 30],
  ['dismissed', 16],
  ['other', 13],
  ['unsafe', 3],
  ['employer_suspended', 2],
];

/** Who records an end of each kind: the employer its own decisions, the survivor or caseworker the rest. */
const ENDED_BY: Record<PlacementEndReason, Weighted<PlacementEndedBy>> = {
  resigned: [['survivor', 55], ['caseworker', 40], ['employer', 5]],
  contract_ended: [['employer', 60], ['caseworker', 30], ['survivor', 10]],
  dismissed: [['employer', 75], ['caseworker', 25]],
  other: [['caseworker', 60], ['survivor', 30], ['employer', 10]],
  unsafe: [['caseworker', 80], ['survivor', 20]],
  employer_suspended: [['caseworker', 100]],
};

/** Staff-only notes some ends carry. */
const END_NOTES: Record<PlacementEndReason, readonly string[]> = {
  resigned: ['Found a job closer to home.', 'Left to start a college course.', 'Shifts clashed with childcare.', 'Moved to another city.'],
  contract_ended: ['Seasonal contract finished.', 'Temporary cover ended as planned.', 'Fixed-term contract, not renewed.'],
  dismissed: ['Let go after the probation period.', 'Dismissed for lateness; we are appealing.', 'Hours cut to nothing.'],
  other: ['Health reasons.', 'Left the country.', 'Went back to education.'],
  unsafe: ['Reported being pressured to hand over wages.', 'Felt unsafe with a supervisor; moved on the same day.', 'Someone from the past came to the workplace.'],
  employer_suspended: ['Employer suspended after vetting was withdrawn.'],
};

/**
 * Work histories: placements over the survivors, as hires through Onward make them. Each survivor
 * gets none, one or several consecutive placements, starting after their profile was made; most
 * have ended (for realistic reasons, a few of them unsafe) and about 30% are still running, each
 * the survivor's latest. Survivors with longer histories and more changes of job get more.
 * Placements are at jobs in the survivor's region where there are any; wage and hours are the
 * job's, and the employer is the job's employer.
 *
 * Exactly `count` placements, grouped by survivor (in the order given) and oldest first. The same
 * options give the same placements.
 */
export function generatePlacements(count: number, options: GeneratePlacementsOptions): PlacementRow[] {
  if (options.jobs.length === 0) throw new Error('generatePlacements needs at least one job');
  const random = new Random(options.seed, 'placements');
  const today = Math.floor(startOfDay(options.now).getTime() / DAY_MS);
  const jobsByRegion = new Map<string, PlacementJob[]>();
  for (const job of options.jobs) {
    const regional = jobsByRegion.get(job.regionCode);
    if (regional) regional.push(job);
    else jobsByRegion.set(job.regionCode, [job]);
  }

  // From referral to a first start takes a few weeks; some survivors never start through Onward.
  const histories = options.survivors.map((survivor) => {
    const firstDay = Math.floor(survivor.createdAt.getTime() / DAY_MS) + Math.round(clamp(random.logNormal(Math.log(40), 0.8), 3, 365));
    const days = today - firstDay;
    const placed = days >= 1 && !random.chance(NEVER_PLACED);
    // Some change jobs more often than others.
    const weight = placed ? days * Math.min(random.logNormal(0, 0.5), 3) : 0;
    return { survivor, firstDay, days, weight, cap: placed ? Math.max(1, Math.floor(days / MIN_DAYS_PER_PLACEMENT)) : 0 };
  });
  const counts = allocate(random, count, histories);
  const placedSurvivors = counts.filter((n) => n > 0).length;
  // One running placement per survivor at most, so the share of survivors in work sets the share of placements running.
  const runningChance = placedSurvivors > 0 ? Math.min(0.95, (RUNNING_SHARE * count) / placedSurvivors) : 0;

  const rows: PlacementRow[] = [];
  histories.forEach((history, i) => {
    if (counts[i] === 0) return;
    const regional = history.survivor.regionCode ? jobsByRegion.get(history.survivor.regionCode) : undefined;
    const jobs = regional ?? options.jobs;
    for (const span of layOut(random, counts[i], history.days, random.chance(runningChance))) {
      rows.push(placement(random, history.survivor, random.pick(jobs), today - span.startsAgo, span.endsAgo === null ? null : today - span.endsAgo, options.now));
    }
  });
  return rows;
}

/**
 * How many placements each survivor gets: in proportion to their weight, never more than their
 * cap, exactly `count` in all (systematic sampling, then the remainder to survivors with room).
 */
function allocate(random: Random, count: number, histories: ReadonlyArray<{ weight: number; cap: number }>): number[] {
  const total = histories.reduce((sum, history) => sum + history.weight, 0);
  if (count > 0 && total === 0) throw new Error('generatePlacements: no survivor has had time for a placement');
  let accumulated = random.next();
  const counts = histories.map((history) => {
    const before = Math.floor(accumulated);
    accumulated += (count * history.weight) / total;
    return Math.min(history.cap, Math.floor(accumulated) - before);
  });
  let missing = count - counts.reduce((sum, n) => sum + n, 0);
  const order = random.shuffle(histories.map((_, i) => i));
  while (missing !== 0) {
    let changed = false;
    for (const i of order) {
      if (missing > 0 && counts[i] < histories[i].cap) {
        counts[i]++;
        missing--;
        changed = true;
      } else if (missing < 0 && counts[i] > 0) {
        counts[i]--;
        missing++;
        changed = true;
      }
      if (missing === 0) break;
    }
    if (!changed) throw new Error(`generatePlacements: ${count} placements do not fit in the survivors' histories`);
  }
  return counts;
}

interface Span {
  /** Days before today the placement started. */
  startsAgo: number;
  /** Days before today it ended; null while it runs. */
  endsAgo: number | null;
}

/**
 * `count` consecutive placements within the last `days` days, the latest running or not: drawn
 * lengths of jobs and of the gaps between them, laid out back from today and squeezed to fit.
 */
function layOut(random: Random, count: number, days: number, running: boolean): Span[] {
  // How long each job lasted (the running one: so far), the gaps before each but the first, and since the last ended.
  const tenures = Array.from({ length: count }, (_, j) =>
    running && j === count - 1 ? Math.round(random.next() * random.logNormal(Math.log(200), 1)) : Math.round(clamp(random.logNormal(Math.log(100), 1.1), 1, 1200)),
  );
  const gaps = Array.from({ length: count }, (_, j) => (j === 0 ? 0 : Math.round(clamp(random.logNormal(Math.log(45), 0.8), 1, 400))));
  const idle = running ? 0 : Math.round(clamp(random.logNormal(Math.log(60), 1), 1, 700));
  // Gaps and the idle time are a day at least; jobs may last a day (end = start).
  const minimum = count - 1 + (running ? 0 : 1);
  const needed = sum(tenures) + sum(gaps) + idle;
  const squeeze = needed > days ? Math.max(0, days - minimum) / Math.max(1, needed - minimum) : 1;
  const fit = (value: number, least: number) => least + Math.floor((value - least) * squeeze);

  const spans: Span[] = [];
  let ago = running ? 0 : fit(idle, 1);
  for (let j = count - 1; j >= 0; j--) {
    const endsAgo = running && j === count - 1 ? null : ago;
    ago += fit(tenures[j], 0);
    spans.unshift({ startsAgo: ago, endsAgo });
    if (j > 0) ago += fit(gaps[j], 1);
  }
  return spans;
}

function placement(random: Random, survivor: PlacementSurvivor, job: PlacementJob, startDay: number, endDay: number | null, now: Date): PlacementRow {
  const endReason = endDay === null ? null : random.weighted(END_REASONS);
  // The hire is recorded up to two weeks before the start, never before the profile existed.
  const hiredAt = Math.max(survivor.createdAt.getTime(), (startDay - random.int(0, 14)) * DAY_MS + random.int(9, 17) * 3_600_000);
  const createdAt = new Date(Math.min(hiredAt, now.getTime()));
  // An end is recorded on its day or a few days later.
  const endRecordedAt = endDay === null ? null : (endDay + random.int(0, 5)) * DAY_MS + random.int(9, 17) * 3_600_000;
  return {
    id: random.uuid(),
    survivorId: survivor.id,
    jobId: job.id,
    employerId: job.employerId,
    startDate: isoDay(new Date(startDay * DAY_MS)),
    wageMinor: job.wageMinor,
    wageCurrency: job.wageCurrency,
    wagePeriod: job.wagePeriod,
    hoursPerWeek: job.hoursPerWeek,
    endDate: endDay === null ? null : isoDay(new Date(endDay * DAY_MS)),
    endReason,
    endNote: endReason && random.chance(0.3) ? random.pick(END_NOTES[endReason]) : null,
    endedByRole: endReason && random.weighted(ENDED_BY[endReason]),
    createdAt,
    updatedAt: endRecordedAt === null ? createdAt : new Date(Math.max(createdAt.getTime(), Math.min(endRecordedAt, now.getTime()))),
  };
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
