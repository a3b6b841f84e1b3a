import { CHECK_IN_QUESTIONS } from '@onward/shared';
import { checkInGenerator, CheckInOptions, CheckInRow } from './check-ins';
import { generatePlacements, PlacementJob, PlacementSurvivor } from './placements';
import { Random } from './random';

const NOW = new Date('2026-06-01T12:00:00Z');
const DAY_MS = 86_400_000;
const day = (daysAgo: number) => new Date(Date.parse('2026-06-01') - daysAgo * DAY_MS).toISOString().slice(0, 10);

const random = new Random('spec', 'check-in-inputs');
const jobs: PlacementJob[] = Array.from({ length: 100 }, () => ({
  id: random.uuid(),
  employerId: random.uuid(),
  regionCode: 'london',
  wageMinor: 1300,
  wageCurrency: 'GBP',
  wagePeriod: 'hour',
  hoursPerWeek: 37,
}));
const survivors: PlacementSurvivor[] = Array.from({ length: 4000 }, () => ({
  id: random.uuid(),
  regionCode: 'london',
  createdAt: new Date(NOW.getTime() - random.next() * 1095 * DAY_MS),
}));
const placements = generatePlacements(6000, { seed: 'spec', now: NOW, survivors, jobs });
const options: CheckInOptions = { seed: 'spec', now: NOW, days: [7, 14, 30, 90, 180, 365, 730], graceDays: 7, lastScanDaysAgo: 2 };
const next = checkInGenerator(options);
const checkIns = placements.flatMap((placement) => next(placement));
const placementOf = new Map(placements.map((placement) => [placement.id, placement]));

const ofStatus = (status: CheckInRow['status']) => checkIns.filter((checkIn) => checkIn.status === status);

describe('checkInGenerator', () => {
  it('gives each placement one check-in per day, due that many days after the start', () => {
    expect(checkIns).toHaveLength(placements.length * options.days.length);
    expect(new Set(checkIns.map((checkIn) => `${checkIn.placementId}/${checkIn.dayOffset}`)).size).toBe(checkIns.length);
    expect(new Set(checkIns.map((checkIn) => checkIn.id)).size).toBe(checkIns.length);
    const placement = (checkIn: CheckInRow) => placementOf.get(checkIn.placementId)!;
    expect(checkIns.filter((checkIn) => checkIn.survivorId !== placement(checkIn).survivorId)).toEqual([]);
    expect(checkIns.filter((checkIn) => Date.parse(checkIn.dueOn) - Date.parse(placement(checkIn).startDate) !== checkIn.dayOffset * DAY_MS)).toEqual([]);
  });

  it('gives the same check-ins for the same seed and placements', () => {
    const again = checkInGenerator(options);
    expect(placements.slice(0, 300).flatMap((placement) => again(placement))).toEqual(checkIns.slice(0, 300 * options.days.length));
  });

  it('schedules what falls due after the last scan, and cancels what falls due after an end', () => {
    const afterEnd = (checkIn: CheckInRow) => {
      const { endDate } = placementOf.get(checkIn.placementId)!;
      return endDate !== null && checkIn.dueOn > endDate;
    };
    expect(checkIns.filter((checkIn) => (checkIn.status === 'cancelled') !== afterEnd(checkIn))).toEqual([]);
    expect(checkIns.filter((checkIn) => !afterEnd(checkIn) && (checkIn.status === 'scheduled') !== checkIn.dueOn > day(2))).toEqual([]);
  });

  it('answers most of the rest, misses some after the grace period and leaves the others due', () => {
    const past = checkIns.filter((checkIn) => checkIn.status !== 'scheduled' && checkIn.status !== 'cancelled');
    expect(ofStatus('answered').length / past.length).toBeGreaterThan(0.8);
    expect(ofStatus('missed').length / past.length).toBeGreaterThan(0.05);
    expect(ofStatus('missed').length / past.length).toBeLessThan(0.2);
    // Missed by a scan that ran up to two days ago: due 10 days ago or earlier.
    expect(ofStatus('missed').filter((checkIn) => checkIn.dueOn > day(10))).toEqual([]);
    expect(ofStatus('due').filter((checkIn) => checkIn.dueOn > day(2) || checkIn.dueOn < day(9))).toEqual([]);
  });

  it('leaves the next scan a day’s work: falling due today and yesterday, missed after 8 and 9 days', () => {
    const open = (status: CheckInRow['status'], daysAgo: number) => checkIns.filter((checkIn) => checkIn.status === status && checkIn.dueOn === day(daysAgo)).length;
    for (const daysAgo of [0, 1]) expect(open('scheduled', daysAgo)).toBeGreaterThan(0);
    for (const daysAgo of [8, 9]) expect(open('due', daysAgo)).toBeGreaterThan(0);
  });

  it('fills in the columns each status needs, with times in order and before now', () => {
    const wrong = (predicate: (checkIn: CheckInRow) => boolean) => checkIns.filter(predicate);
    expect(wrong((checkIn) => (checkIn.answers !== null) !== (checkIn.status === 'answered'))).toEqual([]);
    expect(wrong((checkIn) => (checkIn.answeredAt !== null) !== (checkIn.status === 'answered'))).toEqual([]);
    expect(wrong((checkIn) => (checkIn.answeredByRole !== null) !== (checkIn.status === 'answered'))).toEqual([]);
    expect(wrong((checkIn) => (checkIn.missedAt !== null) !== (checkIn.status === 'missed'))).toEqual([]);
    expect(wrong((checkIn) => (checkIn.remindedAt !== null) !== ['due', 'answered', 'missed'].includes(checkIn.status))).toEqual([]);
    expect(wrong((checkIn) => checkIn.note !== null && checkIn.status !== 'answered')).toEqual([]);
    expect(wrong((checkIn) => checkIn.remindedAt !== null && (checkIn.remindedAt.toISOString().slice(0, 10) !== checkIn.dueOn || checkIn.remindedAt >= NOW))).toEqual([]);
    expect(wrong((checkIn) => checkIn.answeredAt !== null && (checkIn.answeredAt <= checkIn.remindedAt! || checkIn.answeredAt >= NOW))).toEqual([]);
    expect(wrong((checkIn) => checkIn.missedAt !== null && checkIn.missedAt.getTime() - checkIn.remindedAt!.getTime() !== 8 * DAY_MS)).toEqual([]);
    expect(wrong((checkIn) => checkIn.createdAt !== placementOf.get(checkIn.placementId)!.createdAt)).toEqual([]);
  });

  it('answers every question, mostly all well and sometimes with a sign of risk', () => {
    const answers = ofStatus('answered').map((checkIn) => checkIn.answers!);
    for (const answer of answers) expect(Object.keys(answer).sort()).toEqual([...CHECK_IN_QUESTIONS].sort());
    const allWell = answers.filter((a) => a.stillWorking && a.paidAsPromised && a.hoursAsPromised && a.feelSafe && a.housingStable && !a.pastContact).length;
    expect(allWell / answers.length).toBeGreaterThan(0.7);
    expect(answers.filter((answer) => !answer.feelSafe).length).toBeGreaterThan(0);
    expect(answers.filter((answer) => answer.pastContact).length).toBeGreaterThan(0);
  });

  it('needs the last scan to have run', () => {
    expect(() => checkInGenerator({ ...options, lastScanDaysAgo: 0 })).toThrow(/a day ago or more/);
  });
});
