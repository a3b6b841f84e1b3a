import { FLAG_DUE_HOURS_DEFAULT, RiskLevel, SIGNAL_TYPES, SignalType } from '@onward/shared';
import { assessRisk, compareLevels, followUpDueAt, FUTURE_TOLERANCE_HOURS, RiskSignal } from './assess';
import { DEFAULT_RISK_RULES, RiskRules } from './rules';

const now = new Date('2025-06-01T12:00:00.000Z');
const DAY_MS = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
const hoursAhead = (hours: number) => new Date(now.getTime() + hours * 60 * 60 * 1000);
/** `times` signals of `type`, a day apart, the newest yesterday. */
const signals = (type: SignalType, times = 1): RiskSignal[] => Array.from({ length: times }, (_, index) => ({ type, at: daysAgo(index + 1) }));
const assess = (...groups: RiskSignal[][]) => assessRisk(groups.flat(), now);

describe('assessRisk: each signal alone', () => {
  const alone: Record<SignalType, [RiskLevel, number]> = {
    alarm: ['critical', 10],
    past_contact: ['critical', 10],
    unsafe_at_work: ['critical', 10],
    not_paid: ['high', 6],
    placement_ended_unsafe: ['high', 6],
    placement_ended_employer_suspended: ['high', 6],
    employer_suspended: ['high', 6],
    housing_unstable: ['medium', 4],
    hours_not_as_promised: ['medium', 3],
    check_in_missed: ['medium', 3],
    employer_reported: ['medium', 3],
    grant_milestone_missed: ['medium', 3],
    no_placement: ['medium', 3],
    placement_ended: ['low', 2],
  };

  it('covers every signal type', () => {
    expect(Object.keys(alone).sort()).toEqual([...SIGNAL_TYPES].sort());
  });

  it.each(Object.entries(alone))('%s alone is %p', (type, [level, score]) => {
    expect(assess(signals(type as SignalType))).toMatchObject({ level, score });
  });

  it.each(['alarm', 'past_contact', 'unsafe_at_work'] as const)('%s alone is critical, one reason worth 10', (type) => {
    const { level, reasons } = assess(signals(type));
    expect(level).toBe('critical');
    expect(reasons).toEqual([expect.objectContaining({ type, count: 1, points: 10 })]);
  });
});

describe('assessRisk: signals add up', () => {
  it('makes one missed check-in medium and two high', () => {
    expect(assess(signals('check_in_missed', 1))).toMatchObject({ level: 'medium', score: 3 });
    expect(assess(signals('check_in_missed', 2))).toMatchObject({ level: 'high', score: 6 });
  });

  it('sums different types: hours not as promised (3) and unstable housing (4) make 7, high', () => {
    expect(assess(signals('hours_not_as_promised'), signals('housing_unstable'))).toMatchObject({ level: 'high', score: 7 });
  });

  it('reaches critical from medium and low signals alone once the score reaches 10', () => {
    const result = assess(signals('hours_not_as_promised'), signals('housing_unstable'), signals('placement_ended'), signals('employer_reported'));
    expect(result).toMatchObject({ level: 'critical', score: 12 });
  });

  it('counts at most 3 signals of a type: five jobs ending score 6 (high), not 10 (critical)', () => {
    const result = assess(signals('placement_ended', 5));
    expect(result).toMatchObject({ level: 'high', score: 6 });
    expect(result.reasons).toEqual([{ type: 'placement_ended', count: 5, points: 6, text: 'A job ended (5 times)' }]);
  });

  it('keeps the level at least the highest floor, whatever the score', () => {
    expect(assess(signals('placement_ended'), signals('not_paid'))).toMatchObject({ level: 'high', score: 8 });
    expect(assess(signals('placement_ended'), signals('alarm'))).toMatchObject({ level: 'critical', score: 12 });
  });

  it('assesses nothing as null, with no score and no reasons', () => {
    expect(assess()).toEqual({ level: null, score: 0, reasons: [] });
  });
});

describe('assessRisk: windows', () => {
  it('ignores a signal older than its window and counts one exactly on the boundary', () => {
    expect(assessRisk([{ type: 'not_paid', at: daysAgo(91) }], now)).toEqual({ level: null, score: 0, reasons: [] });
    expect(assessRisk([{ type: 'not_paid', at: new Date(daysAgo(90).getTime() - 1) }], now).level).toBeNull();
    expect(assessRisk([{ type: 'not_paid', at: daysAgo(90) }], now)).toMatchObject({ level: 'high', score: 6 });
  });

  it('uses each type its own window: an alarm weighs 30 days, a missed check-in 120', () => {
    expect(assessRisk([{ type: 'alarm', at: daysAgo(30) }], now).level).toBe('critical');
    expect(assessRisk([{ type: 'alarm', at: daysAgo(31) }], now).level).toBeNull();
    expect(assessRisk([{ type: 'check_in_missed', at: daysAgo(120) }], now).level).toBe('medium');
    expect(assessRisk([{ type: 'check_in_missed', at: daysAgo(121) }], now).level).toBeNull();
  });

  it('counts only the signals of a type still inside the window', () => {
    const missed = [daysAgo(10), daysAgo(100), daysAgo(130)].map((at) => ({ type: 'check_in_missed' as const, at }));
    const result = assessRisk(missed, now);
    expect(result).toMatchObject({ level: 'high', score: 6 });
    expect(result.reasons[0]).toMatchObject({ count: 2, text: 'Missed a check-in (2 times)' });
  });

  it(`counts a signal stamped up to ${FUTURE_TOLERANCE_HOURS} hours after now (clocks differ) and ignores one later`, () => {
    expect(assessRisk([{ type: 'alarm', at: hoursAhead(1) }], now).level).toBe('critical');
    expect(assessRisk([{ type: 'alarm', at: hoursAhead(FUTURE_TOLERANCE_HOURS) }], now).level).toBe('critical');
    expect(assessRisk([{ type: 'alarm', at: hoursAhead(FUTURE_TOLERANCE_HOURS + 1) }], now).level).toBeNull();
    expect(assessRisk([{ type: 'alarm', at: new Date('2099-01-01T00:00:00Z') }], now).level).toBeNull();
  });
});

describe('assessRisk: reasons', () => {
  it('orders reasons by floor, then points, then type', () => {
    const result = assess(
      signals('placement_ended'),
      signals('check_in_missed'),
      signals('housing_unstable'),
      signals('hours_not_as_promised', 2),
      signals('not_paid'),
      signals('alarm'),
    );
    expect(result.reasons.map(({ type, points }) => [type, points])).toEqual([
      ['alarm', 10],
      ['not_paid', 6],
      ['hours_not_as_promised', 6],
      ['housing_unstable', 4],
      ['check_in_missed', 3],
      ['placement_ended', 2],
    ]);
    expect(result.score).toBe(31);
  });

  it('breaks a tie of floor and points by type code', () => {
    const result = assess(signals('no_placement'), signals('grant_milestone_missed'), signals('employer_reported'), signals('check_in_missed'));
    expect(result.reasons.map((reason) => reason.type)).toEqual(['check_in_missed', 'employer_reported', 'grant_milestone_missed', 'no_placement']);
  });

  it('puts a stronger floor first even with fewer points', () => {
    // Three missed check-ins earn 9 points at a medium floor; one unpaid wage 6 at a high floor.
    const result = assess(signals('check_in_missed', 3), signals('not_paid'));
    expect(result.reasons.map(({ type, points }) => [type, points])).toEqual([
      ['not_paid', 6],
      ['check_in_missed', 9],
    ]);
  });

  it.each<[SignalType, string]>([
    ['alarm', 'Pressed "I don\'t feel safe"'],
    ['past_contact', 'Reported contact from someone from the past'],
    ['unsafe_at_work', 'Does not feel safe at work'],
    ['not_paid', 'Not paid as promised'],
    ['hours_not_as_promised', 'Hours not as promised'],
    ['housing_unstable', 'Housing not stable'],
    ['check_in_missed', 'Missed a check-in'],
    ['placement_ended', 'A job ended'],
    ['placement_ended_unsafe', 'Left a job because it was unsafe'],
    ['placement_ended_employer_suspended', 'Job ended: the employer was suspended'],
    ['employer_suspended', 'Employer suspended'],
    ['employer_reported', 'Employer reported for forced-labour concerns'],
    ['grant_milestone_missed', 'Missed a grant milestone'],
    ['no_placement', 'No work since a job ended'],
  ])('explains %s as "%s", adding how often when more than once', (type, text) => {
    expect(assess(signals(type)).reasons[0].text).toBe(text);
    expect(assess(signals(type, 2)).reasons[0].text).toBe(`${text} (2 times)`);
  });
});

describe('assessRisk: custom rules', () => {
  const withRule = (type: SignalType, rule: Partial<RiskRules['rules'][SignalType]>, rest: Partial<RiskRules> = {}): RiskRules => ({
    ...DEFAULT_RISK_RULES,
    ...rest,
    rules: { ...DEFAULT_RISK_RULES.rules, [type]: { ...DEFAULT_RISK_RULES.rules[type], ...rule } },
  });

  it('weighs signals by the rules passed in', () => {
    expect(assessRisk(signals('placement_ended'), now, withRule('placement_ended', { weight: 10 }))).toMatchObject({ level: 'critical', score: 10 });
  });

  it('applies a floor passed in, even to a score that reaches no threshold', () => {
    const rules = withRule('placement_ended', { weight: 0, floor: 'high' });
    expect(assessRisk(signals('placement_ended'), now, rules)).toMatchObject({ level: 'high', score: 0 });
  });

  it('uses the thresholds passed in; a floor still holds below them', () => {
    const rules = { ...DEFAULT_RISK_RULES, thresholds: { low: 5, medium: 10, high: 20, critical: 40 } };
    expect(assessRisk(signals('hours_not_as_promised'), now, rules)).toMatchObject({ level: 'medium', score: 3 });
    expect(assessRisk(signals('not_paid', 3), now, rules)).toMatchObject({ level: 'high', score: 18 });
    expect(assessRisk(signals('not_paid', 4), now, rules)).toMatchObject({ level: 'high', score: 18 });
    expect(assessRisk([...signals('not_paid', 3), ...signals('housing_unstable', 3)], now, rules)).toMatchObject({ level: 'high', score: 30 });
    const many = [...signals('not_paid', 3), ...signals('housing_unstable', 3), ...signals('check_in_missed', 3), ...signals('placement_ended')];
    expect(assessRisk(many, now, rules)).toMatchObject({ level: 'critical', score: 41 });
  });

  it('leaves the level null when the score reaches no threshold and no floor applies, listing the reason all the same', () => {
    const rules = { ...DEFAULT_RISK_RULES, thresholds: { low: 5, medium: 10, high: 20, critical: 40 } };
    expect(assessRisk(signals('placement_ended'), now, rules)).toEqual({
      level: null,
      score: 2,
      reasons: [{ type: 'placement_ended', count: 1, points: 2, text: 'A job ended' }],
    });
  });

  it('uses the cap and windows passed in', () => {
    expect(assessRisk(signals('check_in_missed', 2), now, { ...DEFAULT_RISK_RULES, maxPerType: 1 })).toMatchObject({ level: 'medium', score: 3 });
    expect(assessRisk([{ type: 'not_paid', at: daysAgo(20) }], now, withRule('not_paid', { windowDays: 14 })).level).toBeNull();
  });

  it('leaves the defaults untouched', () => {
    assessRisk(signals('placement_ended'), now, withRule('placement_ended', { weight: 10 }));
    expect(assess(signals('placement_ended'))).toMatchObject({ level: 'low', score: 2 });
  });
});

describe('assessRisk: input it cannot weigh', () => {
  it('rejects a signal type with no rule rather than dropping it', () => {
    expect(() => assessRisk([{ type: 'unknown' as SignalType, at: now }], now)).toThrow(RangeError);
  });

  it('rejects an invalid date rather than dropping the signal', () => {
    expect(() => assessRisk([{ type: 'alarm', at: new Date('not a date') }], now)).toThrow(RangeError);
    expect(() => assessRisk(signals('alarm'), new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('compareLevels', () => {
  it('orders null < low < medium < high < critical', () => {
    const shuffled: Array<RiskLevel | null> = ['high', null, 'critical', 'low', 'medium'];
    expect([...shuffled].sort(compareLevels)).toEqual([null, 'low', 'medium', 'high', 'critical']);
  });

  it('is positive when the first is more serious, 0 when equal, negative when less', () => {
    expect(compareLevels('critical', 'high')).toBeGreaterThan(0);
    expect(compareLevels('low', null)).toBeGreaterThan(0);
    expect(compareLevels('medium', 'medium')).toBe(0);
    expect(compareLevels(null, null)).toBe(0);
    expect(compareLevels(null, 'low')).toBeLessThan(0);
    expect(compareLevels('high', 'critical')).toBeLessThan(0);
  });
});

describe('followUpDueAt', () => {
  it.each<[RiskLevel, string]>([
    ['critical', '2025-06-01T16:00:00.000Z'],
    ['high', '2025-06-02T12:00:00.000Z'],
    ['medium', '2025-06-04T12:00:00.000Z'],
    ['low', '2025-06-08T12:00:00.000Z'],
  ])('is due by %s with the default hours at %s', (level, due) => {
    expect(followUpDueAt(level, now, FLAG_DUE_HOURS_DEFAULT).toISOString()).toBe(due);
  });

  it('uses the hours passed in and returns a new date', () => {
    const from = new Date(now);
    const due = followUpDueAt('critical', from, { ...FLAG_DUE_HOURS_DEFAULT, critical: 1 });
    expect(due.toISOString()).toBe('2025-06-01T13:00:00.000Z');
    expect(from.toISOString()).toBe(now.toISOString());
  });
});
