import { Sector, SkillLevel } from '@onward/shared';
import { Explanation, ExplanationCode, ExplanationParams, explain, Labels } from './explanations';
import { MatchableGrant, MatchableJob, MatchProfile } from './opportunities';
import { GRANT_WEIGHTS, LANGUAGE_LEVEL_WEIGHTS, MATCH_WEIGHTS, NEUTRAL_SHARE, SKILL_EXPERIENCE_BONUS, SKILL_LEVEL_WEIGHTS } from './weights';

/** The points each component earned (whole numbers, adding up to the score), and why. */
export interface Scored {
  components: Record<string, number>;
  reasons: Explanation[];
  gaps: Explanation[];
}

/** Collects reasons and gaps in the order the components are scored. */
class Explainer {
  readonly reasons: Explanation[] = [];
  readonly gaps: Explanation[] = [];
  constructor(private readonly labels: Labels) {}
  reason<C extends ExplanationCode>(code: C, params: ExplanationParams[C]): void {
    this.reasons.push(explain(code, params, this.labels));
  }
  gap<C extends ExplanationCode>(code: C, params: ExplanationParams[C]): void {
    this.gaps.push(explain(code, params, this.labels));
  }
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];
const points = (weight: number, share: number) => Math.round(weight * share);

/** A held skill's share of its points: its level, lifted by years of practice, at most 1. */
function skillCredit(skill: { level: SkillLevel; years: number }): number {
  const lift = skill.years >= SKILL_EXPERIENCE_BONUS.minYears ? SKILL_EXPERIENCE_BONUS.credit : 0;
  return Math.min(1, SKILL_LEVEL_WEIGHTS[skill.level] + lift);
}

/** The survivor's skills by code; a skill listed twice counts at its best. */
function skillsByCode(profile: MatchProfile): Map<string, { level: SkillLevel; credit: number }> {
  const held = new Map<string, { level: SkillLevel; credit: number }>();
  for (const skill of profile.skills) {
    const credit = skillCredit(skill);
    if (credit > (held.get(skill.code)?.credit ?? -1)) held.set(skill.code, { level: skill.level, credit });
  }
  return held;
}

export function scoreJob(profile: MatchProfile, job: MatchableJob, labels: Labels): Scored {
  const explainer = new Explainer(labels);
  const held = skillsByCode(profile);

  const required = unique(job.requiredSkills);
  let requiredShare = 1;
  if (required.length === 0) {
    explainer.reason('no_required_skills', {});
  } else {
    const have = required.filter((code) => held.has(code));
    const missing = required.filter((code) => !held.has(code));
    const learning = have.filter((code) => held.get(code)?.level === 'learning');
    requiredShare = have.reduce((sum, code) => sum + (held.get(code)?.credit ?? 0), 0) / required.length;
    if (have.length > 0) explainer.reason('required_skills_held', { have: have.length, of: required.length });
    if (missing.length > 0) explainer.gap('missing_required_skills', { skills: missing });
    if (learning.length > 0) explainer.gap('learning_required_skills', { skills: learning });
  }

  // Nothing preferred is nothing to miss: full points, as for no required skills.
  const preferred = unique(job.preferredSkills);
  let preferredShare = 1;
  if (preferred.length > 0) {
    const have = preferred.filter((code) => held.has(code));
    const missing = preferred.filter((code) => !held.has(code));
    preferredShare = have.length / preferred.length;
    if (have.length > 0) explainer.reason('preferred_skills_held', { have: have.length, of: preferred.length });
    if (missing.length > 0) explainer.gap('missing_preferred_skills', { skills: missing });
  }

  const needed = unique(job.languages);
  let languageShare = 1;
  if (needed.length > 0) {
    const levels = needed.map((code) => {
      const spoken = profile.languages.filter((language) => language.code === code);
      return { code, weight: Math.max(0, ...spoken.map((language) => LANGUAGE_LEVEL_WEIGHTS[language.level])), spoken };
    });
    languageShare = levels.reduce((sum, { weight }) => sum + weight, 0) / needed.length;
    const enough = levels.filter(({ spoken }) => spoken.some((language) => language.level !== 'basic'));
    const basicOnly = levels.filter(({ spoken }) => spoken.length > 0 && spoken.every((language) => language.level === 'basic'));
    if (enough.length > 0) explainer.reason('speaks_languages', { languages: enough.map(({ code }) => code) });
    if (basicOnly.length > 0) explainer.gap('basic_language', { languages: basicOnly.map(({ code }) => code) });
  }

  let wageShare = 1;
  const minimum = profile.minimumHourlyWageMinor;
  if (minimum !== null) {
    const params = { wageMinor: job.hourlyWageMinor, minimumMinor: minimum, currency: job.currency };
    if (job.hourlyWageMinor >= minimum) {
      explainer.reason('wage_meets_minimum', params);
    } else {
      wageShare = 0;
      explainer.gap('wage_below_minimum', params);
    }
  }

  const sectorShare = sectorFit(profile, job.sector, explainer);

  if (job.remote) explainer.reason('remote_work', {});
  else explainer.reason('within_region', { regionCode: job.regionCode });

  return {
    components: {
      requiredSkills: points(MATCH_WEIGHTS.requiredSkills, requiredShare),
      preferredSkills: points(MATCH_WEIGHTS.preferredSkills, preferredShare),
      languages: points(MATCH_WEIGHTS.languages, languageShare),
      wage: points(MATCH_WEIGHTS.wage, wageShare),
      sector: points(MATCH_WEIGHTS.sector, sectorShare),
    },
    reasons: explainer.reasons,
    gaps: explainer.gaps,
  };
}

export function scoreGrant(profile: MatchProfile, grant: MatchableGrant, labels: Labels): Scored {
  const explainer = new Explainer(labels);
  const sectorShare = grant.sector === null ? NEUTRAL_SHARE : sectorFit(profile, grant.sector, explainer);
  // The filters have already hidden a grant aimed at another region.
  let regionShare = NEUTRAL_SHARE;
  if (grant.regionCode !== null) {
    regionShare = 1;
    explainer.reason('within_region', { regionCode: grant.regionCode });
  }
  return {
    components: {
      base: GRANT_WEIGHTS.base,
      sector: points(GRANT_WEIGHTS.sector, sectorShare),
      region: points(GRANT_WEIGHTS.region, regionShare),
    },
    reasons: explainer.reasons,
    gaps: explainer.gaps,
  };
}

/** Full for a sector the survivor prefers, neutral when they named none, nothing otherwise. */
function sectorFit(profile: MatchProfile, sector: Sector, explainer: Explainer): number {
  if (profile.preferredSectors.length === 0) return NEUTRAL_SHARE;
  if (!profile.preferredSectors.includes(sector)) return 0;
  explainer.reason('preferred_sector', { sector });
  return 1;
}
