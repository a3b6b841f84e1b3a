/**
 * The load generator, run in a worker thread (load-generator.ts) so that keeping the clock and
 * reading answers never delays the API, which runs on the main thread.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { Pool } from 'pg';

/**
 * Request i sends path i (cycled) with session i (cycled): several sessions take turns, so a
 * scenario can ask as many different users. A POST carries the session's CSRF token and no body.
 */
export type Target =
  | { kind: 'http'; baseUrl: string; method: 'GET' | 'POST'; sessions: ReadonlyArray<{ cookie: string; csrfToken: string }>; paths: readonly string[] }
  | { kind: 'sql'; url: string; sql: string };

/**
 * How to read the number of results from an answer: a search's total, a survivor's jobs, a
 * job's candidates, a retention report's groups or the placements it counted.
 */
export type ResultCount = 'search' | 'matches' | 'candidates' | 'groups' | 'placements';

function resultCount(kind: ResultCount, text: string): number {
  const body = JSON.parse(text) as { total: number; jobs: unknown[]; candidates: unknown[]; groups: unknown[]; overall: { count: number } };
  switch (kind) {
    case 'search':
      return body.total;
    case 'matches':
      return body.jobs.length;
    case 'candidates':
      return body.candidates.length;
    case 'groups':
      return body.groups.length;
    case 'placements':
      return body.overall.count;
  }
}

export interface RunPlan {
  target: Target;
  concurrency: number;
  requests: number;
  /** No request starts after this long; the run reports what it measured by then. */
  maxMs: number;
  /** Read each answer's number of results this way and report them; null: do not read answers. */
  results: ResultCount | null;
}

export interface RunResult {
  latenciesMs: number[];
  elapsedMs: number;
  errors: number;
  firstError: string | null;
  totals: number[];
}

export type ClientMessage = { id: number; plan: RunPlan } | { id: number; close: true };
export type ClientReply = { id: number; result?: RunResult; error?: string };

const agent = new Agent({ keepAlive: true });
let pool: Pool | undefined;

interface Answer {
  ok: boolean;
  /** The body as text, read only when asked for. */
  text(): string;
  describe(): string;
}

function exchange(url: string, method: 'GET' | 'POST', session: { cookie: string; csrfToken: string }): Promise<Answer> {
  const headers: Record<string, string> = { Cookie: session.cookie, Accept: 'application/json' };
  if (method !== 'GET') headers['X-CSRF-Token'] = session.csrfToken;
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const text = () => Buffer.concat(chunks).toString('utf8');
        // 200 for a read, 202 for the alarm: any success.
        const ok = response.statusCode !== undefined && response.statusCode >= 200 && response.statusCode < 300;
        resolve({ ok, text, describe: () => `${response.statusCode} ${text().slice(0, 300)}` });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

function sender(target: Target): (i: number) => Promise<Answer> {
  if (target.kind === 'http') {
    return (i) => exchange(`${target.baseUrl}${target.paths[i % target.paths.length]}`, target.method, target.sessions[i % target.sessions.length]);
  }
  pool ??= new Pool({ connectionString: target.url, max: 10 });
  const database = pool;
  return async () => {
    await database.query(target.sql);
    return { ok: true, text: () => '', describe: () => 'ok' };
  };
}

/** `concurrency` clients, each sending its next request as soon as its previous one is answered. */
async function run(plan: RunPlan): Promise<RunResult> {
  const send = sender(plan.target);
  const latenciesMs: number[] = [];
  const totals: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let issued = 0;
  const started = performance.now();
  const deadline = started + plan.maxMs;
  const client = async () => {
    while (issued < plan.requests && performance.now() < deadline) {
      const i = issued++;
      const sent = performance.now();
      try {
        const answer = await send(i);
        const latency = performance.now() - sent;
        // Only answered requests count: a fast error must not flatter the figures.
        if (!answer.ok) {
          errors++;
          firstError ??= answer.describe();
          continue;
        }
        latenciesMs.push(latency);
        if (plan.results) totals.push(resultCount(plan.results, answer.text()));
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: plan.concurrency }, client));
  return { latenciesMs, elapsedMs: performance.now() - started, errors, firstError, totals };
}

parentPort?.on('message', async (message: ClientMessage) => {
  if ('close' in message) {
    agent.destroy();
    await pool?.end();
    parentPort!.postMessage({ id: message.id } satisfies ClientReply);
    return;
  }
  try {
    parentPort!.postMessage({ id: message.id, result: await run(message.plan) } satisfies ClientReply);
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies ClientReply);
  }
});
