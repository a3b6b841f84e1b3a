import { SECTORS } from '@onward/shared';
import { UK_REGIONS } from '@onward/synthetic-data';
import { QueryPools } from './query-pools';

export interface ScenarioContext {
  pools: QueryPools;
  lookupJobIds: readonly string[];
}

/**
 * What is measured. Baselines are what searches are compared with in the same run: a bare
 * database round trip, the cheapest signed-in request, and a primary-key lookup through the
 * whole API (session, guards, validation, serialisation). Searches have the budget.
 *
 * A `fresh` scenario never sends the same request twice in a run (see query-pools.ts); the
 * others cycle through their list.
 */
export type Scenario = { name: string; kind: 'baseline' | 'search'; fresh: boolean } & (
  | { sql: string }
  | { paths(context: ScenarioContext): string[] }
);

const search = (params: Record<string, string>) => `/api/v1/opportunities/search?${new URLSearchParams(params)}`;

const fresh = (name: string, queries: (pools: QueryPools) => Array<Record<string, string>>): Scenario => ({
  name,
  kind: 'search',
  fresh: true,
  paths: ({ pools }) => queries(pools).map(search),
});

/** Browsing without words: everything, or one region, sector or language, newest first. */
const BROWSING: Array<Record<string, string>> = [
  {},
  ...UK_REGIONS.map((region) => ({ region: region.code })),
  ...SECTORS.map((sector) => ({ sector })),
  ...['es', 'ar', 'pl', 'ro', 'uk', 'pt'].map((language) => ({ language })),
].map((filters) => ({ ...filters, sort: 'newest' }));

export const SCENARIOS: readonly Scenario[] = [
  { name: 'SELECT 1 (pg client)', kind: 'baseline', fresh: false, sql: 'SELECT 1' },
  // The floor of any signed-in request: session check, guards, one small read, serialisation.
  { name: 'who am I (session only)', kind: 'baseline', fresh: false, paths: () => ['/api/v1/auth/me'] },
  {
    name: 'job by id (primary key)',
    kind: 'baseline',
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
    fresh: false,
    paths: ({ pools }) => pools.commonWords.slice(0, 6).map((q) => search({ q })),
  },
];

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
