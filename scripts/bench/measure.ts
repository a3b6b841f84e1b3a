import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { performance } from 'node:perf_hooks';
import type { RunPlan } from './load-client';
import { LoadGenerator } from './load-generator';
import { BenchOptions } from './options';
import { formatCount, status } from './progress';
import { Measurement } from './report';
import { distinctPaths, Identity, Scenario, SCENARIOS, ScenarioContext, Task } from './scenarios';
import type { Session } from './sign-in';

const CONCURRENCIES = [1, 10] as const;
/** Requests at 10 clients per request at 1: more, for as stable a p95 at the same run time. */
const CONCURRENT_FACTOR = 4;

export interface Endpoints {
  baseUrl: string;
  /** The signed-in sessions, by whose they are. */
  sessions: Record<Identity, readonly Session[]>;
  databaseUrl: string;
  /** The API itself, for tasks that run in its process. */
  app: NestFastifyApplication;
}

export interface MeasureResult {
  measurements: Measurement[];
  /** What tasks did and what checks found, for the report. */
  notes: string[];
  /** Whether every check of written data held. */
  checksHeld: boolean;
}

/** Every scenario at 1 and at 10 clients (or its own runs), each after a warm-up; tasks once. */
export async function measureAll(generator: LoadGenerator, endpoints: Endpoints, context: ScenarioContext, options: BenchOptions): Promise<MeasureResult> {
  const measurements: Measurement[] = [];
  const notes: string[] = [];
  let checksHeld = true;
  for (const scenario of SCENARIOS) {
    if ('task' in scenario) {
      const { measurement, note } = await runTask(scenario, scenario.task, endpoints);
      measurements.push(measurement);
      notes.push(`${scenario.name}: ${note}`);
      continue;
    }
    const finishCheck = scenario.check ? await scenario.check(context)(endpoints.databaseUrl) : null;
    const sessions = endpoints.sessions[scenario.as ?? 'survivor'];
    const send = (step: Step, results: RunPlan['results'], maxSeconds: number, as: readonly Session[] = sessions) =>
      generator.run({
        target:
          'sql' in scenario
            ? { kind: 'sql', url: endpoints.databaseUrl, sql: scenario.sql }
            : { kind: 'http', baseUrl: endpoints.baseUrl, method: scenario.method ?? 'GET', sessions: as, paths: step.paths },
        concurrency: step.concurrency,
        requests: step.requests,
        maxMs: maxSeconds * 1000,
        results,
      });
    const plan = planScenario(scenario, context, options, sessions.length);
    // JIT, caches and connections warm before anything is measured.
    const warmUpSessions = scenario.warmUp?.as ? endpoints.sessions[scenario.warmUp.as] : sessions;
    const warm = await send(plan.warmUp, null, options.maxSecondsPerRun, warmUpSessions);
    if (warm.errors > 0) throw new Error(`${scenario.name}: the warm-up failed: ${warm.firstError}`);
    for (const { burst, measured, distinct, maxSeconds } of plan.runs) {
      // A short burst at full concurrency opens its connections before the clock starts.
      if (burst) await send(burst, null, maxSeconds);
      const clients = `${measured.concurrency} client${measured.concurrency === 1 ? '' : 's'}`;
      status(`measuring ${scenario.name} at ${clients} (${formatCount(measured.requests)} requests)…`);
      // Matches are read at one client only, where reading them delays nothing measured.
      const result = await send(measured, measured.concurrency === 1 ? (scenario.results ?? null) : null, maxSeconds);
      // A run stopped early by its time limit sent fewer requests than planned.
      const sent = result.latenciesMs.length + result.errors;
      measurements.push({
        scenario: scenario.name,
        kind: scenario.kind,
        budgetMs: scenario.budgetMs,
        concurrency: measured.concurrency,
        distinct: Math.min(distinct, sent),
        once: false,
        detail: null,
        ...result,
      });
    }
    if (finishCheck) {
      const checked = await finishCheck();
      notes.push(...checked.lines);
      checksHeld &&= checked.ok;
    }
  }
  // Each row shows the matches its scenario's queries found at one client.
  for (const m of measurements) m.totals = measurements.find((other) => other.scenario === m.scenario && other.concurrency === 1)?.totals ?? [];
  return { measurements, notes, checksHeld };
}

/** A task runs once, cold, as its scheduled job would; an error is a failed row, not a failed run. */
async function runTask(scenario: Scenario, task: Task, endpoints: Endpoints): Promise<{ measurement: Measurement; note: string }> {
  status(`running ${scenario.name}…`);
  const started = performance.now();
  let outcome: { detail: string; note: string } | null = null;
  let error: string | null = null;
  try {
    outcome = await task(endpoints.app, endpoints.databaseUrl);
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught);
  }
  const elapsedMs = performance.now() - started;
  return {
    measurement: {
      scenario: scenario.name,
      kind: scenario.kind,
      budgetMs: scenario.budgetMs,
      concurrency: 1,
      distinct: 1,
      once: true,
      detail: outcome?.detail ?? null,
      latenciesMs: outcome ? [elapsedMs] : [],
      elapsedMs,
      errors: outcome ? 0 : 1,
      firstError: error,
      totals: [],
    },
    note: outcome ? `${(elapsedMs / 1000).toFixed(1)} s. ${outcome.note}.` : `failed after ${(elapsedMs / 1000).toFixed(1)} s: ${error}`,
  };
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
  runs: Array<{ burst: Step | null; measured: Step; distinct: number; maxSeconds: number }>;
}

/**
 * A fresh scenario's warm-up, bursts and measured runs take consecutive slices of one list of
 * distinct requests, so no request repeats an earlier one. The others cycle through their list
 * (and their sessions): a request is distinct by its path and the session that sends it.
 */
function planScenario(scenario: Exclude<Scenario, { task: Task }>, context: ScenarioContext, options: BenchOptions, sessions: number): ScenarioPlan {
  const list = 'paths' in scenario ? scenario.paths(context) : [];
  const counts =
    scenario.runs?.(options, sessions) ??
    CONCURRENCIES.map((concurrency) => ({ concurrency, requests: concurrency === 1 ? options.requests : options.requests * CONCURRENT_FACTOR, maxSeconds: undefined }));
  // Scenarios with their own runs are heavy or one-off: no burst before them.
  const burstOf = (concurrency: number) => (concurrency > 1 && !scenario.runs ? concurrency * 5 : 0);
  const warmUp = scenario.warmUp?.requests ?? WARM_UP;
  const needed = warmUp + counts.reduce((sum, { concurrency, requests }) => sum + burstOf(concurrency) + requests, 0);
  const pool = scenario.fresh ? distinctPaths(list, needed) : list;
  let next = 0;
  const take = (concurrency: number, requests: number): Step => {
    const paths = scenario.fresh ? pool.slice(next, (next += requests)) : pool;
    return { concurrency, requests, paths };
  };
  return {
    warmUp: take(1, warmUp),
    runs: counts.map(({ concurrency, requests, maxSeconds }) => {
      const burst = burstOf(concurrency) > 0 ? take(concurrency, burstOf(concurrency)) : null;
      const measured = take(concurrency, requests);
      const distinct = 'sql' in scenario ? 1 : new Set(Array.from({ length: requests }, (_, i) => `${measured.paths[i % measured.paths.length]} ${i % sessions}`)).size;
      return { burst, measured, distinct, maxSeconds: maxSeconds ?? options.maxSecondsPerRun };
    }),
  };
}
