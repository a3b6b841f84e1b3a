import { ExplainOptions, Explanation, resolveLabels } from './explanations';
import { failedFilters, MatchFilter } from './filters';
import { MatchableJob, MatchProfile, Opportunity } from './opportunities';
import { scoreGrant, scoreJob } from './score';

export type MatchOutcome =
  /** Every hard filter the opportunity fails, in MATCH_FILTERS order. */
  | { eligible: false; filteredBy: MatchFilter[] }
  /** score: a whole number from 0 to 100, the sum of components (each component's points). */
  | { eligible: true; score: number; reasons: Explanation[]; gaps: Explanation[]; components: Record<string, number> };

export function matchOpportunity(profile: MatchProfile, opportunity: Opportunity, options?: ExplainOptions): MatchOutcome {
  const filteredBy = failedFilters(profile, opportunity);
  if (filteredBy.length > 0) return { eligible: false, filteredBy };
  const labels = resolveLabels(options);
  const { components, reasons, gaps } =
    opportunity.type === 'job' ? scoreJob(profile, opportunity, labels) : scoreGrant(profile, opportunity, labels);
  const score = Object.values(components).reduce((sum, value) => sum + value, 0);
  return { eligible: true, score, reasons, gaps, components };
}

export interface Ranked<T> {
  item: T;
  score: number;
  reasons: Explanation[];
  gaps: Explanation[];
}

/** Eligible only, best first; ties broken by id ascending so results are deterministic. */
export function rankOpportunities<T extends Opportunity>(
  profile: MatchProfile,
  opportunities: T[],
  limit: number,
  options?: ExplainOptions,
): Ranked<T>[] {
  return rank(opportunities, (opportunity) => matchOpportunity(profile, opportunity, options), limit);
}

/**
 * For a caseworker: eligible survivors for a job, best first; ties by id ascending. The survivor's
 * safety exclusions apply here too: a caseworker is never offered a survivor the job must not reach.
 */
export function rankCandidates<T extends { id: string; profile: MatchProfile }>(
  job: MatchableJob,
  candidates: T[],
  limit: number,
  options?: ExplainOptions,
): Ranked<T>[] {
  return rank(candidates, (candidate) => matchOpportunity(candidate.profile, job, options), limit);
}

function rank<T extends { id: string }>(items: T[], match: (item: T) => MatchOutcome, limit: number): Ranked<T>[] {
  const ranked: Ranked<T>[] = [];
  for (const item of items) {
    const outcome = match(item);
    if (outcome.eligible) ranked.push({ item, score: outcome.score, reasons: outcome.reasons, gaps: outcome.gaps });
  }
  // Code-unit order, not localeCompare: the same order on every machine whatever its locale.
  ranked.sort((a, b) => b.score - a.score || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0));
  return ranked.slice(0, Math.max(0, limit));
}
