import { AppConfig } from '../../apps/api/src/config/app-config';
import { startApi } from './api-server';
import { freePort } from '../../apps/api/src/testing/api-process';
import { enableExplain } from './database';
import { slowestPlans } from './explain';
import { LoadGenerator } from './load-generator';
import { Endpoints } from './measure';
import { status } from './progress';
import { Row } from './report';
import { SCENARIOS, ScenarioContext } from './scenarios';

/** Statements faster than this are not worth a plan: the session check and the like. */
const PLAN_SLOWER_THAN_MS = 2;
/** Requests each slow scenario sends again with plans logged; its slowest statement is shown. */
const REQUESTS = 5;

/**
 * The plans behind the slowest rows: the three read scenarios with the highest p95 at one
 * client are sent again, a few requests each, to a second API instance whose database sessions
 * log every statement's plan with actual times (auto_explain, as EXPLAIN ANALYZE prints them);
 * each scenario's slowest statement is shown. The measured figures are untouched: the
 * instrumented instance starts after them, and its own timings are not reported.
 */
export async function explainSlowest(
  rows: readonly Row[],
  generator: LoadGenerator,
  endpoints: Endpoints,
  context: ScenarioContext,
  config: AppConfig,
  logLines: string[],
  count = 3,
): Promise<string[]> {
  const candidates = rows
    .filter(({ measurement }) => measurement.concurrency === 1 && !measurement.once && measurement.kind !== 'baseline')
    .map((row) => ({ row, scenario: SCENARIOS.find((scenario) => scenario.name === row.measurement.scenario)! }))
    .filter(({ scenario }) => 'paths' in scenario && scenario.method !== 'POST')
    .sort((a, b) => b.row.p95 - a.row.p95)
    .slice(0, count);
  if (candidates.length === 0) return [];

  status('explaining the slowest scenarios…');
  await enableExplain(endpoints.databaseUrl, PLAN_SLOWER_THAN_MS);
  const api = await startApi({ ...config, port: await freePort(), logLevel: 'error' }, endpoints.databaseUrl);
  const out: string[] = [];
  try {
    for (const { row, scenario } of candidates) {
      if (!('paths' in scenario)) continue;
      const mark = logLines.length;
      await generator.run({
        target: { kind: 'http', baseUrl: api.baseUrl, method: 'GET', sessions: endpoints.sessions[scenario.as ?? 'survivor'], paths: scenario.paths(context) },
        concurrency: 1,
        requests: REQUESTS,
        maxMs: 60_000,
        results: null,
      });
      // The log is written asynchronously: give the last plans a moment to arrive.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const [plan] = slowestPlans(logLines.slice(mark), /[\s\S]/, 1).map(readable);
      out.push(
        `${scenario.name} (p95 ${row.p95.toFixed(1)} ms at 1 client): ` +
          (plan ? `its slowest statement of ${REQUESTS} requests sent again\n\n${plan}` : `no statement over ${PLAN_SLOWER_THAN_MS} ms in ${REQUESTS} requests sent again`),
      );
    }
  } finally {
    await api.app.close();
  }
  return out;
}

/** Long lines (a list of 300 ids) cut to a screen's width; bound parameters are not logged (database.ts). */
const readable = (plan: string) =>
  plan
    .split('\n')
    .map((line) => (line.length > 240 ? `${line.slice(0, 237)}...` : line))
    .join('\n');
