import { Random } from '@onward/synthetic-data';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Client } from 'pg';
import { PasswordHasher } from '../../apps/api/src/modules/auth/password-hasher';
import { startApiProcess } from '../../apps/api/src/testing/api-process';
import { insertRows } from './bulk-insert';
import { Credentials, Dataset } from './load-data';
import type { LoadPlan, LoadResult, MixItem } from './load-test-client';
import { BenchOptions } from './options';
import { formatCount, status } from './progress';
import { QueryPools } from './query-pools';
import { signInAll } from './sign-in';

const PASSWORD = 'bench-load-password-not-secret';
const EMPLOYERS = 20;
const JOBS_PER_EMPLOYER = 10;
const APPLICANTS_PER_JOB = 8;
/** Survivors with check-ins due who answer them during the test, each check-in once. */
const ANSWERING_SURVIVORS = 150;
/** The mix's one write, whose check-ins are used once each across runs. */
const ANSWERS = 'survivor answers check-in';

/**
 * The issue's realistic mix, by share of requests: survivors searching (any of the search
 * scenarios' queries) and reading their matches, caseworkers reading their follow-up queue and
 * caseload, employers reading the applications shared with them, and survivors answering a due
 * check-in (a write: the answer, its signals, an audit line and a queued job).
 */
const WEIGHTS = { search: 35, matches: 15, queue: 12, caseload: 8, applications: 15, answers: 15 };

export interface LoadTestInput {
  /** The schema owner's URL (the loader's), and the application role's (the API's). */
  databaseUrl: string;
  applicationUrl: string;
  /** The API's environment, as the bench's own instance has it (keys, check-in days). */
  env: Record<string, string>;
  dataset: Dataset;
  pools: QueryPools;
  options: BenchOptions;
}

interface Run {
  connections: number;
  result: LoadResult;
  /** The API process's peak resident memory during the run (VmHWM, reset before it), and at its end. */
  peakRssMb: number | null;
  rssMb: number | null;
}

/**
 * 60 s at 50 and at 200 connections against the API in a process of its own (the production
 * entry point, as the application's database role), so its memory is its own: the peak resident
 * set is read from /proc after each run. Returns the report's lines.
 */
export async function runLoadTest(input: LoadTestInput): Promise<{ lines: string[]; clean: boolean }> {
  const { options } = input;
  const seconds = options.quick ? 5 : 60;
  const connections = options.quick ? [10, 50] : [50, 200];
  const people = await prepare(input);

  status('starting the API in a process of its own for the load test…');
  // Its own port: the bench's instance keeps the configured one.
  const { PORT: _port, ...env } = input.env;
  const api = await startApiProcess({ ...env, DATABASE_URL: input.databaseUrl, DATABASE_APP_URL: input.applicationUrl, LOG_LEVEL: 'warn' });
  const worker = new Worker(`require('@swc-node/register'); require(${JSON.stringify(join(__dirname, 'load-test-client.ts'))});`, { eval: true });
  const runs: Run[] = [];
  try {
    status(`signing in ${formatCount(people.answering.length + people.employers.length + people.caseworkers.length + people.searchers.length)} people for the load test…`);
    const searchers = await signInAll(api.url, people.searchers);
    const caseworkers = await signInAll(api.url, people.caseworkers);
    const employers = await signInAll(api.url, people.employers);
    const answering = await signInAll(api.url, people.answering);
    const answerers = new Map(people.answering.map(({ email }, i) => [email, answering[i]]));
    const checkIns = people.checkIns.map(({ id, email }) => ({ id, session: answerers.get(email)! }));
    const searches = [...input.pools.commonWords, ...input.pools.rareWords, ...input.pools.twoWords, ...input.pools.typos].map((q) => `/api/v1/opportunities/search?${new URLSearchParams({ q })}`);

    let used = 0;
    /** Runs the mix; a run answers only check-ins no run before it answered. */
    const runWith = async (count: number, runSeconds: number) => {
      const result = await runInWorker(worker, { baseUrl: api.url, connections: count, seconds: runSeconds, seed: options.seed, mix: mixOf(count, checkIns.slice(used)) });
      used += result.byKind[ANSWERS]?.sent ?? 0;
      return result;
    };
    const mixOf = (count: number, toAnswer: typeof checkIns): MixItem[] => [
      { name: 'survivor searches', weight: WEIGHTS.search, kind: 'read', paths: new Random(options.seed, `load-${count}`).shuffle(searches), sessions: searchers },
      { name: 'survivor reads matches', weight: WEIGHTS.matches, kind: 'read', paths: ['/api/v1/survivors/me/matches?limit=20'], sessions: searchers },
      { name: 'caseworker reads queue', weight: WEIGHTS.queue, kind: 'read', paths: ['/api/v1/flags?limit=50', '/api/v1/flags?state=resolved&limit=20'], sessions: caseworkers },
      { name: 'caseworker reads caseload', weight: WEIGHTS.caseload, kind: 'read', paths: ['/api/v1/survivors?limit=50'], sessions: caseworkers },
      { name: 'employer reads applications', weight: WEIGHTS.applications, kind: 'read', paths: ['/api/v1/applications?limit=50'], sessions: employers },
      { name: ANSWERS, weight: WEIGHTS.answers, kind: 'answer', checkIns: toAnswer },
    ];
    // JIT, pools and caches warm before anything is measured.
    status('load test: warming up…');
    await runWith(10, options.quick ? 2 : 10);
    for (const count of connections) {
      status(`load test: ${count} connections for ${seconds} s…`);
      resetPeakMemory(api.child.pid);
      const result = await runWith(count, seconds);
      runs.push({ connections: count, result, ...memoryOf(api.child.pid) });
    }
  } finally {
    await worker.terminate();
    api.child.kill('SIGTERM');
    await api.exited;
  }
  return report(runs, seconds, people);
}

function runInWorker(worker: Worker, plan: LoadPlan): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    worker.once('message', (reply: { result?: LoadResult; error?: string }) => (reply.result ? resolve(reply.result) : reject(new Error(reply.error))));
    worker.once('error', reject);
    worker.postMessage(plan);
  });
}

/** Linux: writing 5 to clear_refs resets the peak resident set (VmHWM) to the current one. */
function resetPeakMemory(pid: number | undefined): void {
  try {
    if (pid) writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // Not Linux, or not allowed: the peak is then the process's whole life.
  }
}

function memoryOf(pid: number | undefined): { peakRssMb: number | null; rssMb: number | null } {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1]);
    return { peakRssMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
  } catch {
    return { peakRssMb: null, rssMb: null };
  }
}

interface People {
  searchers: Credentials[];
  caseworkers: Credentials[];
  employers: Credentials[];
  answering: Credentials[];
  checkIns: Array<{ id: string; email: string }>;
  applications: number;
}

/**
 * What the mix needs beyond the dataset: accounts for employers with applications shared with
 * them under a consent (survivors of the job's region, bulk-inserted as the loader does), every
 * service provider's caseworker, and survivors with a check-in due today or earlier to answer.
 */
async function prepare(input: LoadTestInput): Promise<People> {
  status('preparing the load test: employers, applications, check-ins to answer…');
  const client = new Client({ connectionString: input.databaseUrl });
  await client.connect();
  try {
    const random = new Random(input.options.seed, 'load-test-data');
    const passwordHash = await new PasswordHasher().hash(PASSWORD);
    const { rows: employers } = await client.query<{ employer_id: string }>(
      `SELECT employer_id FROM jobs WHERE status = 'published' GROUP BY employer_id ORDER BY count(*) DESC, employer_id LIMIT $1`,
      [EMPLOYERS],
    );
    const employerAccounts = employers.map((row, i) => ({ id: random.uuid(), organisationId: row.employer_id, email: `bench-employer-${i + 1}@example.org` }));
    await insertRows(client, 'users', ['id', 'organisation_id', 'email', 'display_name', 'role', 'password_hash', 'is_supervisor'], employerAccounts.map((account, i) => [
      account.id, account.organisationId, account.email, `Bench employer ${i + 1}`, 'employer', passwordHash, false,
    ]));
    const { rows: jobs } = await client.query<{ id: string; employer_id: string; region_code: string }>(
      `SELECT id, employer_id, region_code FROM (
         SELECT j.*, row_number() OVER (PARTITION BY employer_id ORDER BY published_at DESC, id) AS n FROM jobs j
          WHERE employer_id = ANY($1) AND status = 'published') ranked
        WHERE n <= $2`,
      [employers.map((row) => row.employer_id), JOBS_PER_EMPLOYER],
    );
    const applications: unknown[][] = [];
    const consents: unknown[][] = [];
    const now = new Date();
    for (const job of jobs) {
      const { rows: applicants } = await client.query<{ id: string }>(
        `SELECT id FROM survivor_profiles WHERE region_code = $1 ORDER BY md5(id::text || $2) LIMIT $3`,
        [job.region_code, job.id, APPLICANTS_PER_JOB],
      );
      for (const applicant of applicants) {
        const id = random.uuid();
        const at = new Date(now.getTime() - random.int(1, 20) * 86_400_000);
        applications.push([id, applicant.id, job.id, job.employer_id, random.chance(0.7) ? 'shared' : 'interview', at, at, at]);
        consents.push([random.uuid(), applicant.id, job.employer_id, id, ['skills', 'languages'], at, new Date(now.getTime() + 60 * 86_400_000), at]);
      }
    }
    await insertRows(client, 'applications', ['id', 'survivor_id', 'job_id', 'employer_id', 'status', 'status_changed_at', 'created_at', 'updated_at'], applications);
    await insertRows(client, 'consents', ['id', 'survivor_id', 'employer_id', 'application_id', 'fields', 'granted_at', 'expires_at', 'created_at'], consents);

    // Survivors with an account and a check-in open now; they get a known password.
    const { rows: due } = await client.query<{ id: string; user_id: string; email: string }>(
      `WITH answering AS (
         SELECT DISTINCT s.user_id FROM check_ins c JOIN survivor_profiles s ON s.id = c.survivor_id
          WHERE c.status = 'due' AND c.due_on <= current_date AND s.user_id IS NOT NULL
          ORDER BY s.user_id LIMIT $1)
       SELECT c.id, s.user_id, u.email FROM check_ins c
         JOIN survivor_profiles s ON s.id = c.survivor_id JOIN users u ON u.id = s.user_id
        WHERE s.user_id IN (SELECT user_id FROM answering) AND c.status = 'due' AND c.due_on <= current_date
        ORDER BY md5(c.id::text)`,
      [ANSWERING_SURVIVORS],
    );
    const answering = [...new Set(due.map((row) => row.user_id))];
    await client.query(`UPDATE users SET password_hash = $1 WHERE id = ANY($2)`, [passwordHash, answering]);
    const emails = [...new Set(due.map((row) => row.email))];

    const { rows: caseworkers } = await client.query<{ email: string }>(`SELECT email FROM users WHERE role = 'caseworker' ORDER BY email`);
    await client.query(`UPDATE users SET password_hash = $1 WHERE role = 'caseworker' OR email LIKE 'bench-survivor%'`, [passwordHash]);
    await client.query('ANALYZE applications, consents, users');
    return {
      searchers: input.dataset.survivorAccounts.map(({ email }) => ({ email, password: PASSWORD })),
      caseworkers: caseworkers.map(({ email }) => ({ email, password: PASSWORD })),
      employers: employerAccounts.map(({ email }) => ({ email, password: PASSWORD })),
      answering: emails.map((email) => ({ email, password: PASSWORD })),
      checkIns: due.map(({ id, email }) => ({ id, email })),
      applications: applications.length,
    };
  } finally {
    await client.end();
  }
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));

function report(runs: readonly Run[], seconds: number, people: People): { lines: string[]; clean: boolean } {
  const header = ['connections', 'seconds', 'requests', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'errors', 'timeouts', 'non-2xx', 'API peak RSS', 'result'];
  const body = runs.map(({ connections, result, peakRssMb }) => [
    String(connections),
    result.seconds.toFixed(0),
    formatCount(result.requests),
    result.throughput.toFixed(0),
    ms(result.latency.p50),
    ms(result.latency.p90),
    ms(result.latency.p99),
    ms(result.latency.max),
    String(result.errors),
    String(result.timeouts),
    String(result.non2xx),
    peakRssMb === null ? 'n/a' : `${peakRssMb.toFixed(0)} MB`,
    result.errors + result.timeouts + result.non2xx === 0 ? 'pass' : 'ERRORS',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 12 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd();
  const kinds = runs.map(({ connections, result }) =>
    `          at ${connections}: ` +
      Object.entries(result.byKind)
        .map(([name, kind]) => `${name} ${formatCount(kind.sent)}${kind.failed ? ` (${kind.failed} failed: ${JSON.stringify(kind.statuses)})` : ''}`)
        .join(', '),
  );
  const clean = runs.every(({ result }) => result.errors + result.timeouts + result.non2xx === 0);
  return {
    clean,
    lines: [
      '',
      `Load test: a realistic mix for ${seconds} s at each number of connections (autocannon in a worker thread, keep-alive, no think time, after a warm-up), against the`,
      `          API in a process of its own (main.ts, as the application's database role, workers off), on the same dataset.`,
      `          Mix by share of requests: survivors searching ${WEIGHTS.search}%, reading their matches ${WEIGHTS.matches}%; caseworkers reading their follow-up`,
      `          queue ${WEIGHTS.queue}% and caseload ${WEIGHTS.caseload}%; employers reading the applications shared with them ${WEIGHTS.applications}%; survivors answering a`,
      `          due check-in ${WEIGHTS.answers}% (each once). ${people.searchers.length} survivors search, ${people.caseworkers.length} caseworkers, ${people.employers.length} employers with ${formatCount(people.applications)} shared`,
      `          applications, ${people.answering.length} survivors with ${formatCount(people.checkIns.length)} check-ins to answer (when they run out, other requests are sent).`,
      `          API peak RSS: the process's peak resident memory during the run (VmHWM, reset before each run).`,
      '',
      line(header),
      widths.map((width) => '-'.repeat(width)).join('  '),
      ...body.map(line),
      'requests by kind:',
      ...kinds,
    ],
  };
}
