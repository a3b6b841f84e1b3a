/** What one bench run does, from flags and environment variables (flags win). */
export interface BenchOptions {
  seed: string;
  jobs: number;
  vettedEmployers: number;
  pendingEmployers: number;
  funders: number;
  grantProgrammes: number;
  /** Survivor profiles, spread over the service providers. */
  survivors: number;
  serviceProviders: number;
  /** Placements over the survivors; each has one check-in per day of CHECK_IN_DAYS (load-data.ts). */
  placements: number;
  /** Follow-ups (flags) with their signals and history, each of a different survivor; about 15% still unresolved. */
  flags: number;
  /** Survivors who each press the alarm once, measured. */
  alarms: number;
  /** Measured requests per scenario at concurrency 1; at 10 clients, four times as many. */
  requests: number;
  /** The most one scenario may take; it then stops early and reports what it measured. */
  maxSecondsPerRun: number;
  /** Exit 1 when a row misses its scenario's budget. */
  strict: boolean;
  /** Log query plans of slow statements (auto_explain): diagnosis, not measurement. */
  explain: boolean;
  /** The load test (load-test.ts): after the table, instead of it, or not at all. */
  load: 'also' | 'only' | 'skip';
  quick: boolean;
}

export const USAGE = `npm run bench [-- options]

  --quick            a tiny dataset and few requests: checks the harness in about a minute
  --strict           exit 1 when a scenario misses its p95 budget
  --explain          also print PostgreSQL plans of search, matching and follow-up statements slower
                     than 50 ms (instruments every query: the figures of such a run are not comparable)
  --load             only the load test (npm run bench:load): a realistic mix for 60 s at 50 and 200
                     connections, with the API in a process of its own
  --no-load          the table only, without the load test
  --jobs=N           published jobs (BENCH_JOBS, default 50000)
  --survivors=N      survivor profiles over 20 service providers (BENCH_SURVIVORS, default 100000)
  --placements=N     placements over the survivors, 7 check-ins each (BENCH_PLACEMENTS, default
                     1.5 per survivor: 150000)
  --flags=N          follow-ups with their signals and history, one survivor each (BENCH_FLAGS,
                     default half the survivors: 50000)
  --grants=N         open grant programmes from 40 funders (BENCH_GRANTS, default 2000)
  --requests=N       requests per scenario at 1 client; 4N at 10 clients (BENCH_REQUESTS, default 300)
  --seconds=N        longest time one scenario may run (BENCH_SECONDS, default 20)
  --seed=TEXT        seed of the synthetic data (BENCH_SEED, default onward-bench)
  --help`;

export class UsageError extends Error {}

export function parseOptions(argv: readonly string[], env: Record<string, string | undefined>): BenchOptions | 'help' {
  const flags = new Map<string, string>();
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`Unknown argument "${arg}"`);
    flags.set(match[1], match[2] ?? 'true');
  }
  const known = ['quick', 'strict', 'explain', 'load', 'no-load', 'jobs', 'survivors', 'placements', 'flags', 'grants', 'requests', 'seconds', 'seed', 'help'];
  const unknown = [...flags.keys()].filter((flag) => !known.includes(flag));
  if (unknown.length > 0) throw new UsageError(`Unknown option --${unknown[0]}`);
  if (flags.has('help')) return 'help';

  const quick = flags.has('quick');
  const number = (flag: string, variable: string, fallback: number, min: number, max: number) => {
    const raw = flags.get(flag) ?? env[variable];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new UsageError(`--${flag} (${variable}) must be a whole number from ${min} to ${max}, got "${raw}"`);
    }
    return value;
  };
  const jobs = number('jobs', 'BENCH_JOBS', quick ? 2000 : 50_000, 100, 2_000_000);
  // The 100,000 survivors; each provider's caseworkers see about 5,000 of them.
  const survivors = number('survivors', 'BENCH_SURVIVORS', quick ? 2000 : 100_000, 500, 2_000_000);
  return {
    seed: flags.get('seed') ?? env.BENCH_SEED ?? 'onward-bench',
    jobs,
    // About 25 jobs per vetted employer, as in the 50,000 jobs at ~2,000 employers.
    vettedEmployers: Math.max(20, Math.round(jobs / 25)),
    pendingEmployers: Math.max(5, Math.round(jobs / 200)),
    funders: quick ? 5 : 40,
    // The 2,000 grant programmes, 50 per funder.
    grantProgrammes: number('grants', 'BENCH_GRANTS', quick ? 40 : 2000, 1, 100_000),
    survivors,
    serviceProviders: 20,
    // The 150,000 placements at 100,000 survivors.
    placements: number('placements', 'BENCH_PLACEMENTS', Math.round(survivors * 1.5), 0, 10_000_000),
    // The 50,000 flags at 100,000 survivors; some survivors are kept free of flags for the alarm.
    flags: number('flags', 'BENCH_FLAGS', Math.round(survivors / 2), 0, Math.floor(survivors * 0.9)),
    alarms: quick ? 10 : 50,
    requests: number('requests', 'BENCH_REQUESTS', quick ? 30 : 300, 10, 100_000),
    maxSecondsPerRun: number('seconds', 'BENCH_SECONDS', quick ? 3 : 20, 1, 3600),
    strict: flags.has('strict'),
    explain: flags.has('explain'),
    load: flags.has('load') ? 'only' : flags.has('no-load') ? 'skip' : 'also',
    quick,
  };
}
