import { RiskLevel, SIGNAL_TYPES, SignalType } from '@onward/shared';
import { compareCodes, compareLevels } from './levels';

/** How one type of signal weighs on a survivor's risk. */
export interface RiskRule {
  /** Points one signal of this type adds to the score. */
  weight: number;
  /** The lowest level a single signal of this type yields, whatever the score; null: the score decides. */
  floor: RiskLevel | null;
  /** Signals older than this many days no longer count. */
  windowDays: number;
  /** Why the rule weighs what it does (documentation, shown in the rules table). */
  why: string;
}

export interface RiskRules {
  rules: Record<SignalType, RiskRule>;
  /** The smallest score that reaches each level. */
  thresholds: Record<RiskLevel, number>;
  /** At most this many signals of one type count towards the score. */
  maxPerType: number;
}

/**
 * The rules Onward ships with; libs/risk/README.md sets them out as a table. A survivor's own word
 * that they are unsafe is critical on its own, whatever else is known: a caseworker must not wait
 * for a score to add up. Most signals look back a quarter (90 days, the gap between later
 * check-ins); signals of silence (a missed check-in or milestone, no work) look back 120 days, so
 * that two in a row still meet.
 */
export const DEFAULT_RISK_RULES: RiskRules = {
  rules: {
    alarm: {
      weight: 10,
      floor: 'critical',
      windowDays: 30,
      why: 'The survivor pressed "I don\'t feel safe" themselves, the most direct warning there is; it opens its own flag at once, so it weighs for a month.',
    },
    past_contact: {
      weight: 10,
      floor: 'critical',
      windowDays: 90,
      why: 'Contact from someone from the past, such as a trafficker or their associates, is a common route back into exploitation.',
    },
    unsafe_at_work: {
      weight: 10,
      floor: 'critical',
      windowDays: 90,
      why: 'A survivor who does not feel safe at work may be in an exploitative job right now.',
    },
    not_paid: {
      weight: 6,
      floor: 'high',
      windowDays: 90,
      why: 'Withheld or short wages are an indicator of forced labour and can be how debt bondage starts.',
    },
    placement_ended_unsafe: {
      weight: 6,
      floor: 'high',
      windowDays: 90,
      why: 'Leaving a job because it was unsafe means lost income and an employer who may still be a danger.',
    },
    placement_ended_employer_suspended: {
      weight: 6,
      floor: 'high',
      windowDays: 90,
      why: 'The job is gone and the employer is under suspicion, so how the survivor was treated needs checking.',
    },
    employer_suspended: {
      weight: 6,
      floor: 'high',
      windowDays: 90,
      why: 'A survivor still working for an employer suspended over concerns may be being exploited there.',
    },
    housing_unstable: {
      weight: 4,
      floor: 'medium',
      windowDays: 90,
      why: 'Without stable housing a survivor depends on whoever offers a bed, a common lever for exploitation.',
    },
    hours_not_as_promised: {
      weight: 3,
      floor: 'medium',
      windowDays: 90,
      why: 'Hours that differ from what was agreed can be the first sign of deceptive or abusive working conditions.',
    },
    check_in_missed: {
      weight: 3,
      floor: 'medium',
      windowDays: 120,
      why: 'One missed check-in is often a busy week, but silence that repeats is a reason to reach out; two make it high.',
    },
    employer_reported: {
      weight: 3,
      floor: 'medium',
      windowDays: 90,
      why: 'A report of forced-labour concerns is not yet confirmed, so it calls for a check rather than an emergency.',
    },
    grant_milestone_missed: {
      weight: 3,
      floor: 'medium',
      windowDays: 120,
      why: 'A grant-funded business falling behind its plan may soon leave the survivor without an income.',
    },
    no_placement: {
      weight: 3,
      floor: 'medium',
      windowDays: 120,
      why: 'Weeks without work after a job ended mean no income, a need that exploiters prey on.',
    },
    placement_ended: {
      weight: 2,
      floor: null,
      windowDays: 90,
      why: 'Jobs end for ordinary reasons; alone it is a prompt to check in, and it adds to other signals.',
    },
  },
  thresholds: { low: 1, medium: 3, high: 6, critical: 10 },
  maxPerType: 3,
};

/** One row of the rules table. */
export interface RiskRuleRow {
  type: SignalType;
  weight: number;
  floor: RiskLevel | null;
  windowDays: number;
  why: string;
}

/** The rules as table rows, most serious first (by floor, then weight, then type), for documentation. */
export function describeRules(rules: RiskRules = DEFAULT_RISK_RULES): RiskRuleRow[] {
  return SIGNAL_TYPES.map((type) => ({ type, ...rules.rules[type] })).sort(
    (a, b) => compareLevels(b.floor, a.floor) || b.weight - a.weight || compareCodes(a.type, b.type),
  );
}
