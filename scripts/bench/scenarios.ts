import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SECTORS } from '@onward/shared';
import { UK_REGIONS } from '@onward/synthetic-data';
import { alarmCheck, scanAfterAWeek, scanCheckIns, WriteCheck } from './follow-up';
import type { ResultCount } from './load-client';
import { ALARM_WARM_UP_ACCOUNTS, AlarmAccount } from './load-data';
import { BenchOptions } from './options';
import { QueryPools } from './query-pools';

export interface ScenarioContext {
  pools: QueryPools;
  lookupJobIds: readonly string[];
  /** Published jobs of vetted employers to ask for candidates for. */
  candidateJobIds: readonly string[];
  /** Everyone who presses the alarm: the warm-up's and the measured survivors. */
  alarmAccounts: readonly AlarmAccount[];
}

/**
 * Whose sessions send a scenario's requests: the survivor searches sign in as, the survivors
 * with a profile each taking turns request by request, a caseworker, an admin, the survivors
 * who press the alarm once each, or those who press it first to warm its route up.
 */
export type Identity = 'survivor' | 'survivors' | 'caseworker' | 'admin' | 'alarm' | 'alarm-warm-up';

/** The p95 budgets, in milliseconds. */
export const SEARCH_BUDGET_MS = 50;
export const MATCHES_BUDGET_MS = 100;
export const CANDIDATES_BUDGET_MS = 150;
/** Issue 5: retention for all employers, grouped; a survivor's alarm to an open flag and a queued email; the daily check-in scan. */
export const RETENTION_BUDGET_MS = 2000;
export const ALARM_BUDGET_MS = 2000;
export const SCAN_BUDGET_MS = 60_000;

/** Work run once in the API's process rather than requested over HTTP (a scheduled job): what it did, short and in full. */
export type Task = (app: NestFastifyApplication, databaseUrl: string) => Promise<{ detail: string; note: string }>;

/**
 * What is measured. Baselines are what the other rows are compared with in the same run: a bare
 * database round trip, the cheapest signed-in request, and a primary-key lookup through the
 * whole API (session, guards, validation, serialisation). Searches, matching and follow-up have
 * the issues' budgets, each its own.
 *
 * A `fresh` scenario never sends the same request twice in a run (see query-pools.ts); the
 * others cycle through their list. A task runs once, timed.
 */
export type Scenario = {
  name: string;
  kind: 'baseline' | 'search' | 'matching' | 'follow-up';
  /** p95 budget in milliseconds (a task's: its one run); baselines have none. */
  budgetMs: number | null;
  fresh: boolean;
  /** Whose sessions send the requests; the search survivor when absent. */
  as?: Identity;
  /** How to count the results of an answer, for the `matches` column. */
  results?: ResultCount;
  /** POST (with the session's CSRF token) instead of GET. */
  method?: 'POST';
  /**
   * Requests at each number of clients, for heavy reports and one-off actions; otherwise the
   * options' count at 1 client and four times as many at 10, within the options' time limit.
   */
  runs?(options: BenchOptions, sessions: number): Array<{ concurrency: number; requests: number; maxSeconds?: number }>;
  /** Requests before measuring, 20 when absent, sent by `as` unless given: sessions whose one request is measured must not warm up. */
  warmUp?: { requests: number; as?: Identity };
  /** What the requests must have written, checked by SQL; a failed check fails the run. */
  check?(context: ScenarioContext): WriteCheck;
} & ({ sql: string } | { paths(context: ScenarioContext): string[] } | { task: Task });

const search = (params: Record<string, string>) => `/api/v1/opportunities/search?${new URLSearchParams(params)}`;

const fresh = (name: string, queries: (pools: QueryPools) => Array<Record<string, string>>): Scenario => ({
  name,
  kind: 'search',
  budgetMs: SEARCH_BUDGET_MS,
  fresh: true,
  results: 'search',
  paths: ({ pools }) => queries(pools).map(search),
});

/** Browsing without words: everything, or one region, sector or language, newest first. */
const BROWSING: Array<Record<string, string>> = [
  {},
  ...UK_REGIONS.map((region) => ({ region: region.code })),
  ...SECTORS.map((sector) => ({ sector })),
  ...['es', 'ar', 'pl', 'ro', 'uk', 'pt'].map((language) => ({ language })),
].map((filters) => ({ ...filters, sort: 'newest' }));

/** A report that takes a good part of a second: a few requests at one client, as an admin asks for it. */
function heavyReport(options: BenchOptions) {
  return [{ concurrency: 1, requests: options.quick ? 5 : 15, maxSeconds: Math.max(options.maxSecondsPerRun, 60) }];
}

export const SCENARIOS: readonly Scenario[] = [
  { name: 'SELECT 1 (pg client)', kind: 'baseline', budgetMs: null, fresh: false, sql: 'SELECT 1' },
  // The floor of any signed-in request: session check, guards, one small read, serialisation.
  { name: 'who am I (session only)', kind: 'baseline', budgetMs: null, fresh: false, paths: () => ['/api/v1/auth/me'] },
  {
    name: 'job by id (primary key)',
    kind: 'baseline',
    budgetMs: null,
    fresh: false,
    paths: ({ lookupJobIds }) => lookupJobIds.map((id) => `/api/v1/opportunities/jobs/${id}`),
  },
  fresh('one word, common', (pools) => pools.commonWords.map((q) => ({ q }))),
  fresh('one word, rare', (pools) => pools.rareWords.map((q) => ({ q }))),
  fresh('two words', (pools) => pools.twoWords.map((q) => ({ q }))),
  fresh('one typo', (pools) => pools.typos.map((q) => ({ q }))),
  fresh('word + sector + region', (pools) => pools.filtered),
  fresh('no words, newest first', () => BROWSING),
  {
    name: 'one word, repeated',
    kind: 'search',
    budgetMs: SEARCH_BUDGET_MS,
    fresh: false,
    results: 'search',
    paths: ({ pools }) => pools.commonWords.slice(0, 6).map((q) => search({ q })),
  },
  // Twenty survivors in different regions take turns, so no one profile's rows stay hot.
  {
    name: 'matches for a survivor (top 20)',
    kind: 'matching',
    budgetMs: MATCHES_BUDGET_MS,
    fresh: false,
    as: 'survivors',
    results: 'matches',
    paths: () => ['/api/v1/survivors/me/matches?limit=20'],
  },
  // A caseworker's own organisation's survivors (about 5,000 of 100,000) for random published jobs.
  {
    name: 'candidates for a job (top 50)',
    kind: 'matching',
    budgetMs: CANDIDATES_BUDGET_MS,
    fresh: false,
    as: 'caseworker',
    results: 'candidates',
    paths: ({ candidateJobIds }) => candidateJobIds.map((id) => `/api/v1/jobs/${id}/candidates?limit=50`),
  },
  // An admin's report over every organisation's placements: the "retention for all employers (grouped)".
  {
    name: 'retention, overall',
    kind: 'follow-up',
    budgetMs: RETENTION_BUDGET_MS,
    fresh: false,
    as: 'admin',
    results: 'placements',
    runs: heavyReport,
    warmUp: { requests: 2 },
    paths: () => ['/api/v1/retention'],
  },
  {
    name: 'retention, all employers grouped',
    kind: 'follow-up',
    budgetMs: RETENTION_BUDGET_MS,
    fresh: false,
    as: 'admin',
    results: 'groups',
    runs: heavyReport,
    warmUp: { requests: 2 },
    paths: () => ['/api/v1/retention?groupBy=employer'],
  },
  // A caseworker's queue of follow-ups (overdue first), and the resolved ones of their organisation.
  // No issue set a budget for it: measured so that a slow queue shows.
  {
    name: "caseworker's follow-up queue",
    kind: 'follow-up',
    budgetMs: null,
    fresh: false,
    as: 'caseworker',
    paths: () => ['/api/v1/flags?limit=50', '/api/v1/flags?state=resolved&limit=50', '/api/v1/flags?level=critical&limit=50', '/api/v1/flags?limit=50&offset=50'],
  },
  // Each survivor presses once: the 202 comes after the flag and the email row are committed, so
  // its latency is the whole way from the press to a flag on the queue and an email waiting to go.
  {
    name: 'alarm → open flag + queued email',
    kind: 'follow-up',
    budgetMs: ALARM_BUDGET_MS,
    fresh: false,
    as: 'alarm',
    method: 'POST',
    runs: (_, sessions) => [{ concurrency: 1, requests: sessions }],
    warmUp: { requests: ALARM_WARM_UP_ACCOUNTS, as: 'alarm-warm-up' },
    check: ({ alarmAccounts }) => alarmCheck(alarmAccounts),
    paths: () => ['/api/v1/survivors/me/alarm'],
  },
  {
    name: 'check-in scan (daily)',
    kind: 'follow-up',
    budgetMs: SCAN_BUDGET_MS,
    fresh: false,
    task: scanCheckIns,
  },
  {
    name: 'check-in scan (a week not run)',
    kind: 'follow-up',
    budgetMs: SCAN_BUDGET_MS,
    fresh: false,
    task: scanAfterAWeek,
  },
];

/** The smallest budget: --explain logs the plans of statements slower than this. */
export const EXPLAIN_SLOWER_THAN_MS = Math.min(...SCENARIOS.flatMap((scenario) => (scenario.budgetMs === null ? [] : [scenario.budgetMs])));

/**
 * `count` distinct requests from a scenario's list: the list itself, then the same queries
 * for page 2, 3… when it is shorter (page is part of what any result cache must key on).
 */
export function distinctPaths(paths: readonly string[], count: number): string[] {
  const out: string[] = [];
  for (let page = 1; out.length < count && page <= 50; page++) {
    for (const path of paths) {
      if (out.length === count) break;
      out.push(page === 1 ? path : `${path}${path.includes('?') ? '&' : '?'}page=${page}`);
    }
  }
  return out;
}
