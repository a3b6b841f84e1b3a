import { PLACEMENT_END_REASONS, WAGE_PERIODS } from '@onward/shared';
import { generatePlacements, GeneratePlacementsOptions, PlacementJob, PlacementRow, PlacementSurvivor } from './placements';
import { Random } from './random';
import { UK_REGIONS } from './regions';

const NOW = new Date('2026-06-01T12:00:00Z');
const TODAY = '2026-06-01';
const DAY_MS = 86_400_000;

const random = new Random('spec', 'placement-inputs');
const employerIds = Array.from({ length: 80 }, () => random.uuid());
const jobs: PlacementJob[] = Array.from({ length: 600 }, (_, i) => ({
  id: random.uuid(),
  employerId: employerIds[i % employerIds.length],
  // Northern Ireland has no jobs: its survivors work elsewhere.
  regionCode: random.pick(UK_REGIONS.slice(0, -1)).code,
  wageMinor: random.int(1271, 1800),
  wageCurrency: 'GBP',
  wagePeriod: 'hour',
  hoursPerWeek: random.int(8, 48),
}));
const survivors: PlacementSurvivor[] = Array.from({ length: 4000 }, () => ({
  id: random.uuid(),
  regionCode: random.chance(0.08) ? null : random.pick(UK_REGIONS).code,
  createdAt: new Date(NOW.getTime() - random.next() * 1095 * DAY_MS),
}));
const options: GeneratePlacementsOptions = { seed: 'spec', now: NOW, survivors, jobs };
const placements = generatePlacements(6000, options);

const share = (predicate: (placement: PlacementRow) => boolean) => placements.filter(predicate).length / placements.length;
const bySurvivor = new Map<string, PlacementRow[]>();
for (const placement of placements) bySurvivor.set(placement.survivorId, [...(bySurvivor.get(placement.survivorId) ?? []), placement]);

describe('generatePlacements', () => {
  it('gives exactly the placements asked for, the same for the same seed and others for another', () => {
    expect(placements).toHaveLength(6000);
    expect(generatePlacements(6000, options)).toEqual(placements);
    expect(generatePlacements(6000, { ...options, seed: 'other' }).slice(0, 50)).not.toEqual(placements.slice(0, 50));
    expect(new Set(placements.map((placement) => placement.id)).size).toBe(placements.length);
  });

  it('gives some survivors none, most of the others one or two, and some several', () => {
    const counts = survivors.map((survivor) => bySurvivor.get(survivor.id)?.length ?? 0);
    const none = counts.filter((n) => n === 0).length / counts.length;
    expect(none).toBeGreaterThan(0.1);
    expect(none).toBeLessThan(0.4);
    expect(counts.filter((n) => n >= 3).length).toBeGreaterThan(100);
    expect(Math.max(...counts)).toBeLessThanOrEqual(36);
  });

  it('makes each survivor’s placements consecutive, after their profile, the latest alone running', () => {
    const profileMade = new Map(survivors.map((survivor) => [survivor.id, survivor.createdAt.toISOString().slice(0, 10)]));
    const wrong = [...bySurvivor.values()].filter(
      (history) =>
        history[0].startDate < profileMade.get(history[0].survivorId)! ||
        history.some(
          (placement, i) =>
            placement.startDate > TODAY ||
            (placement.endDate === null ? i !== history.length - 1 : placement.endDate < placement.startDate || placement.endDate > TODAY) ||
            (i > 0 && placement.startDate <= history[i - 1].endDate!),
        ),
    );
    expect(wrong).toEqual([]);
  });

  it('keeps about 30% running and ends the rest for realistic reasons, a few unsafe', () => {
    expect(share((placement) => placement.endDate === null)).toBeGreaterThan(0.26);
    expect(share((placement) => placement.endDate === null)).toBeLessThan(0.34);
    expect(placements.filter((placement) => (placement.endDate === null) !== (placement.endReason === null))).toEqual([]);
    expect(placements.filter((placement) => (placement.endReason === null) !== (placement.endedByRole === null))).toEqual([]);
    expect(placements.filter((placement) => placement.endReason === null && placement.endNote !== null)).toEqual([]);
    const ended = placements.filter((placement) => placement.endReason !== null);
    const reasonShare = (reason: string) => ended.filter((placement) => placement.endReason === reason).length / ended.length;
    for (const reason of PLACEMENT_END_REASONS) expect(reasonShare(reason)).toBeGreaterThan(0.01);
    expect(reasonShare('unsafe')).toBeLessThan(0.06);
    expect(reasonShare('resigned')).toBeGreaterThan(reasonShare('dismissed'));
  });

  it('spreads starts over about three years, most of them in the last two', () => {
    const ageDays = (placement: PlacementRow) => (Date.parse(TODAY) - Date.parse(placement.startDate)) / DAY_MS;
    expect(Math.max(...placements.map(ageDays))).toBeGreaterThan(900);
    expect(share((placement) => ageDays(placement) <= 730)).toBeGreaterThan(0.6);
    // Some jobs last a few weeks, some years.
    const lengths = placements.filter((placement) => placement.endDate !== null).map((placement) => (Date.parse(placement.endDate!) - Date.parse(placement.startDate)) / DAY_MS);
    expect(lengths.filter((days) => days < 30).length / lengths.length).toBeGreaterThan(0.05);
    expect(lengths.filter((days) => days > 365).length / lengths.length).toBeGreaterThan(0.02);
  });

  it('places survivors at jobs in their region when it has any, on the job’s employer, wage and hours', () => {
    const jobsById = new Map(jobs.map((job) => [job.id, job]));
    const regionOf = new Map(survivors.map((survivor) => [survivor.id, survivor.regionCode]));
    const notAsTheJob = placements.filter((placement) => {
      const job = jobsById.get(placement.jobId)!;
      return placement.employerId !== job.employerId || placement.wageMinor !== job.wageMinor || placement.wageCurrency !== job.wageCurrency ||
        placement.wagePeriod !== job.wagePeriod || placement.hoursPerWeek !== job.hoursPerWeek || !WAGE_PERIODS.includes(placement.wagePeriod);
    });
    expect(notAsTheJob).toEqual([]);
    const elsewhere = placements.filter((placement) => {
      const region = regionOf.get(placement.survivorId);
      return region && region !== 'northern-ireland' && jobsById.get(placement.jobId)!.regionCode !== region;
    });
    expect(elsewhere).toEqual([]);
  });

  it('records the hire before the start and an end after it, never after now', () => {
    const wrong = placements.filter(
      (placement) => placement.createdAt.getTime() > Date.parse(`${placement.startDate}T23:59:59Z`) || placement.updatedAt < placement.createdAt || placement.updatedAt > NOW,
    );
    expect(wrong).toEqual([]);
  });

  it('refuses more placements than the survivors have had time for', () => {
    expect(() => generatePlacements(200, { ...options, survivors: survivors.slice(0, 2) })).toThrow(/do not fit/);
    expect(() => generatePlacements(1, { ...options, jobs: [] })).toThrow(/at least one job/);
  });
});
