import { SIGNAL_TYPES } from '@onward/shared';
import { DEFAULT_RISK_RULES, describeRules } from './rules';

describe('DEFAULT_RISK_RULES', () => {
  it('ships the documented weight, floor and window for every signal type', () => {
    const shipped = Object.fromEntries(
      Object.entries(DEFAULT_RISK_RULES.rules).map(([type, { weight, floor, windowDays }]) => [type, [weight, floor, windowDays]]),
    );
    expect(shipped).toEqual({
      alarm: [10, 'critical', 30],
      past_contact: [10, 'critical', 90],
      unsafe_at_work: [10, 'critical', 90],
      not_paid: [6, 'high', 90],
      placement_ended_unsafe: [6, 'high', 90],
      placement_ended_employer_suspended: [6, 'high', 90],
      employer_suspended: [6, 'high', 90],
      housing_unstable: [4, 'medium', 90],
      hours_not_as_promised: [3, 'medium', 90],
      check_in_missed: [3, 'medium', 120],
      employer_reported: [3, 'medium', 90],
      grant_milestone_missed: [3, 'medium', 120],
      no_placement: [3, 'medium', 120],
      placement_ended: [2, null, 90],
    });
  });

  it('reaches low at 1, medium at 3, high at 6 and critical at 10, counting at most 3 of a type', () => {
    expect(DEFAULT_RISK_RULES.thresholds).toEqual({ low: 1, medium: 3, high: 6, critical: 10 });
    expect(DEFAULT_RISK_RULES.maxPerType).toBe(3);
  });

  it.each(SIGNAL_TYPES)('says in one sentence why %s weighs what it does', (type) => {
    const { why } = DEFAULT_RISK_RULES.rules[type];
    expect(why).toMatch(/^[A-Z].{20,}\.$/);
    expect(why.slice(0, -1)).not.toMatch(/\.\s/);
  });
});

describe('describeRules', () => {
  it('lists every rule once, most serious first: by floor, then weight, then type', () => {
    const rows = describeRules();
    expect(rows.map((row) => row.type)).toEqual([
      'alarm',
      'past_contact',
      'unsafe_at_work',
      'employer_suspended',
      'not_paid',
      'placement_ended_employer_suspended',
      'placement_ended_unsafe',
      'housing_unstable',
      'check_in_missed',
      'employer_reported',
      'grant_milestone_missed',
      'hours_not_as_promised',
      'no_placement',
      'placement_ended',
    ]);
    expect(rows[0]).toEqual({ type: 'alarm', ...DEFAULT_RISK_RULES.rules.alarm });
  });

  it('describes the rules it is given', () => {
    const custom = { ...DEFAULT_RISK_RULES, rules: { ...DEFAULT_RISK_RULES.rules, placement_ended: { weight: 20, floor: 'critical' as const, windowDays: 7, why: 'Test.' } } };
    expect(describeRules(custom)[0]).toEqual({ type: 'placement_ended', weight: 20, floor: 'critical', windowDays: 7, why: 'Test.' });
  });
});
