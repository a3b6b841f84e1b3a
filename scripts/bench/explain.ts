/** A statement auto_explain logged: how long it took and its plan with actual times. */
interface LoggedPlan {
  durationMs: number;
  queryText: string;
  text: string;
}

const PLAN_START = /LOG:\s+duration: ([\d.]+) ms\s+plan:/;

/** Reads of the search index. */
export const SEARCH_STATEMENTS = /search_(documents|lexicon)/;
/** The matching reads: a survivor's job and grant candidates, a job's survivor candidates, the profile lookups. */
export const MATCHING_STATEMENTS = /survivor_profiles|"coverage"|"overlap"|grant_programmes/;
/** Retention, the check-in scan and the risk assessments it and the alarm make. */
export const FOLLOW_UP_STATEMENTS = /placements|check_ins|risk_signals|flags/;

/**
 * The slowest distinct statements whose text matches `reads` (and not `unless`) among the plans
 * PostgreSQL logged, slowest first. Writes (the reindex, the audit log) are left out: only
 * reads are of interest.
 */
export function slowestPlans(logLines: readonly string[], reads: RegExp, count: number, unless: RegExp | null = null): string[] {
  const plans: LoggedPlan[] = [];
  for (const block of logLines.join('\n').split(/\n(?=\S*.*LOG:\s+duration: )/)) {
    const match = PLAN_START.exec(block);
    if (!match) continue;
    const queryText = /Query Text: ([\s\S]*?)(?:\n\s*(?:[A-Z][a-z]+ .*\(cost=|Result|Limit|Aggregate|Sort|Hash|Nested|CTE|Subquery))/.exec(block)?.[1] ?? block;
    if (!reads.test(queryText) || unless?.test(queryText) || /^\s*(INSERT|UPDATE|DELETE|WITH upserted)/i.test(queryText)) continue;
    plans.push({ durationMs: Number(match[1]), queryText: queryText.trim(), text: block.slice(match.index) });
  }
  const seen = new Set<string>();
  return plans
    .sort((a, b) => b.durationMs - a.durationMs)
    .filter((plan) => {
      const key = plan.queryText.replace(/\s+/g, ' ').slice(0, 400);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, count)
    .map((plan) => plan.text);
}
