import { ClusterProcess, createTestDatabase, ownerSession, refusesConnections, sleep, SmtpCapture, startClusterProcess, TestDatabase, waitFor } from '@onward/api/testing';
import { mkdtempSync } from 'node:fs';
import { IncomingHttpHeaders, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * Issue 7: `npm run start:cluster` (two API instances and two workers on one PostgreSQL, behind
 * the round-robin proxy of apps/api/src/cluster) run as a process, on an empty database as a
 * first `npm start` sees it. Each check goes through the proxy and to the instances directly:
 * sessions, rate limits, the alarm's flag, emails and scheduled jobs behave as on one instance,
 * and the proxy spreads requests, survives an instance dying, and cannot be told a client's address.
 *
 * Clients bind their own loopback addresses (127.0.0.2 and up), so each is a distinct client to
 * the proxy and to the instances; the instances trust 127.0.0.1, the proxy's address.
 */
/** The demo users' password (README, seed/demo-seed.ts). */
const DEMO_PASSWORD = 'onward-demo-password';
const LOGIN_LIMIT = 6;
const ALARM = '/api/v1/survivors/me/alarm';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** A browser on one loopback address: its cookies and CSRF token go with it to whichever server it calls. */
class Browser {
  private readonly cookies = new Map<string, string>();
  private token: string | undefined;

  constructor(readonly address: string) {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  get(base: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
    return this.request(base, 'GET', path, undefined, headers);
  }

  /** A state-changing request, with the CSRF token (fetched from `base` the first time). */
  async send(base: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    this.token ??= (await this.get(base, '/api/v1/auth/csrf')).body.token as string;
    return this.request(base, method, path, body, { 'X-CSRF-Token': this.token, ...headers });
  }

  signIn(base: string, email: string, password = DEMO_PASSWORD, headers: Record<string, string> = {}): Promise<Answer> {
    return this.send(base, 'POST', '/api/v1/auth/login', { email, password }, headers);
  }

  private request(base: string, method: string, path: string, body: unknown, headers: Record<string, string>): Promise<Answer> {
    const url = new URL(path, base);
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname + url.search,
          method,
          localAddress: this.address,
          agent: false,
          headers: { ...(cookie && { Cookie: cookie }), ...(payload !== undefined && { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) }), ...headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            for (const line of res.headers['set-cookie'] ?? []) this.keep(line);
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: res.statusCode!, headers: res.headers, body: text && res.headers['content-type']?.includes('json') ? JSON.parse(text) : text });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  private keep(setCookie: string): void {
    const [pair, ...attributes] = setCookie.split(';');
    const name = pair.slice(0, pair.indexOf('=')).trim();
    const value = pair.slice(pair.indexOf('=') + 1).trim();
    const expires = attributes.map((a) => a.trim()).find((a) => /^expires=/i.test(a));
    const gone = !value || attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || (expires !== undefined && Date.parse(expires.slice(8)) <= Date.now());
    if (gone) this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const tally = (values: unknown[]) => values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [String(value)]: (counts[String(value)] ?? 0) + 1 }), {});

describe('Several instances: npm run start:cluster', () => {
  let db: TestDatabase;
  let smtp: SmtpCapture;
  let cluster: ClusterProcess;
  let owner: Client;
  let readyAt: Date;
  /** The proxy, and the two API instances directly. */
  let proxy: string;
  let a: string;
  let b: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    smtp = await SmtpCapture.start();
    const dataDir = mkdtempSync(join(tmpdir(), 'onward-cluster-'));
    cluster = await startClusterProcess({
      // An empty database, as a first `npm start` sees it: the demo data is loaded (once).
      NODE_ENV: 'development',
      DEMO_SEED: 'true',
      DATABASE_URL: db.url,
      DATABASE_APP_URL: db.appUrl,
      SMTP_URL: smtp.url,
      // The session secret and data key are generated here by the cluster and shared by its members.
      DATA_DIR: dataDir,
      PORTAL_DIR: join(dataDir, 'no-portal'),
      LOG_LEVEL: 'info',
      LOGIN_RATE_LIMIT_PER_IP: String(LOGIN_LIMIT),
      CLUSTER_API_INSTANCES: '2',
      CLUSTER_WORKERS: '2',
    });
    readyAt = new Date();
    owner = await ownerSession(db);
    proxy = cluster.url;
    [a, b] = cluster.instances.map((instance) => instance.url!);
  }, 300_000);

  afterAll(async () => {
    if (cluster?.child.exitCode === null) {
      // Its members stop themselves when it is gone (parent-watch).
      cluster.child.kill('SIGKILL');
      await cluster.exited;
    }
    await owner?.end();
    await smtp?.close();
    await db?.drop();
  });

  /** Request log lines (each tagged with its instance) for `route`, from entry `from` on. */
  const served = (from: number, route: string) => cluster.entries().slice(from).filter((entry) => entry.msg === 'request' && entry.route === route);

  it('runs two API instances and two workers, and loads the demo data once', async () => {
    expect(cluster.instances.map((instance) => instance.name)).toEqual(['api-1', 'api-2']);
    expect(cluster.workers.map((worker) => worker.name)).toEqual(['worker-1', 'worker-2']);
    expect((await owner.query(`SELECT count(*)::int AS n FROM organisations`)).rows[0].n).toBe(4);
    expect(cluster.output.filter((line) => line.includes('Seeded the demo dataset'))).toHaveLength(1);
    // None of them started a PostgreSQL of its own.
    expect(cluster.output.filter((line) => line.includes('Starting the embedded PostgreSQL'))).toEqual([]);
  });

  it('keeps a session across instances: signed in on A, it works on B and through the proxy, and signing out on B ends it on A', async () => {
    const browser = new Browser('127.0.0.2');
    expect((await browser.signIn(a, 'caseworker@example.org')).status).toBe(200);
    const me = await browser.get(b, '/api/v1/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.email).toBe('caseworker@example.org');
    // The CSRF token A issued is good on B: both sign with the same secret.
    expect((await browser.send(b, 'POST', '/api/v1/survivors', { pseudonym: 'Rowan' })).status).toBe(201);
    expect([(await browser.get(proxy, '/api/v1/auth/me')).status, (await browser.get(proxy, '/api/v1/auth/me')).status]).toEqual([200, 200]);

    const session = browser.cookie('onward_session')!;
    expect((await browser.send(b, 'POST', '/api/v1/auth/logout')).status).toBe(204);
    // The browser has dropped its cookie; the session itself must be over, wherever it is shown.
    const replay = (base: string) => new Browser('127.0.0.2').get(base, '/api/v1/auth/me', { Cookie: `onward_session=${session}` });
    expect((await replay(a)).status).toBe(401);
    expect((await replay(proxy)).status).toBe(401);
    expect((await replay(proxy)).status).toBe(401);
  });

  describe('rate limits', () => {
    let n = 0;
    const attempt = (client: Browser, base: string, headers: Record<string, string> = {}) =>
      // A new email each time: only the per-address budget counts.
      client.signIn(base, `nobody-${n++}@example.net`, 'not-the-password', headers).then((answer) => answer.status);

    it('keeps one sign-in budget per client address for all instances together', async () => {
      const client = new Browser('127.0.0.3');
      const spread: number[] = [];
      for (let i = 0; i < LOGIN_LIMIT; i++) spread.push(await attempt(client, i % 2 ? b : a));
      expect(spread).toEqual(Array(LOGIN_LIMIT).fill(401));
      expect([await attempt(client, a), await attempt(client, b)]).toEqual([429, 429]);
    });

    it('counts each client behind the proxy on its own address, and believes no address a client sends', async () => {
      const first = new Browser('127.0.0.4');
      const second = new Browser('127.0.0.5');
      for (let i = 0; i < LOGIN_LIMIT; i++) expect(await attempt(first, proxy)).toBe(401);
      expect(await attempt(first, proxy)).toBe(429);
      expect(await attempt(first, proxy, { 'X-Forwarded-For': '203.0.113.7' })).toBe(429);
      // Another client has a budget of its own.
      expect(await attempt(second, proxy)).toBe(401);

      // A client on the proxy's own address naming a new address each time: were its header
      // kept and the proxy's address added after it, the instances would believe the header.
      const local = new Browser('127.0.0.1');
      for (let i = 0; i < LOGIN_LIMIT; i++) expect(await attempt(local, proxy, { 'X-Forwarded-For': `203.0.113.${10 + i}` })).toBe(401);
      expect(await attempt(local, proxy, { 'X-Forwarded-For': '203.0.113.99' })).toBe(429);

      const { rows } = await owner.query(`SELECT client_address, count(*)::int AS n FROM audit_events WHERE action = 'auth.login' AND outcome = 'failure' GROUP BY 1`);
      expect(Object.fromEntries(rows.map((row) => [row.client_address, row.n]))).toEqual({ '127.0.0.3': LOGIN_LIMIT, '127.0.0.4': LOGIN_LIMIT, '127.0.0.5': 1, '127.0.0.1': LOGIN_LIMIT });
      expect((await owner.query(`SELECT count(*)::int AS n FROM audit_events WHERE client_address LIKE '203.0.113.%'`)).rows[0].n).toBe(0);
    });
  });

  it("gives one open critical flag for a survivor's alarms sent to both instances at once", async () => {
    const sam = new Browser('127.0.0.6');
    expect((await sam.signIn(a, 'survivor@example.org')).status).toBe(200);
    const [{ id: survivorId }] = (await owner.query(`SELECT s.id FROM survivor_profiles s JOIN users u ON u.id = s.user_id WHERE u.email = 'survivor@example.org'`)).rows;
    const unresolved = async () => (await owner.query(`SELECT id, level, status FROM flags WHERE survivor_id = $1 AND status <> 'resolved'`, [survivorId])).rows;
    expect(await unresolved()).toEqual([]);

    const answers = await Promise.all([a, b, a, b, a, b].map((base) => sam.send(base, 'POST', ALARM)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(202));

    const flags = await unresolved();
    expect(flags).toEqual([{ id: expect.any(String), level: 'critical', status: 'open' }]);
    const signals = (await owner.query(`SELECT flag_id FROM risk_signals WHERE survivor_id = $1 AND type = 'alarm'`, [survivorId])).rows;
    expect(signals).toEqual(Array(6).fill({ flag_id: flags[0].id }));
    const events = (await owner.query(`SELECT type FROM flag_events WHERE flag_id = $1`, [flags[0].id])).rows;
    expect(tally(events.map((event) => event.type))).toEqual({ opened: 1, signal: 6 });
    // Every press reaches the caseworker, as on one instance (follow-up.e2e-spec.ts).
    const emails = (await owner.query(`SELECT id FROM outbound_emails WHERE to_address = 'caseworker@example.org' AND text_body LIKE $1`, [`%/caseworker/flags/${flags[0].id}%`])).rows;
    expect(emails).toHaveLength(6);
  });

  it('delivers every queued email exactly once, with both workers sending at the same time', async () => {
    const sam = new Browser('127.0.0.6');
    expect((await sam.signIn(proxy, 'survivor@example.org')).status).toBe(200);
    smtp.holdDeliveries();
    try {
      for (let i = 0; i < 6; i++) expect((await sam.send(proxy, 'POST', ALARM)).status).toBe(202);
      // Each worker sends one email at a time: two held at once means both are at work, and no
      // other process sends (the API instances run no workers).
      await waitFor(() => smtp.heldDeliveries === 2, 'both workers to be sending', 20_000);
      await sleep(1500);
      expect(smtp.heldDeliveries).toBe(2);
    } finally {
      smtp.releaseDeliveries();
    }

    const outbox = async () => (await owner.query(`SELECT id, status FROM outbound_emails`)).rows as Array<{ id: string; status: string }>;
    await waitFor(async () => {
      const rows = await outbox();
      return rows.every((row) => row.status === 'sent') && smtp.messages.length >= rows.length;
    }, 'every email to be sent', 60_000);
    // Time for a duplicate to arrive, if one were on its way.
    await sleep(2000);
    const rows = await outbox();
    const delivered = smtp.messages.map((message) => message.parsed.messageId);
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(delivered.sort()).toEqual(rows.map((row) => `<${row.id}@onward>`).sort());
    const jobs = (await owner.query(`SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = 'email.send' GROUP BY state`)).rows;
    expect(jobs).toEqual([{ state: 'completed', n: rows.length }]);
  }, 120_000);

  it('spreads requests over the instances in turn', async () => {
    const client = new Browser('127.0.0.7');
    const from = cluster.entries().length;
    for (let i = 0; i < 10; i++) expect((await client.get(proxy, '/api/v1/regions')).status).toBe(200);
    const lines = await waitFor(() => served(from, '/api/v1/regions').length >= 10 && served(from, '/api/v1/regions'), 'the instances to log the requests');
    expect(tally(lines.map((line) => line.instance))).toEqual({ 'api-1': 5, 'api-2': 5 });
  });

  it('creates each scheduled job once per slot, though four processes declare the schedules, and runs it once', async () => {
    type SendIt = { queue: string; slot: Date; state: string; created: Date };
    const settled = await waitFor(
      async () => {
        // pg-boss's clock: a process whose turn it is sends a "send it" job per schedule, one per
        // queue and minute; a worker turns it into the scheduled job.
        const sendIts: SendIt[] = (await owner.query(`SELECT data->>'name' AS queue, singleton_on AS slot, state, created_on AS created FROM pgboss.job WHERE name = '__pgboss__send-it' ORDER BY singleton_on`)).rows;
        const queues = [...new Set(sendIts.map((row) => row.queue))];
        const jobs = (await owner.query(`SELECT name, state, retry_count FROM pgboss.job WHERE name = ANY($1)`, [queues])).rows;
        // A slot of the every-minute escalation sent while all four processes were up and
        // competing to send it, and every slot so far run to the end.
        const enough = sendIts.some((row) => row.queue === 'flags.escalate' && row.created > readyAt);
        const done = sendIts.every((row) => row.state === 'completed') && jobs.every((job) => job.state === 'completed');
        return enough && done && { sendIts, jobs };
      },
      'a scheduled slot sent after the whole cluster had started',
      150_000,
    );
    const { sendIts, jobs } = settled;
    const slots = sendIts.map((row) => `${row.queue} ${row.slot.toISOString()}`);
    expect(new Set(slots).size).toBe(slots.length);
    // One job per slot, each run once.
    expect(tally(jobs.map((job) => job.name))).toEqual(tally(sendIts.map((row) => row.queue)));
    expect(jobs.every((job) => job.retry_count === 0)).toBe(true);
  }, 180_000);

  it('answers every request when an instance dies, sends none twice, and takes the instance back once it is restarted', async () => {
    const [victim] = cluster.instances;
    process.kill(victim.pid, 'SIGKILL');
    await waitFor(() => refusesConnections(Number(new URL(victim.url!).port)), 'the instance to be gone');

    const client = new Browser('127.0.0.8');
    const from = cluster.entries().length;
    expect((await client.signIn(proxy, 'caseworker@example.org')).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await client.get(proxy, '/api/v1/auth/me')).status).toBe(200);
    for (const pseudonym of ['Hazel', 'Linden']) expect((await client.send(proxy, 'POST', '/api/v1/survivors', { pseudonym })).status).toBe(201);
    expect((await owner.query(`SELECT pseudonym, count(*)::int AS n FROM survivor_profiles WHERE pseudonym IN ('Hazel', 'Linden') GROUP BY 1 ORDER BY 1`)).rows).toEqual([
      { pseudonym: 'Hazel', n: 1 },
      { pseudonym: 'Linden', n: 1 },
    ]);
    expect(new Set(served(from, '/api/v1/auth/me').map((line) => line.instance))).toEqual(new Set(['api-2']));

    // The cluster restarts it on the same port, and the proxy sends to it again.
    await waitFor(() => cluster.entries().some((entry) => entry.msg === 'Process ready' && entry.instance === 'api-1' && entry.pid !== victim.pid), 'api-1 to be restarted', 120_000);
    const back = cluster.entries().length;
    await waitFor(
      async () => {
        await client.get(proxy, '/api/v1/regions');
        return served(back, '/api/v1/regions').some((line) => line.instance === 'api-1');
      },
      'the proxy to send to api-1 again',
      15_000,
    );
  }, 180_000);

  it('stops in order on SIGTERM: no new connection, every process drains and exits, then the cluster exits 0 within 30 s', async () => {
    const started = cluster.entries().filter((entry) => entry.msg === 'Process started');
    const pids = new Map(started.map((entry) => [entry.instance as string, entry.pid as number]));
    expect([...pids.keys()].sort()).toEqual(['api-1', 'api-2', 'worker-1', 'worker-2']);

    const signalled = Date.now();
    cluster.child.kill('SIGTERM');
    await waitFor(() => refusesConnections(cluster.port), 'the proxy to refuse new connections');
    const exit = await cluster.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalled).toBeLessThan(30_000);

    for (const pid of pids.values()) expect(alive(pid)).toBe(false);
    const stopped = cluster.entries().filter((entry) => entry.msg === 'Stopped' && entry.context === 'Lifecycle');
    expect(stopped.map((entry) => entry.instance).sort()).toEqual(['api-1', 'api-2', 'worker-1', 'worker-2']);
    expect(cluster.entries().at(-1)).toMatchObject({ context: 'Cluster', msg: 'Cluster stopped' });
    // No job left active. (pg-boss's own "send it" jobs are left out: the instance killed above may have held one.)
    expect((await owner.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE state = 'active' AND NOT starts_with(name, '__pgboss__')`)).rows[0].n).toBe(0);
  }, 40_000);
});
