/**
 * The load test's client, run in a worker thread (load-test.ts) so autocannon's own work never
 * shares an event loop with anything measured. One run: `connections` keep-alive connections for
 * `seconds`, each request drawn from the mix by weight (seeded), as one of its sessions.
 */
import autocannon from 'autocannon';
import { parentPort } from 'node:worker_threads';
import { Random } from '@onward/synthetic-data';

export interface LoadSession {
  cookie: string;
  csrfToken: string;
}

/** A kind of request in the mix: reads cycle through their paths; check-in answers use each check-in once. */
export type MixItem =
  | { name: string; weight: number; kind: 'read'; paths: string[]; sessions: LoadSession[] }
  | { name: string; weight: number; kind: 'answer'; checkIns: Array<{ id: string; session: LoadSession }> };

export interface LoadPlan {
  baseUrl: string;
  connections: number;
  seconds: number;
  seed: string;
  mix: MixItem[];
}

export interface LoadResult {
  requests: number;
  seconds: number;
  throughput: number;
  latency: { p50: number; p90: number; p99: number; max: number };
  /** Connection errors and timeouts, and answers that were not 2xx: all must be 0. */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Requests and non-2xx answers by kind, with the first statuses of failures. */
  byKind: Record<string, { sent: number; failed: number; statuses: Record<string, number> }>;
}

const ANSWERS = JSON.stringify({ stillWorking: true, paidAsPromised: true, hoursAsPromised: true, feelSafe: true, housingStable: true, pastContact: false });

async function run(plan: LoadPlan): Promise<LoadResult> {
  const random = new Random(plan.seed, 'load-test');
  const table = plan.mix.flatMap((item) => [[item, item.weight] as const]);
  const byKind: LoadResult['byKind'] = Object.fromEntries(plan.mix.map((item) => [item.name, { sent: 0, failed: 0, statuses: {} }]));
  const cursors = new Map<string, number>(plan.mix.map((item) => [item.name, 0]));

  /** The next request of a kind; null when a once-only kind has run out (another kind is drawn). */
  const next = (item: MixItem): { method: string; path: string; headers: Record<string, string>; body?: string } | null => {
    const at = cursors.get(item.name)!;
    cursors.set(item.name, at + 1);
    if (item.kind === 'read') {
      const session = item.sessions[at % item.sessions.length];
      return { method: 'GET', path: item.paths[at % item.paths.length], headers: { cookie: session.cookie } };
    }
    const checkIn = item.checkIns[at];
    if (!checkIn) return null;
    return {
      method: 'POST',
      path: `/api/v1/check-ins/${checkIn.id}/answers`,
      headers: { cookie: checkIn.session.cookie, 'x-csrf-token': checkIn.session.csrfToken, 'content-type': 'application/json' },
      body: ANSWERS,
    };
  };

  const options = {
    url: plan.baseUrl,
    connections: plan.connections,
    duration: plan.seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (request: Record<string, unknown>, context: Record<string, unknown>) => {
          for (let tries = 0; tries < 10; tries++) {
            const item = random.weighted(table);
            const chosen = next(item);
            if (!chosen) continue;
            context.kind = item.name;
            byKind[item.name].sent++;
            return { ...request, ...chosen };
          }
          throw new Error('The load mix ran out of requests');
        },
        onResponse: (status: number, _body: string, context: Record<string, unknown>) => {
          if (status >= 200 && status < 300) return;
          const kind = byKind[context.kind as string];
          kind.failed++;
          kind.statuses[status] = (kind.statuses[status] ?? 0) + 1;
        },
      },
    ],
  } as autocannon.Options;
  // In a worker thread autocannon returns raw histograms, as its own workers do, for the caller to aggregate.
  const result = autocannon.aggregateResult([await autocannon(options)], options);
  return {
    requests: result.requests.total,
    seconds: result.duration,
    throughput: result.requests.total / result.duration,
    latency: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    byKind,
  };
}

parentPort?.on('message', (plan: LoadPlan) => {
  run(plan).then(
    (result) => parentPort!.postMessage({ result }),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
});
