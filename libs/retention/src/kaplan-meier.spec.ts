import { RETENTION_DAYS } from '@onward/shared';
import { kaplanMeier, medianSurvival, Observation, summariseRetention, survivalAt } from './kaplan-meier';

const ended = (...durations: number[]): Observation[] => durations.map((duration) => ({ duration, ended: true }));
const running = (...durations: number[]): Observation[] => durations.map((duration) => ({ duration, ended: false }));
const at = (observations: readonly Observation[], time: number) => kaplanMeier(observations).find((step) => step.time === time);

/**
 * Remission times in weeks from Freireich et al. (1963), "The effect of 6-mercaptopurine on the
 * duration of steroid-induced remissions in acute leukemia", Blood 21(6): 699-716, as worked in
 * D. G. Kleinbaum and M. Klein, "Survival Analysis: A Self-Learning Text", 3rd edition (Springer,
 * 2012), Chapter 2 "Kaplan-Meier Survival Curves and the Log-Rank Test", section II "An Example of
 * Kaplan-Meier Curves" (pp. 61-65 by the chapter's outline): the table of KM estimates for the
 * 6-MP group (group 1), printed to 4 decimals. Ended = relapsed; running = still in remission.
 */
const sixMp = [...ended(6, 6, 6, 7, 10, 13, 16, 22, 23), ...running(6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35)];
/** The placebo group (group 2) of the same trial: every patient relapsed, nothing is censored. */
const placebo = ended(1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23);

describe('kaplanMeier: the published 6-MP example (Kleinbaum & Klein, ch. 2)', () => {
  const printed = [
    { time: 6, atRisk: 21, events: 3, survival: 0.8571 },
    { time: 7, atRisk: 17, events: 1, survival: 0.8067 },
    { time: 10, atRisk: 15, events: 1, survival: 0.7529 },
    { time: 13, atRisk: 12, events: 1, survival: 0.6902 },
    { time: 16, atRisk: 11, events: 1, survival: 0.6275 },
    { time: 22, atRisk: 7, events: 1, survival: 0.5378 },
    { time: 23, atRisk: 6, events: 1, survival: 0.4482 },
  ];

  it.each(printed)('at week $time: $atRisk at risk, $events relapsed, S = $survival', ({ time, atRisk, events, survival }) => {
    const step = at(sixMp, time);
    expect(step).toBeDefined();
    expect(step?.atRisk).toBe(atRisk);
    expect(step?.events).toBe(events);
    expect(step?.survival).toBeCloseTo(survival, 4);
  });

  it('has its median at 23 weeks, the first time S drops to 0.5 or below', () => {
    expect(medianSurvival(kaplanMeier(sixMp))).toBe(23);
  });

  it('steps at every distinct time, ascending, and leaves S unchanged where patients are only censored', () => {
    const curve = kaplanMeier(sixMp);
    expect(curve.map((step) => step.time)).toEqual([6, 7, 9, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 34, 35]);
    expect(at(sixMp, 9)).toMatchObject({ atRisk: 16, events: 0, censored: 1 });
    expect(at(sixMp, 9)?.survival).toBe(at(sixMp, 7)?.survival);
    expect(at(sixMp, 35)?.survival).toBe(at(sixMp, 23)?.survival);
    expect(curve.reduce((sum, step) => sum + step.events + step.censored, 0)).toBe(21);
  });

  it('reads between the steps as a right-continuous step function', () => {
    const curve = kaplanMeier(sixMp);
    expect(survivalAt(curve, 0)).toBe(1);
    expect(survivalAt(curve, 5.9)).toBe(1);
    expect(survivalAt(curve, 6)).toBeCloseTo(0.8571, 4);
    expect(survivalAt(curve, 9)).toBeCloseTo(0.8067, 4);
    expect(survivalAt(curve, 22.5)).toBeCloseTo(0.5378, 4);
    expect(survivalAt(curve, 100)).toBeCloseTo(0.4482, 4);
  });

  it("gives Greenwood's standard error, worked by hand for the first two relapse times", () => {
    // Week 6: S = 18/21, sum = 3 / (21 * 18). Week 7: S = 18/21 * 16/17, sum += 1 / (17 * 16).
    const week6 = (18 / 21) * Math.sqrt(3 / (21 * 18));
    const week7 = (18 / 21) * (16 / 17) * Math.sqrt(3 / (21 * 18) + 1 / (17 * 16));
    expect(at(sixMp, 6)?.standardError).toBeCloseTo(week6, 10);
    expect(at(sixMp, 7)?.standardError).toBeCloseTo(week7, 10);
    expect(week6).toBeCloseTo(0.0764, 4);
    expect(week7).toBeCloseTo(0.0869, 4);
  });

  it('does not depend on the order of the observations', () => {
    expect(kaplanMeier([...sixMp].reverse())).toEqual(kaplanMeier(sixMp));
  });
});

describe('kaplanMeier: the placebo group of the same trial (no censoring)', () => {
  it('equals the share still in remission, e.g. S(8) = 8/21 = 0.3810', () => {
    const curve = kaplanMeier(placebo);
    expect(survivalAt(curve, 1)).toBeCloseTo(0.9048, 4);
    expect(survivalAt(curve, 4)).toBeCloseTo(0.6667, 4);
    expect(survivalAt(curve, 5)).toBeCloseTo(0.5714, 4);
    expect(survivalAt(curve, 8)).toBeCloseTo(0.381, 4);
    expect(survivalAt(curve, 12)).toBeCloseTo(0.1905, 4);
    expect(survivalAt(curve, 22)).toBeCloseTo(0.0476, 4);
    expect(at(placebo, 8)).toMatchObject({ atRisk: 12, events: 4, censored: 0 });
  });

  it('has its median at 8 weeks', () => {
    expect(medianSurvival(kaplanMeier(placebo))).toBe(8);
  });

  it('reaches 0 at the last relapse with a standard error of 0, not NaN', () => {
    const last = at(placebo, 23);
    expect(last).toMatchObject({ atRisk: 1, events: 1, survival: 0, standardError: 0 });
  });
});

describe('kaplanMeier: edge cases', () => {
  it('returns no steps for no observations', () => {
    expect(kaplanMeier([])).toEqual([]);
    expect(survivalAt([], 30)).toBe(1);
    expect(medianSurvival([])).toBeNull();
  });

  it('keeps S at 1 with no median when everything is still running', () => {
    const curve = kaplanMeier(running(10, 40, 40, 200));
    expect(curve.map((step) => step.survival)).toEqual([1, 1, 1]);
    expect(curve.map((step) => step.standardError)).toEqual([0, 0, 0]);
    expect(curve.map((step) => step.atRisk)).toEqual([4, 3, 1]);
    expect(medianSurvival(curve)).toBeNull();
  });

  it('drops straight to 0 when everything ends on the same day', () => {
    const curve = kaplanMeier(ended(30, 30, 30, 30, 30));
    expect(curve).toEqual([{ time: 30, atRisk: 5, events: 5, censored: 0, survival: 0, standardError: 0 }]);
    expect(survivalAt(curve, 29)).toBe(1);
    expect(survivalAt(curve, 30)).toBe(0);
    expect(medianSurvival(curve)).toBe(30);
  });

  it('handles a single observation, ended or running', () => {
    expect(kaplanMeier(ended(7))).toEqual([{ time: 7, atRisk: 1, events: 1, censored: 0, survival: 0, standardError: 0 }]);
    expect(medianSurvival(kaplanMeier(ended(7)))).toBe(7);
    expect(kaplanMeier(running(7))).toEqual([{ time: 7, atRisk: 1, events: 0, censored: 1, survival: 1, standardError: 0 }]);
    expect(medianSurvival(kaplanMeier(running(7)))).toBeNull();
  });

  it('counts what is censored at a time as still at risk of ending then', () => {
    // Censored first, 2 would be at risk at day 2 and S(2) would be 1/2.
    const curve = kaplanMeier([...ended(2), ...running(2), ...ended(3)]);
    expect(curve[0]).toMatchObject({ time: 2, atRisk: 3, events: 1, censored: 1 });
    expect(curve[0].survival).toBeCloseTo(2 / 3, 12);
    expect(curve[1]).toMatchObject({ time: 3, atRisk: 1, events: 1, survival: 0 });
    expect(medianSurvival(curve)).toBe(3);
  });

  it("gives Greenwood's standard error for a small case worked by hand", () => {
    // Day 1: n 4, d 1, S = 3/4, sum = 1/12. Day 2: censored. Day 3: n 2, d 1, S = 3/8, sum = 1/12 + 1/2. Day 4: n = d.
    const curve = kaplanMeier([...ended(1), ...running(2), ...ended(3, 4)]);
    expect(curve.map((step) => step.survival)).toEqual([0.75, 0.75, 0.375, 0]);
    expect(curve[0].standardError).toBeCloseTo(0.75 * Math.sqrt(1 / 12), 12);
    expect(curve[0].standardError).toBeCloseTo(0.216506, 6);
    expect(curve[1].standardError).toBe(curve[0].standardError);
    expect(curve[2].standardError).toBeCloseTo(0.375 * Math.sqrt(7 / 12), 12);
    expect(curve[2].standardError).toBeCloseTo(0.286411, 6);
    expect(curve[3].standardError).toBe(0);
  });

  it('takes the median where S is exactly 0.5 though floating point lands a hair above it', () => {
    // 24 ending one a day: after 12, S = 23/24 * 22/23 * ... * 12/13 = 1/2, computed as 0.5000000000000001.
    const curve = kaplanMeier(ended(...Array.from({ length: 24 }, (_, index) => index + 1)));
    expect(curve[11].survival).not.toBe(0.5);
    expect(curve[11].survival).toBeCloseTo(0.5, 12);
    expect(medianSurvival(curve)).toBe(12);
  });

  it('places an ending on day 0 at day 0', () => {
    const curve = kaplanMeier([...ended(0), ...running(10)]);
    expect(curve[0]).toMatchObject({ time: 0, atRisk: 2, events: 1, survival: 0.5 });
    expect(survivalAt(curve, 0)).toBe(0.5);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects a duration of %p with a RangeError', (duration) => {
    expect(() => kaplanMeier([{ duration, ended: true }])).toThrow(RangeError);
  });
});

describe('summariseRetention', () => {
  // Ten placements: four ended (20, 45, 100, 200 days), six still running.
  const placements = [...ended(20, 45, 100, 200), ...running(30, 60, 150, 400, 400, 500)];

  it('reports S and the number still observed at 30, 90, 180 and 365 days', () => {
    const summary = summariseRetention(placements, RETENTION_DAYS);
    // S(30) = 9/10; S(90) = 9/10 * 7/8; S(180) = ... * 5/6; S(365) = ... * 3/4.
    expect(summary.points.map(({ day, atRisk }) => ({ day, atRisk }))).toEqual([
      { day: 30, atRisk: 9 },
      { day: 90, atRisk: 6 },
      { day: 180, atRisk: 4 },
      { day: 365, atRisk: 3 },
    ]);
    const survival = summary.points.map((point) => point.survival);
    [0.9, 0.7875, 0.65625, 0.4921875].forEach((expected, index) => expect(survival[index]).toBeCloseTo(expected, 12));
  });

  it('counts what ended and what is still running, and finds the median', () => {
    const summary = summariseRetention(placements, RETENTION_DAYS);
    expect(summary).toMatchObject({ count: 10, ended: 4, censored: 6, medianDays: 200 });
  });

  it('draws the curve from (0, 1) with one point per step', () => {
    const { curve } = summariseRetention(placements, []);
    expect(curve[0]).toEqual({ time: 0, survival: 1, atRisk: 10 });
    expect(curve.map((point) => point.time)).toEqual([0, 20, 30, 45, 60, 100, 150, 200, 400, 500]);
    expect(curve.map((point) => point.atRisk)).toEqual([10, 10, 9, 8, 7, 6, 5, 4, 3, 1]);
    expect(curve[curve.length - 1].survival).toBeCloseTo(0.4921875, 12);
  });

  it('reports the published 6-MP figures in weeks', () => {
    const summary = summariseRetention(sixMp, [10, 23]);
    expect(summary).toMatchObject({ count: 21, ended: 9, censored: 12, medianDays: 23 });
    expect(summary.points[0].survival).toBeCloseTo(0.7529, 4);
    expect(summary.points[0].atRisk).toBe(15);
    expect(summary.points[1].survival).toBeCloseTo(0.4482, 4);
    expect(summary.points[1].atRisk).toBe(6);
  });

  it('summarises nothing as S = 1 with nobody at risk and no median', () => {
    expect(summariseRetention([], [30])).toEqual({
      count: 0,
      ended: 0,
      censored: 0,
      points: [{ day: 30, survival: 1, atRisk: 0 }],
      medianDays: null,
      curve: [{ time: 0, survival: 1, atRisk: 0 }],
    });
  });

  it.each([-3, Number.NaN, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY])('rejects a duration of %p with a RangeError', (duration) => {
    expect(() => summariseRetention([...placements, { duration, ended: false }], RETENTION_DAYS)).toThrow(RangeError);
  });
});

describe('weighted observations (count)', () => {
  it('gives the same curve and figures as the observations written out one by one', () => {
    const oneByOne = [
      ...Array.from({ length: 3 }, () => ({ duration: 6, ended: true })),
      { duration: 6, ended: false },
      { duration: 7, ended: true },
      ...Array.from({ length: 2 }, () => ({ duration: 32, ended: false })),
    ];
    const counted = [
      { duration: 6, ended: true, count: 3 },
      { duration: 6, ended: false, count: 1 },
      { duration: 7, ended: true },
      { duration: 32, ended: false, count: 2 },
      { duration: 40, ended: true, count: 0 },
    ];
    expect(kaplanMeier(counted)).toEqual(kaplanMeier(oneByOne));
    expect(summariseRetention(counted, [5, 7, 30])).toEqual(summariseRetention(oneByOne, [5, 7, 30]));
  });

  it('refuses a count that is not a whole number >= 0', () => {
    expect(() => kaplanMeier([{ duration: 1, ended: true, count: -1 }])).toThrow(RangeError);
    expect(() => kaplanMeier([{ duration: 1, ended: true, count: 1.5 }])).toThrow(RangeError);
  });
});
