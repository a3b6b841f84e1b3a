import { RISK_LEVELS, RiskLevel } from '@onward/shared';

/** null (nothing to follow up) ranks below low. */
const rank = (level: RiskLevel | null): number => (level === null ? 0 : RISK_LEVELS.indexOf(level) + 1);

/** Positive when a is more serious than b; null is below low. */
export function compareLevels(a: RiskLevel | null, b: RiskLevel | null): number {
  return rank(a) - rank(b);
}

/** The more serious of two levels. */
export function higherLevel(a: RiskLevel | null, b: RiskLevel | null): RiskLevel | null {
  return compareLevels(a, b) >= 0 ? a : b;
}

/** The highest level whose threshold the score reaches; null below every threshold. */
export function levelForScore(score: number, thresholds: Record<RiskLevel, number>): RiskLevel | null {
  let level: RiskLevel | null = null;
  for (const candidate of RISK_LEVELS) {
    if (score >= thresholds[candidate]) level = candidate;
  }
  return level;
}

/** Code order, the same whatever locale the process runs in. */
export const compareCodes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
