/** A statement auto_explain logged: how long it took and its plan with actual times. */
interface LoggedPlan {
  durationMs: number;
  queryText: string;
  text: string;
}

const PLAN_START = /LOG:\s+duration: ([\d.]+) ms\s+plan:/;

/**
 * The slowest distinct search statements among the plans PostgreSQL logged, slowest first.
 * Writes (the reindex) are left out: only reads of the search tables are of interest.
 */
export function slowestSearchPlans(logLines: readonly string[], count: number): string[] {
  const plans: LoggedPlan[] = [];
  for (const block of logLines.join('\n').split(/\n(?=\S*.*LOG:\s+duration: )/)) {
    const match = PLAN_START.exec(block);
    if (!match) continue;
    const queryText = /Query Text: ([\s\S]*?)(?:\n\s*(?:[A-Z][a-z]+ .*\(cost=|Result|Limit|Aggregate|Sort|Hash|Nested|CTE|Subquery))/.exec(block)?.[1] ?? block;
    if (!/search_(documents|lexicon)/.test(queryText) || /^\s*(INSERT|DELETE|WITH upserted)/i.test(queryText)) continue;
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
