import { FLAG_DUE_HOURS_DEFAULT, FLAG_TRANSITIONS } from '@onward/shared';
import { assessRisk } from '@onward/risk';
import { FlagSurvivor, generateFlags } from './flags';
import { Random } from './random';

const NOW = new Date('2026-06-01T12:00:00Z');
const DAY_MS = 86_400_000;

const random = new Random('spec', 'flag-inputs');
const survivors: FlagSurvivor[] = Array.from({ length: 5000 }, () => ({
  id: random.uuid(),
  organisationId: `org-${random.int(1, 5)}`,
  caseworkerId: random.uuid(),
  createdAt: new Date(NOW.getTime() - random.next() * 1095 * DAY_MS),
}));
const generated = generateFlags(3000, survivors, { seed: 'spec', now: NOW });
const flags = generated.map(({ flag }) => flag);
const share = (predicate: (flag: (typeof flags)[number]) => boolean) => flags.filter(predicate).length / flags.length;

describe('generateFlags', () => {
  it('is the same for the same seed and different for another', () => {
    expect(generateFlags(50, survivors, { seed: 'spec', now: NOW })).toEqual(generateFlags(50, survivors, { seed: 'spec', now: NOW }));
    expect(generateFlags(50, survivors, { seed: 'other', now: NOW }).map(({ flag }) => flag.id)).not.toEqual(generateFlags(50, survivors, { seed: 'spec', now: NOW }).map(({ flag }) => flag.id));
  });

  it('gives each flag a different survivor, and refuses more flags than survivors', () => {
    expect(new Set(flags.map((flag) => flag.survivorId)).size).toBe(flags.length);
    expect(() => generateFlags(6, survivors.slice(0, 5), { seed: 'spec', now: NOW })).toThrow(RangeError);
  });

  it('takes level, score and reasons from the API rules applied to its own signals, and the due time from the level', () => {
    for (const { flag, signals } of generated) {
      expect(signals.length).toBeGreaterThan(0);
      for (const signal of signals) {
        expect(signal.flagId).toBe(flag.id);
        expect(signal.survivorId).toBe(flag.survivorId);
        expect(signal.occurredAt.getTime()).toBeLessThanOrEqual(flag.openedAt.getTime());
      }
      const assessment = assessRisk(signals.map((signal) => ({ type: signal.type, at: signal.occurredAt })), flag.openedAt);
      expect({ level: flag.level, score: flag.score, reasons: flag.reasons }).toEqual(assessment);
      expect(flag.dueAt.getTime() - flag.openedAt.getTime()).toBe(FLAG_DUE_HOURS_DEFAULT[flag.level] * 3_600_000);
    }
  });

  it('keeps the columns consistent as the database checks them, and nothing in the future', () => {
    for (const flag of flags) {
      expect(flag.status === 'resolved').toBe(flag.resolvedAt !== null && flag.outcome !== null);
      expect(flag.acknowledgedAt === null).toBe(flag.status === 'open');
      expect(flag.assignedToId === null).toBe(flag.status === 'open');
      const survivor = survivors.find((s) => s.id === flag.survivorId)!;
      expect(flag.openedAt.getTime()).toBeGreaterThan(survivor.createdAt.getTime());
      for (const at of [flag.openedAt, flag.acknowledgedAt, flag.resolvedAt, flag.escalatedAt]) {
        if (at) expect(at.getTime()).toBeLessThan(NOW.getTime());
      }
      if (flag.escalatedAt) {
        expect(flag.escalatedAt.getTime()).toBeGreaterThan(flag.dueAt.getTime());
        if (flag.resolvedAt) expect(flag.escalatedAt.getTime()).toBeLessThan(flag.resolvedAt.getTime());
      }
    }
  });

  it('records a history whose steps follow the flag transitions, in time order', () => {
    for (const { flag, events } of generated) {
      expect(events[0]).toMatchObject({ type: 'opened', level: flag.level, at: flag.openedAt });
      const statuses = events.map((event) => event.type).filter((type) => type in FLAG_TRANSITIONS);
      for (let i = 1; i < statuses.length; i++) expect(FLAG_TRANSITIONS[(i === 1 ? 'open' : statuses[i - 1]) as keyof typeof FLAG_TRANSITIONS]).toContain(statuses[i]);
      expect(events.map((event) => event.at.getTime())).toEqual(events.map((event) => event.at.getTime()).sort((a, b) => a - b));
      expect(events.some((event) => event.type === 'escalated')).toBe(flag.escalatedAt !== null);
    }
  });

  it('leaves a queue: about 15% unresolved, opened in the last two weeks, some overdue', () => {
    const unresolved = flags.filter((flag) => flag.status !== 'resolved');
    expect(unresolved.length / flags.length).toBeGreaterThan(0.12);
    expect(unresolved.length / flags.length).toBeLessThan(0.18);
    for (const flag of unresolved) expect(NOW.getTime() - flag.openedAt.getTime()).toBeLessThanOrEqual(14 * DAY_MS);
    expect(unresolved.filter((flag) => flag.dueAt < NOW).length).toBeGreaterThan(0);
    for (const level of ['low', 'medium', 'high', 'critical'] as const) expect(share((flag) => flag.level === level)).toBeGreaterThan(0.02);
  });
});
