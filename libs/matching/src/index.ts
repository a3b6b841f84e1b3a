/**
 * Matching: how well a survivor fits a job or a grant, and why. Pure: no I/O, no clock, no
 * framework; the API loads the data, decides whether an employer is vetted, and calls in.
 *
 * 1. Hard filters (filters.ts), before any scoring. Failing any one hides the opportunity,
 *    however well it would score, and the outcome lists every filter it failed:
 *    - safety_exclusion: the employer or funder, the region (a remote job's too: where the
 *      employer is based) or the sector is in the survivor's safety exclusions;
 *    - employer_not_vetted (jobs), not_open (grants);
 *    - outside_region: an on-site job elsewhere, or a grant aimed at another region (a survivor
 *      with no region is outside both); remote jobs and grants open anywhere fit everyone;
 *    - workplace: a remote-only survivor and an on-site job, or on-site-only and a remote job;
 *    - language_required: a language the work needs that they do not speak at any level;
 *    - too_many_hours: more hours a week than they can work;
 *    - shifts: both name shifts and none is shared (no shifts on either side fits anyone).
 *
 * 2. A score from 0 to 100, the sum of whole-number components (weights.ts holds every weight):
 *    Jobs:
 *    - required skills, 50: the mean over required skills of the survivor's credit for each
 *      (missing 0, learning 0.5, can_do 0.8, experienced 1; three or more years add 0.1, at most
 *      1). No required skills earns full points and says so.
 *    - preferred skills, 15: the share held, at any level. None listed earns full points.
 *    - languages, 10: the mean over the work's languages (conversational or better 1, basic 0.5).
 *      None needed earns full points.
 *    - wage, 15: at or above their minimum, or no minimum stated, full; below it, none.
 *    - sector, 10: a sector they prefer full, no preference half, any other sector none.
 *    Grants: a base of 50 for a grant they may apply for; sector 30 (preferred full, no preference
 *    or any-sector grant half, other none); region 20 (aimed at their region full, open anywhere
 *    half).
 *
 * 3. Reasons and gaps (explanations.ts): a code and params for the portal to translate, and an
 *    English `text`. A perfect job match scores 100; a safety exclusion still hides it.
 */
export type { MatchableGrant, MatchableJob, MatchProfile, Opportunity } from './opportunities';
export { MATCH_FILTERS, type MatchFilter, safetyExclusionOf } from './filters';
export { EXPLANATION_CODES, type ExplainOptions, type Explanation, type ExplanationCode, type ExplanationParams } from './explanations';
export { GRANT_WEIGHTS, LANGUAGE_LEVEL_WEIGHTS, MATCH_WEIGHTS, NEUTRAL_SHARE, SKILL_EXPERIENCE_BONUS, SKILL_LEVEL_WEIGHTS } from './weights';
export { matchOpportunity, type MatchOutcome, rankCandidates, type Ranked, rankOpportunities } from './match';
