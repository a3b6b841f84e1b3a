import type { RunPlan } from './load-client';
import { LoadGenerator } from './load-generator';
import { BenchOptions } from './options';
import { formatCount, status } from './progress';
import { Measurement } from './report';
import { distinctPaths, Identity, Scenario, SCENARIOS, ScenarioContext } from './scenarios';

const CONCURRENCIES = [1, 10] as const;
/** Requests at 10 clients per request at 1: more, for as stable a p95 at the same run time. */
const CONCURRENT_FACTOR = 4;

export interface Endpoints {
  baseUrl: string;
  /** The Cookie header of each signed-in session, by whose they are. */
  sessions: Record<Identity, readonly string[]>;
  databaseUrl: string;
}

/** Every scenario at 1 and at 10 clients, each after a warm-up. */
export async function measureAll(generator: LoadGenerator, endpoints: Endpoints, context: ScenarioContext, options: BenchOptions): Promise<Measurement[]> {
  const measurements: Measurement[] = [];
  for (const scenario of SCENARIOS) {
    const cookies = endpoints.sessions[scenario.as ?? 'survivor'];
    const send = (step: Step, results: RunPlan['results']) =>
      generator.run({
        target: 'sql' in scenario ? { kind: 'sql', url: endpoints.databaseUrl, sql: scenario.sql } : { kind: 'http', baseUrl: endpoints.baseUrl, cookies, paths: step.paths },
        concurrency: step.concurrency,
        requests: step.requests,
        maxMs: options.maxSecondsPerRun * 1000,
        results,
      });
    const plan = planScenario(scenario, context, options, cookies.length);
    // JIT, caches and connections warm before anything is measured.
    const warm = await send(plan.warmUp, null);
    if (warm.errors > 0) throw new Error(`${scenario.name}: the warm-up failed: ${warm.firstError}`);
    for (const { burst, measured, distinct } of plan.runs) {
      // A short burst at full concurrency opens its connections before the clock starts.
      if (burst) await send(burst, null);
      const clients = `${measured.concurrency} client${measured.concurrency === 1 ? '' : 's'}`;
      status(`measuring ${scenario.name} at ${clients} (${formatCount(measured.requests)} requests)…`);
      // Matches are read at one client only, where reading them delays nothing measured.
      const result = await send(measured, measured.concurrency === 1 ? (scenario.results ?? null) : null);
      // A run stopped early by its time limit sent fewer requests than planned.
      const sent = result.latenciesMs.length + result.errors;
      measurements.push({
        scenario: scenario.name,
        kind: scenario.kind,
        budgetMs: scenario.budgetMs,
        concurrency: measured.concurrency,
        distinct: Math.min(distinct, sent),
        ...result,
      });
    }
  }
  // Each row shows the matches its scenario's queries found at one client.
  for (const m of measurements) m.totals = measurements.find((other) => other.scenario === m.scenario && other.concurrency === 1)?.totals ?? [];
  return measurements;
}

const WARM_UP = 20;

/** Requests sent in one go: paths are cycled when fewer than requests (and unused for SQL). */
interface Step {
  concurrency: number;
  requests: number;
  paths: string[];
}

interface ScenarioPlan {
  warmUp: Step;
  runs: Array<{ burst: Step | null; measured: Step; distinct: number }>;
}

/**
 * A fresh scenario's warm-up, bursts and measured runs take consecutive slices of one list of
 * distinct requests, so no request repeats an earlier one. The others cycle through their list
 * (and their sessions): a request is distinct by its path and the session that sends it.
 */
function planScenario(scenario: Scenario, context: ScenarioContext, options: BenchOptions, sessions: number): ScenarioPlan {
  const list = 'paths' in scenario ? scenario.paths(context) : [];
  const counts = CONCURRENCIES.map((concurrency) => ({ concurrency, requests: concurrency === 1 ? options.requests : options.requests * CONCURRENT_FACTOR }));
  const burstOf = (concurrency: number) => (concurrency > 1 ? concurrency * 5 : 0);
  const needed = WARM_UP + counts.reduce((sum, { concurrency, requests }) => sum + burstOf(concurrency) + requests, 0);
  const pool = scenario.fresh ? distinctPaths(list, needed) : list;
  let next = 0;
  const take = (concurrency: number, requests: number): Step => {
    const paths = scenario.fresh ? pool.slice(next, (next += requests)) : pool;
    return { concurrency, requests, paths };
  };
  return {
    warmUp: take(1, WARM_UP),
    runs: counts.map(({ concurrency, requests }) => {
      const burst = burstOf(concurrency) > 0 ? take(concurrency, burstOf(concurrency)) : null;
      const measured = take(concurrency, requests);
      const distinct = 'sql' in scenario ? 1 : new Set(Array.from({ length: requests }, (_, i) => `${measured.paths[i % measured.paths.length]} ${i % sessions}`)).size;
      return { burst, measured, distinct };
    }),
  };
}
