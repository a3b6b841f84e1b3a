import { LanguageLevel, SkillLevel } from '@onward/shared';

/**
 * The points each part of a job match can earn. They add up to 100, so a job's score reads as a
 * percentage. Skills dominate because they decide whether the survivor can do the work.
 */
export const MATCH_WEIGHTS = {
  requiredSkills: 50,
  preferredSkills: 15,
  languages: 10,
  wage: 15,
  sector: 10,
} as const;

/**
 * The share of a required skill's points a survivor earns at each level. Someone still learning
 * a skill earns half: an employer can train them, but they are not yet doing the work alone.
 */
export const SKILL_LEVEL_WEIGHTS = {
  learning: 0.5,
  can_do: 0.8,
  experienced: 1,
} as const satisfies Record<SkillLevel, number>;

/**
 * Years of practice lift a skill's share by `credit`, up to 1. The lift is smaller than the gap
 * between levels, so a level always outranks years: can_do with years (0.9) stays below
 * experienced, learning with years (0.6) below can_do.
 */
export const SKILL_EXPERIENCE_BONUS = { minYears: 3, credit: 0.1 } as const;

/**
 * The share of the language points each level of a language the work needs earns. Conversational
 * is enough to do most of this work; basic earns half and is shown as a gap.
 */
export const LANGUAGE_LEVEL_WEIGHTS = {
  basic: 0.5,
  conversational: 1,
  fluent: 1,
  native: 1,
} as const satisfies Record<LanguageLevel, number>;

/**
 * The share of the sector points a job earns when the survivor has named no sector: half, so a
 * job in a sector they chose ranks above it and a job in a sector they did not choose below it.
 * Grants use the same share for a survivor with no preference and for a grant open to any sector.
 */
export const NEUTRAL_SHARE = 0.5;

/**
 * The points a grant can earn. Grants have no skills, hours or wage, so a grant the survivor may
 * apply for starts from a base and earns the rest for fitting their sector and region. A grant
 * aimed at their region scores above one open anywhere: fewer people compete for it and the
 * funder supports local applicants. Open-anywhere and any-sector grants earn NEUTRAL_SHARE.
 */
export const GRANT_WEIGHTS = {
  base: 50,
  sector: 30,
  region: 20,
} as const;
