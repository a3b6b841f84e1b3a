import {
  createTestApp,
  createTestDatabase,
  Factories,
  HttpClient,
  makeRetriesDue,
  Outbox,
  ownerSession,
  refusesConnections,
  signedInSurvivor,
  SignedInSurvivor,
  sleep,
  SmtpCapture,
  startApiProcess,
  status,
  terminateBackends,
  TEST_PASSWORD,
  TestApp,
  waitFor,
} from '@onward/api/testing';
import { mkdtempSync } from 'node:fs';
import { createServer as createHttpServer, Server as HttpServer } from 'node:http';
import { AddressInfo, createServer, Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import supertest from 'supertest';

/**
 * Issue 6's fault suite: each test breaks something a real deployment loses now and then (the
 * database connection, the mail server, the search engine, a worker, the process itself) and
 * checks what a caller would notice: a clean answer they can act on (never a 500), nothing lost,
 * nothing done twice, and recovery without a restart. A worker killed mid-scan is also covered
 * in follow-up.e2e-spec.ts; an email whose sender died mid-send in mail-delivery.int-spec.ts.
 *
 * Every fault injected is counted, and counted as survived when its test's checks all pass;
 * the suite ends with one line: `faults: N injected, N survived`.
 */
const ALARM = '/api/v1/survivors/me/alarm';
const ME = '/api/v1/survivors/me';

const ledger = { injected: 0, survived: 0, pending: 0 };
/** Marks one fault as injected; it counts as survived if the test it belongs to passes. */
function inject(): void {
  ledger.injected++;
  ledger.pending++;
}
function faultTest(name: string, test: () => Promise<void>, timeoutMs?: number): void {
  it(
    name,
    async () => {
      ledger.pending = 0;
      await test();
      ledger.survived += ledger.pending;
      ledger.pending = 0;
    },
    timeoutMs,
  );
}

/** A caller's view of an answer during a fault: a clean 503 it can retry, or the real answer. Never a 500, never a stack. */
function expectClean(response: supertest.Response, ok: number, logs: string[] = []): void {
  if (response.status === 500) {
    // Say what went wrong, so a rare failure in CI can be diagnosed from its output alone.
    const unhandled = logs.filter((line) => line.includes('Unhandled error'));
    throw new Error(`500 instead of ${ok} or 503:\n${unhandled.join('\n')}`);
  }
  expect([ok, 503]).toContain(response.status);
  expect(JSON.stringify(response.body ?? {})).not.toMatch(/\bat \S+:\d+|stack|QueryFailedError|terminating connection|\.ts\b/);
  if (response.status === 503) {
    expect(response.body).toEqual({ statusCode: 503, code: expect.stringMatching(/^(database_unavailable|request_timeout)$/), message: expect.any(String) });
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  }
}

const countRows = async (owner: Client, sql: string, params: unknown[]): Promise<number> => (await owner.query(`SELECT count(*)::int AS n FROM ${sql}`, params)).rows[0].n;
const alarmsOf = (owner: Client, survivorId: string) => countRows(owner, `risk_signals WHERE survivor_id = $1 AND type = 'alarm'`, [survivorId]);
const emailsTo = (owner: Client, address: string) => countRows(owner, `outbound_emails WHERE to_address = $1`, [address.toLowerCase()]);

/** Holds a survivor's assessment lock: their alarm then waits inside its transaction until released. */
const holdAssessment = (owner: Client, survivorId: string) => owner.query(`SELECT pg_advisory_lock(hashtextextended($1, 7))`, [survivorId]);
const releaseLocks = (owner: Client) => owner.query(`SELECT pg_advisory_unlock_all()`);
const waitingOnLocks = async (owner: Client, database: string, atLeast = 1) =>
  waitFor(
    async () => (await countRows(owner, `pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'`, [database])) >= atLeast,
    `${atLeast} request(s) to wait on a lock`,
  );

describe('Faults: nothing lost, nothing duplicated, a clean answer', () => {
  afterAll(() => {
    console.log(`faults: ${ledger.injected} injected, ${ledger.survived} survived`);
  });

  describe('the database connection lost mid-request, then back', () => {
    let t: TestApp;
    let owner: Client;

    beforeAll(async () => {
      t = await createTestApp({ env: { RUN_WORKERS: 'false', LOGIN_RATE_LIMIT_PER_IP: '10000' } });
      owner = await ownerSession(t.db);
    });
    afterAll(async () => {
      await owner.end();
      await t.close();
    });

    /**
     * Sends a keyed POST as a careful client does: again after a 503, and after a 409
     * idempotency_in_progress once its Retry-After has passed (on the app's clock).
     */
    async function untilAnswered(send: () => Promise<supertest.Response>): Promise<supertest.Response> {
      for (let attempt = 0; attempt < 40; attempt++) {
        const response = await send();
        if (response.status === 503) {
          await sleep(100);
          continue;
        }
        if (response.status === 409 && response.body.code === 'idempotency_in_progress') {
          t.clock.advance(Number(response.headers['retry-after']) * 1000);
          continue;
        }
        return response;
      }
      throw new Error('no answer after 40 attempts');
    }

    /** The last answer of a keyed alarm: its own, or, if the cut took the answer after the change committed, "already applied". */
    const expectAppliedAnswer = (response: supertest.Response) => {
      if (response.status === 409) expect(response.body.code).toBe('idempotency_already_applied');
      else expect(response.status).toBe(202);
    };

    faultTest('answers requests in flight and just after with a clean 503, recovers without a restart, and applies each keyed POST once', async () => {
      const people = await Promise.all([0, 1, 2, 3].map(() => signedInSurvivor(t.app)));
      const keyed = (person: SignedInSurvivor) => () => person.client.post(ALARM, {}, { 'Idempotency-Key': `cut-${person.survivorId}` });

      // In flight: one keyed alarm held inside its transaction, and a burst of reads and keyed
      // alarms started just before the cut.
      await holdAssessment(owner, people[0].survivorId);
      const held = keyed(people[0])().then((response) => response);
      await waitingOnLocks(owner, t.db.name);
      const burst = people.slice(1).flatMap((person) => [
        person.client.get(ME).then((response) => ({ response, ok: 200 })),
        keyed(person)().then((response) => ({ response, ok: 202 })),
      ]);
      await sleep(5);
      inject();
      expect(await terminateBackends(owner, t.db)).toBeGreaterThan(0);
      await releaseLocks(owner);
      // Just after: the pool still holds connections that died under it.
      const after = people.map((person) => person.client.get(ME).then((r) => r));

      const heldResponse = await held;
      expect(heldResponse.status).toBe(503);
      expect(heldResponse.body.code).toBe('database_unavailable');
      for (const { response, ok } of await Promise.all(burst)) expectClean(response, ok, t.logs);
      for (const response of await Promise.all(after)) expectClean(response, 200, t.logs);

      // Recovered, without a restart.
      await waitFor(async () => (await people[0].client.get(ME)).status === 200, 'the API to reach its database again');
      for (const person of people) await person.client.get(ME).then(status(200));

      // Each keyed alarm, retried until answered, happened once; so did its email.
      for (const person of people) {
        expectAppliedAnswer(await untilAnswered(keyed(person)));
        expect(await alarmsOf(owner, person.survivorId)).toBe(1);
        expect(await emailsTo(owner, person.caseworker.email)).toBe(1);
      }
    });

    faultTest('cut again and again at random moments, each keyed POST is still applied exactly once', async () => {
      const people = await Promise.all([0, 1, 2, 3, 4, 5].map(() => signedInSurvivor(t.app)));
      for (const person of people) {
        const send = () => person.client.post(ALARM, {}, { 'Idempotency-Key': `random-cut-${person.survivorId}` });
        const first = send().then((r) => r);
        await sleep(Math.floor(Math.random() * 25));
        inject();
        await terminateBackends(owner, t.db);
        expectClean(await first, 202, t.logs);
        expectAppliedAnswer(await untilAnswered(send));
        expectAppliedAnswer(await untilAnswered(send));
        expect(await alarmsOf(owner, person.survivorId)).toBe(1);
        expect(await emailsTo(owner, person.caseworker.email)).toBe(1);
      }
    });
  });

  describe('the mail server down, then back', () => {
    let smtp: SmtpCapture;
    let t: TestApp;
    let owner: Client;
    let outbox: Outbox;

    beforeAll(async () => {
      smtp = await SmtpCapture.start();
      t = await createTestApp({ env: { SMTP_URL: smtp.url } });
      owner = await ownerSession(t.db);
      outbox = new Outbox(t.app);
    });
    afterAll(async () => {
      await owner.end();
      await t.close();
      await smtp.close().catch(() => undefined);
    });

    faultTest('queues the alarm email with the alarm while SMTP is down, and delivers it once it is back, once', async () => {
      const survivor = await signedInSurvivor(t.app);
      inject();
      await smtp.stop();
      await survivor.client.post(ALARM).then(status(202));
      const [queued] = await outbox.emailsTo(survivor.caseworker.email);
      expect(queued.subject).toBe('Someone you support asked for help');

      // The app's worker tried and failed: the row is kept as failed and its job waits for a retry.
      const failed = await waitFor(async () => ((await outbox.email(queued.id)).status === 'failed' ? outbox.email(queued.id) : undefined), 'the first attempt to fail');
      expect(failed).toMatchObject({ attempts: 1, sent_at: null });
      expect(failed.last_error).toMatch(/ECONNREFUSED|connect/i);
      await waitFor(async () => (await outbox.jobsFor(queued.id))[0]?.state === 'retry', 'the job to wait for its retry');
      expect(smtp.to(survivor.caseworker.email)).toEqual([]);

      await smtp.restart();
      await makeRetriesDue(owner, 'email.send');
      const delivered = await smtp.waitForMessageTo(survivor.caseworker.email);
      expect(delivered.parsed.messageId).toBe(`<${queued.id}@onward>`);
      await waitFor(async () => (await outbox.jobsFor(queued.id))[0]?.state === 'completed', 'the job to complete');
      expect(await outbox.email(queued.id)).toMatchObject({ status: 'sent', attempts: 2 });

      // Nothing left to send it again.
      await makeRetriesDue(owner, 'email.send');
      await sleep(1500);
      expect(smtp.to(survivor.caseworker.email)).toHaveLength(1);
      expect(await emailsTo(owner, survivor.caseworker.email)).toBe(1);
    });
  });

  describe('the search engine down, then back', () => {
    async function publishedJob(t: TestApp, title: string) {
      const factories = new Factories(t.app);
      const region = await factories.region();
      const employer = await factories.employer();
      const member = await factories.user({ role: 'employer', organisationId: employer.organisationId });
      const client = new HttpClient(t.app);
      await client.login(member.email, TEST_PASSWORD).then(status(200));
      const job = await factories.job({ employerId: employer.organisationId, regionCode: region.code, title });
      const published = await client.post(`/api/v1/jobs/${job.id}/publish`).then(status(200));
      expect(published.body.status).toBe('published');
      return job;
    }
    const syncJobs = (owner: Client, jobId: string) =>
      owner.query(`SELECT state FROM pgboss.job WHERE name = 'search.sync' AND data->>'id' = $1`, [jobId]).then((result) => result.rows as Array<{ state: string }>);

    describe('Meilisearch configured but answering 503', () => {
      let t: TestApp;
      let owner: Client;
      let deadEngine: HttpServer;

      beforeAll(async () => {
        // Accepts connections and answers every request with a 503, like a server that is starting.
        deadEngine = createHttpServer((_request, response) => response.writeHead(503).end('{"message":"unavailable"}'));
        await new Promise<void>((resolve) => deadEngine.listen(0, '127.0.0.1', resolve));
        t = await createTestApp({ env: { MEILISEARCH_URL: `http://127.0.0.1:${(deadEngine.address() as AddressInfo).port}`, LOGIN_RATE_LIMIT_PER_IP: '10000' } });
        owner = await ownerSession(t.db);
      });
      afterAll(async () => {
        await owner.end();
        await t.close();
        await new Promise((resolve) => deadEngine.close(resolve));
      });

      faultTest('answers search with 503 search_unavailable and a message a person understands', async () => {
        inject();
        const survivor = await signedInSurvivor(t.app);
        const response = await survivor.client.get('/api/v1/opportunities/search?q=cleaner').then(status(503));
        expect(response.body).toMatchObject({ code: 'search_unavailable', message: expect.stringMatching(/try again/i) });
        expect(response.headers['retry-after']).toBeDefined();
      });

      faultTest('still publishes a job, leaving its index update queued for a retry', async () => {
        inject();
        const job = await publishedJob(t, 'Line cook');
        const pending = await syncJobs(owner, job.id);
        expect(pending).toHaveLength(1);
        expect(['created', 'retry', 'active']).toContain(pending[0].state);
      });
    });

    describe("the embedded engine's index table gone, then back", () => {
      let t: TestApp;
      let owner: Client;

      beforeAll(async () => {
        t = await createTestApp({ env: { LOGIN_RATE_LIMIT_PER_IP: '10000' } });
        owner = await ownerSession(t.db);
      });
      afterAll(async () => {
        await owner.query(`ALTER TABLE IF EXISTS search_documents_away RENAME TO search_documents`);
        await owner.end();
        await t.close();
      });

      faultTest('keeps taking writes, and the index catches up once it is back, with the job in it once', async () => {
        const survivor = await signedInSurvivor(t.app);
        const search = () => survivor.client.get('/api/v1/opportunities/search?q=zucchini');

        inject();
        await owner.query(`ALTER TABLE search_documents RENAME TO search_documents_away`);
        const job = await publishedJob(t, 'Zucchini grower');
        await waitFor(async () => (await syncJobs(owner, job.id))[0]?.state === 'retry', 'the index update to fail and wait for a retry');
        const down = await search().then(status(503));
        expect(down.body.code).toBe('search_unavailable');

        await owner.query(`ALTER TABLE search_documents_away RENAME TO search_documents`);
        await makeRetriesDue(owner, 'search.sync');
        await waitFor(async () => (await syncJobs(owner, job.id))[0]?.state === 'completed', 'the index update to be retried');
        const found = await search().then(status(200));
        expect(found.body.hits.map((hit: { id: string }) => hit.id)).toEqual([job.id]);
        expect(await countRows(owner, `search_documents WHERE source_id = $1`, [job.id])).toBe(1);
      });
    });
  });

  describe('a worker killed mid-job', () => {
    let t: TestApp;
    let owner: Client;

    beforeAll(async () => {
      t = await createTestApp({ env: { LOGIN_RATE_LIMIT_PER_IP: '10000' } });
      owner = await ownerSession(t.db);
    });
    afterAll(async () => {
      await owner.end();
      await t.close();
    });

    faultTest("retries an employer's suspension fan-out cut half-way, and each survivor there gets one signal, one flag, one email", async () => {
      const factories = new Factories(t.app);
      const provider = (await factories.organisation({ kind: 'service_provider' })).id;
      const caseworkerUser = await factories.user({ role: 'caseworker', organisationId: provider });
      const caseworker = new HttpClient(t.app);
      await caseworker.login(caseworkerUser.email, TEST_PASSWORD).then(status(200));
      const region = await factories.region();
      const employerId = (await factories.employer()).organisationId;
      const survivors = [];
      for (let i = 0; i < 2; i++) {
        const survivor = await factories.survivor({ organisationId: provider, caseworkerId: caseworkerUser.id });
        await factories.placement({ survivorId: survivor.id, employerId, regionCode: region.code });
        survivors.push(survivor.id);
      }
      // The worker takes survivors in id order: the second one's lock stops it half-way.
      const [first, second] = survivors.sort();
      await holdAssessment(owner, second);

      await caseworker.post(`/api/v1/employers/${employerId}/suspension`, { reason: 'Wages withheld for two months' }).then(status(200));
      await waitingOnLocks(owner, t.db.name);
      const signals = (survivorId: string) => countRows(owner, `risk_signals WHERE survivor_id = $1 AND type = 'employer_suspended'`, [survivorId]);
      expect(await signals(first)).toBe(1);

      // The worker dies mid-job: its connection goes, and with it the open transaction.
      inject();
      expect(await terminateBackends(owner, t.db, { onlyWaitingOnLocks: true })).toBe(1);
      await releaseLocks(owner);
      const job = () => owner.query(`SELECT state FROM pgboss.job WHERE name = 'risk.employer-event' AND data->>'employerId' = $1`, [employerId]).then((r) => r.rows[0]?.state);
      await waitFor(async () => (await job()) === 'retry', 'the job to wait for a retry');
      expect(await signals(second)).toBe(0);

      await makeRetriesDue(owner, 'risk.employer-event');
      await waitFor(async () => (await job()) === 'completed', 'the retry to complete');
      for (const survivorId of survivors) {
        expect(await signals(survivorId)).toBe(1);
        expect(await countRows(owner, `flags WHERE survivor_id = $1`, [survivorId])).toBe(1);
      }
      expect(await emailsTo(owner, caseworkerUser.email)).toBe(2);
    });
  });

  describe('a stuck dependency', () => {
    let t: TestApp;
    let owner: Client;
    let blackHole: Server;
    const sockets = new Set<Socket>();

    beforeAll(async () => {
      // A search engine that takes connections and never answers.
      blackHole = createServer((socket) => sockets.add(socket));
      await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
      t = await createTestApp({
        env: {
          RUN_WORKERS: 'false',
          LOGIN_RATE_LIMIT_PER_IP: '10000',
          HTTP_REQUEST_TIMEOUT_MS: '1500',
          DATABASE_STATEMENT_TIMEOUT_MS: '500',
          MEILISEARCH_URL: `http://127.0.0.1:${(blackHole.address() as AddressInfo).port}`,
        },
      });
      owner = await ownerSession(t.db);
    });
    afterAll(async () => {
      await owner.end();
      await t.close();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => blackHole.close(resolve));
    });

    faultTest('a statement stuck on a lock is cancelled at DATABASE_STATEMENT_TIMEOUT_MS: 503 request_timeout, nothing half done, and a keyed retry runs once', async () => {
      const survivor = await signedInSurvivor(t.app);
      const send = () => survivor.client.post(ALARM, {}, { 'Idempotency-Key': 'stuck-1' });
      inject();
      await holdAssessment(owner, survivor.survivorId);
      const stuck = await send();
      expectClean(stuck, 202, t.logs);
      expect(stuck.status).toBe(503);
      expect(stuck.body.code).toBe('request_timeout');
      // Cancelled by PostgreSQL's statement_timeout, before the request's own timeout.
      expect(t.logs.some((line) => line.includes('Database statement timed out') && line.includes('57014'))).toBe(true);
      expect(await alarmsOf(owner, survivor.survivorId)).toBe(0);

      await releaseLocks(owner);
      await send().then(status(202));
      await send().then(status(202));
      expect(await alarmsOf(owner, survivor.survivorId)).toBe(1);
    });

    faultTest('a request stuck on a search engine that never answers ends at HTTP_REQUEST_TIMEOUT_MS with 503 request_timeout', async () => {
      const survivor = await signedInSurvivor(t.app);
      inject();
      const started = Date.now();
      const response = await survivor.client.get('/api/v1/opportunities/search?q=cook');
      const took = Date.now() - started;
      expect(response.status).toBe(503);
      expect(response.body).toEqual({ statusCode: 503, code: 'request_timeout', message: expect.any(String) });
      expect(took).toBeGreaterThanOrEqual(1400);
      expect(took).toBeLessThan(4000);
      // The rest of the API goes on answering.
      await survivor.client.get(ME).then(status(200));
    });
  });

  describe('SIGTERM with requests in flight', () => {
    faultTest(
      'finishes the requests in flight, refuses new connections, leaves no job active, and exits 0 within 30 s',
      async () => {
        const db = await createTestDatabase();
        const smtp = await SmtpCapture.start();
        const dataDir = mkdtempSync(join(tmpdir(), 'onward-sigterm-'));
        const env = {
          SESSION_SECRET: 'sigterm-test-session-secret-0123456789abcdef',
          ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
        };
        // The people, written by an app in this process on the same database; the process under test runs the workers.
        const setup = await createTestApp({ db, env: { ...env, RUN_WORKERS: 'false' } });
        const factories = new Factories(setup.app);
        const provider = (await factories.organisation({ kind: 'service_provider' })).id;
        const caseworker = await factories.user({ role: 'caseworker', organisationId: provider });
        const user = await factories.user({ role: 'survivor', organisationId: provider });
        await factories.survivor({ organisationId: provider, caseworkerId: caseworker.id, userId: user.id });
        await setup.close();

        const api = await startApiProcess({
          ...env,
          NODE_ENV: 'production',
          DATABASE_URL: db.url,
          DATABASE_APP_URL: db.appUrl,
          SMTP_URL: smtp.url,
          DATA_DIR: dataDir,
          PORTAL_DIR: join(dataDir, 'no-portal'),
          LOG_LEVEL: 'info',
        });
        const owner = await ownerSession(db);
        let recovery: TestApp | undefined;
        try {
          const survivor = new HttpClient(api.url);
          await survivor.login(user.email, TEST_PASSWORD).then(status(200));

          // A job running when the signal comes: an alarm's email, its delivery held by a slow mail server.
          smtp.holdDeliveries();
          await survivor.post(ALARM).then(status(202));
          await waitFor(() => smtp.heldDeliveries === 1, 'the email to be on its way');
          expect(await countRows(owner, `pgboss.job WHERE name = 'email.send' AND state = 'active'`, [])).toBe(1);

          // Requests in flight: both wait on the sessions table, locked by another session.
          await owner.query('BEGIN');
          await owner.query('LOCK TABLE sessions IN ACCESS EXCLUSIVE MODE');
          const read = survivor.get(ME).then((r) => r);
          const write = survivor.post(ALARM, {}, { 'Idempotency-Key': 'sigterm-1' }).then((r) => r);
          await waitingOnLocks(owner, db.name, 2);

          inject();
          const signalled = Date.now();
          api.child.kill('SIGTERM');
          await waitFor(() => refusesConnections(api.port), 'new connections to be refused');

          await sleep(500);
          await owner.query('COMMIT');
          expect((await read).status).toBe(200);
          expect((await write).status).toBe(202);
          await sleep(500);
          smtp.releaseDeliveries();

          const exit = await api.exited;
          const took = Date.now() - signalled;
          expect(exit).toEqual({ code: 0, signal: null });
          expect(took).toBeLessThan(30_000);
          expect(api.output.join('\n')).toMatch(/"msg":"Stopped"/);

          // The queue stopped cleanly: no job left active, the running email sent once.
          expect(await countRows(owner, `pgboss.job WHERE state = 'active'`, [])).toBe(0);
          expect(smtp.to(caseworker.email)).toHaveLength(1);
          expect(await countRows(owner, `outbound_emails WHERE to_address = $1 AND status = 'sent'`, [caseworker.email])).toBe(1);

          // Nothing lost: the email queued by the request in flight goes out with the next process, once.
          recovery = await createTestApp({ db, env: { ...env, SMTP_URL: smtp.url } });
          await waitFor(() => smtp.to(caseworker.email).length === 2, 'the second email after the restart');
          await sleep(1500);
          expect(smtp.to(caseworker.email)).toHaveLength(2);
          expect(await countRows(owner, `outbound_emails WHERE to_address = $1`, [caseworker.email])).toBe(2);
        } finally {
          if (api.child.exitCode === null) api.child.kill('SIGKILL');
          await owner.query('ROLLBACK').catch(() => undefined);
          await owner.end();
          await recovery?.close();
          await smtp.close();
          await db.drop();
        }
      },
      120_000,
    );
  });
});
