import { createTestApp, Factories, HttpClient, makeRetriesDue, Outbox, ownerSession, sleep, SmtpCapture, status, TEST_PASSWORD, TestApp, waitFor } from '@onward/api/testing';
import { Role } from '@onward/shared';
import { randomBytes, randomUUID } from 'node:crypto';
import { AddressInfo, createServer, Server, Socket } from 'node:net';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

const API = '/api/v1/operations';
const ROUTES = [`${API}/status`, `${API}/dead-letters`, `${API}/organisations`, `${API}/users`];
const SCHEDULED = ['check-ins.scan', 'flags.escalate', 'risk.no-placement', 'idempotency.purge'];

const unique = () => randomBytes(4).toString('hex');
interface DeadLetter {
  id: string;
  queue: string;
  createdAt: string | null;
  diedAt: string;
  attempts: number;
  error: string | null;
}

/**
 * The admin page's API: the system's status (a component that does not answer is shown down,
 * quickly), dead letters (listed without payloads, with errors redacted; a retry sends the job
 * again once, however often it is clicked), organisations and accounts (survivors' without
 * email or name). Admins only.
 */
describe('Operations (the admin page)', () => {
  describe('with every component up, and a mail server that goes down and comes back', () => {
    let smtp: SmtpCapture;
    let t: TestApp;
    let owner: Client;
    let db: DataSource;
    let outbox: Outbox;
    let factories: Factories;
    let admin: HttpClient;
    let adminOrganisationId: string;

    beforeAll(async () => {
      smtp = await SmtpCapture.start();
      t = await createTestApp({ env: { SMTP_URL: smtp.url, LOGIN_RATE_LIMIT_PER_IP: '10000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '10000' } });
      owner = await ownerSession(t.db);
      db = t.app.get(DataSource);
      outbox = new Outbox(t.app);
      factories = new Factories(t.app);
      const user = await factories.user({ role: 'admin' });
      adminOrganisationId = user.organisationId;
      admin = new HttpClient(t.app);
      await admin.login(user.email, TEST_PASSWORD).then(status(200));
    });
    afterAll(async () => {
      await owner.end();
      await t.close();
      await smtp.close().catch(() => undefined);
    });

    async function signIn(role: Role, overrides: { organisationId?: string; email?: string; displayName?: string } = {}): Promise<{ client: HttpClient; id: string }> {
      const user = await factories.user({ role, ...overrides });
      const client = new HttpClient(t.app);
      await client.login(user.email, TEST_PASSWORD).then(status(200));
      return { client, id: user.id };
    }

    /** A dead letter put straight into a dead-letter queue, as pg-boss would after the last failure. */
    async function plantDeadLetter(queue: string, data: object, output: object): Promise<string> {
      const [row] = await db.query(`INSERT INTO pgboss.job (name, data, output, retry_limit) VALUES ($1, $2, $3, 10) RETURNING id`, [`${queue}.dead`, data, output]);
      return row.id;
    }

    const deadLetters = async (query = ''): Promise<{ items: DeadLetter[]; total: number }> => (await admin.get(`${API}/dead-letters${query}`).then(status(200))).body;

    it('answers the status of every component, with counts only', async () => {
      const response = await admin.get(`${API}/status`).then(status(200));
      const body = response.body;
      expect(body).toMatchObject({
        status: 'ok',
        checkedAt: t.clock.now().toISOString(),
        database: { status: 'up', engine: 'postgresql', version: expect.stringMatching(/^\d+(\.\d+)?/) },
        search: { status: 'up', engine: 'embedded', documents: expect.any(Number) },
        mail: { status: 'up', engine: 'smtp' },
        queue: { status: 'up', engine: 'pg-boss' },
        followUps: { status: 'up' },
      });
      expect(body.queue.queues.map((queue: { name: string }) => queue.name)).toEqual(
        expect.arrayContaining(['email.send', 'search.sync', 'check-ins.scan', 'flags.escalate', 'risk.employer-event', 'risk.no-placement', 'idempotency.purge']),
      );
      for (const queue of body.queue.queues) expect(queue).toEqual({ name: queue.name, waiting: expect.any(Number), active: expect.any(Number), failed: expect.any(Number), deadLetters: expect.any(Number) });
      expect(body.queue.schedules.map((schedule: { name: string }) => schedule.name).sort()).toEqual([...SCHEDULED].sort());
      expect(body.queue.schedules.find((schedule: { name: string }) => schedule.name === 'check-ins.scan')).toMatchObject({ cron: '*/10 * * * *' });
      expect(body.followUps.levels.map((level: { level: string }) => level.level)).toEqual(['low', 'medium', 'high', 'critical']);

      // A survivor's alarm is counted, and nothing of the survivor shows.
      const providerId = (await factories.organisation({ kind: 'service_provider' })).id;
      const caseworker = await factories.user({ role: 'caseworker', organisationId: providerId });
      const survivor = await signIn('survivor', { organisationId: providerId });
      const profile = await factories.survivor({ organisationId: providerId, caseworkerId: caseworker.id, userId: survivor.id, pseudonym: `Status Person ${unique()}` });
      const critical = (answer: { followUps: { levels: Array<{ level: string; open: number }> } }) => answer.followUps.levels.find((level) => level.level === 'critical')!.open;
      await survivor.client.post('/api/v1/survivors/me/alarm', {}).then(status(202));
      await smtp.waitForMessageTo(caseworker.email);
      const after = await admin.get(`${API}/status`).then(status(200));
      expect(critical(after.body)).toBe(critical(body) + 1);
      expect(after.text).not.toContain(profile.pseudonym);
      expect(after.text).not.toContain(profile.id);
    });

    it('records the last run of a scheduled job', async () => {
      // pg-boss's scheduler sends these on its own clock; run one now, as its slot would.
      await db.query(`INSERT INTO pgboss.job (name, data) VALUES ('idempotency.purge', '{}')`);
      const run = await waitFor(async () => {
        const answer = (await admin.get(`${API}/status`).then(status(200))).body;
        const purge = answer.queue.schedules.find((schedule: { name: string }) => schedule.name === 'idempotency.purge');
        return purge.lastState === 'completed' ? purge : undefined;
      }, 'the purge to run');
      expect(run).toEqual({ name: 'idempotency.purge', cron: '41 * * * *', lastState: 'completed', lastStartedAt: expect.any(String), lastFinishedAt: expect.any(String) });
      expect(Date.parse(run.lastFinishedAt)).toBeGreaterThanOrEqual(Date.parse(run.lastStartedAt));
    });

    it('shows the mail server down while it is, and an email that failed every attempt as a dead letter; a retry sends it once, however often it is clicked', async () => {
      const email = `dead-letter-${unique()}@example.org`;
      // Earlier emails sent first: only this one may fail while the server is down.
      await waitFor(async () => (await owner.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'email.send' AND state < 'completed'`)).rows[0].n === 0, 'earlier emails to be sent');
      await smtp.stop();
      await admin.post('/api/v1/invitations', { email, role: 'caseworker', organisationId: adminOrganisationId }).then(status(201));
      const [row] = await outbox.emailsTo(email);

      const down = await admin.get(`${API}/status`).then(status(200));
      expect(down.body).toMatchObject({ status: 'degraded', mail: { status: 'down', engine: 'smtp' }, database: { status: 'up' }, search: { status: 'up' } });

      // Every attempt fails (9: the first and 8 retries); each retry is made due at once instead of after its backoff.
      let attempts = 0;
      for (;;) {
        const job = await waitFor(async () => {
          const [current] = await outbox.jobsFor(row.id);
          return current && (current.state === 'failed' || (current.state === 'retry' && current.retry_count === attempts)) ? current : undefined;
        }, `attempt ${attempts + 1} to fail`);
        attempts++;
        if (job.state === 'failed') break;
        await makeRetriesDue(owner, 'email.send');
      }
      expect(attempts).toBe(9);
      expect(await outbox.email(row.id)).toMatchObject({ status: 'failed', sent_at: null });
      const [{ id: deadId }] = (await owner.query(`SELECT id FROM pgboss.job WHERE name = 'email.send.dead' AND data->>'emailId' = $1`, [row.id])).rows;

      const queueAnswer = (await admin.get(`${API}/status`).then(status(200))).body;
      expect(queueAnswer.queue.queues.find((queue: { name: string }) => queue.name === 'email.send')).toMatchObject({ deadLetters: 1, failed: 1, waiting: 0 });

      const listed = await admin.get(`${API}/dead-letters`).then(status(200));
      const letter = (listed.body.items as DeadLetter[]).find((item) => item.id === deadId);
      expect(letter).toEqual({
        id: deadId,
        queue: 'email.send',
        createdAt: expect.any(String),
        diedAt: expect.any(String),
        attempts: 9,
        error: 'Delivery of email [id] failed; the reason is in outbound_emails.last_error',
      });
      expect(Date.parse(letter!.diedAt)).toBeGreaterThan(Date.parse(letter!.createdAt!));
      // No payload, no address, not even the outbox row's id.
      expect(listed.text).not.toContain(row.id);
      expect(listed.text).not.toContain(email);
      expect(listed.text).not.toMatch(/emailId|"data"|payload/);
      expect((await deadLetters('?queue=email.send')).items.map((item) => item.id)).toEqual([deadId]);
      expect((await deadLetters('?queue=search.sync')).items.map((item) => item.id)).not.toContain(deadId);

      // Back up: the admin clicks Retry twice at once. One job is sent, the other click is told there is nothing to retry.
      await smtp.restart();
      const url = `${API}/dead-letters/${deadId}/retry`;
      await admin.csrf();
      const clicks = await Promise.all([admin.post(url, {}), admin.post(url)]);
      expect(clicks.map((click) => click.status).sort()).toEqual([200, 404]);
      expect(clicks.find((click) => click.status === 200)!.body).toEqual({ id: deadId, queue: 'email.send', retriedAt: expect.any(String) });
      expect(clicks.find((click) => click.status === 404)!.body).toMatchObject({ code: 'not_found' });

      const delivered = await smtp.waitForMessageTo(email);
      expect(delivered.parsed.messageId).toBe(`<${row.id}@onward>`);
      await waitFor(async () => (await outbox.email(row.id)).status === 'sent', 'the email to be marked sent');
      await admin.post(url, {}).then(status(404));

      // Nothing left to send it again: the letter is gone, and only the new job ran.
      await makeRetriesDue(owner, 'email.send');
      await sleep(1500);
      expect(smtp.to(email)).toHaveLength(1);
      expect((await outbox.jobsFor(row.id)).map((job) => job.state).sort()).toEqual(['completed', 'failed']);
      expect((await deadLetters()).items.map((item) => item.id)).not.toContain(deadId);

      // Audited: the retry itself, and each click at the request level (one done, two refused).
      const audit = await db.query(`SELECT action, outcome FROM audit_events WHERE subject_id = $1 ORDER BY action, outcome`, [deadId]);
      expect(audit).toEqual([
        { action: 'POST /operations/dead-letters/:id/retry', outcome: 'refused' },
        { action: 'POST /operations/dead-letters/:id/retry', outcome: 'refused' },
        { action: 'POST /operations/dead-letters/:id/retry', outcome: 'success' },
        { action: 'queue.dead_letter_retry', outcome: 'success' },
      ]);
    }, 120_000);

    it("redacts addresses, tokens and ids from a dead letter's error, and sends its original payload back to its own queue", async () => {
      const indexedJobId = randomUUID();
      const token = randomBytes(32).toString('base64url');
      const deadId = await plantDeadLetter('search.sync', { kind: 'job', id: indexedJobId }, { message: `Index refused job ${indexedJobId} for pat.person@example.org, key ${token}\n    at Engine.upsert (engine.ts:42:7)` });

      const listed = await admin.get(`${API}/dead-letters?queue=search.sync`).then(status(200));
      expect(listed.body.items.find((item: DeadLetter) => item.id === deadId)).toEqual({
        id: deadId,
        queue: 'search.sync',
        createdAt: null,
        diedAt: expect.any(String),
        attempts: 11,
        error: 'Index refused job [id] for [email], key [token]',
      });
      for (const secret of [indexedJobId, 'pat.person', token, 'engine.ts']) expect(listed.text).not.toContain(secret);

      await admin.post(`${API}/dead-letters/${deadId}/retry`).then(status(200));
      const sent = await db.query(`SELECT data FROM pgboss.job WHERE name = 'search.sync' AND data->>'id' = $1`, [indexedJobId]);
      expect(sent).toEqual([{ data: { kind: 'job', id: indexedJobId } }]);
      await admin.post(`${API}/dead-letters/${deadId}/retry`).then(status(404));
      expect(await db.query(`SELECT data FROM pgboss.job WHERE name = 'search.sync' AND data->>'id' = $1`, [indexedJobId])).toHaveLength(1);
    });

    it('refuses a retry of anything that is not a dead letter, and bad filters, with a 4xx', async () => {
      const waiting = (await db.query(`INSERT INTO pgboss.job (name, data, start_after) VALUES ('search.sync', $1, now() + interval '1 day') RETURNING id`, [{ kind: 'job', id: randomUUID() }]))[0].id;
      await admin.post(`${API}/dead-letters/${waiting}/retry`).then(status(404));
      await admin.post(`${API}/dead-letters/${randomUUID()}/retry`).then(status(404));
      await admin.post(`${API}/dead-letters/not-a-uuid/retry`).then(status(400));
      await admin.post(`${API}/dead-letters/${randomUUID()}/retry`, { queue: 'email.send' }).then(status(400));
      for (const query of ['limit=101', 'limit=0', 'offset=-1', 'queue=email.send.dead', 'queue=nope', 'payload=true']) await admin.get(`${API}/dead-letters?${query}`).then(status(400));
      for (const query of ['kind=person', 'limit=500', `q=${'x'.repeat(101)}`, 'sort=name']) await admin.get(`${API}/organisations?${query}`).then(status(400));
      for (const query of ['organisationId=not-a-uuid', 'role=boss', 'status=gone', 'email=a@example.org', 'limit=101']) await admin.get(`${API}/users?${query}`).then(status(400));
    });

    it("lists organisations with their vetting and accounts by role, and accounts without a survivor's email or name", async () => {
      const mark = unique();
      const providerId = (await factories.organisation({ kind: 'service_provider', name: `Harbour ${mark}` })).id;
      const caseworker = await signIn('caseworker', { organisationId: providerId, displayName: `Casey ${mark}`, email: `casey-${mark}@example.org` });
      const survivorEmail = `hidden-${mark}@example.org`;
      const survivor = await signIn('survivor', { organisationId: providerId, displayName: `Hidden Name ${mark}`, email: survivorEmail });
      const profile = await factories.survivor({ organisationId: providerId, userId: survivor.id, caseworkerId: caseworker.id, pseudonym: `Pseudonym ${mark}` });
      const employer = await factories.employer({ name: `Bakery ${mark}`, status: 'pending' });
      await factories.user({ role: 'employer', organisationId: employer.organisationId });

      const providers = await admin.get(`${API}/organisations?q=harbour%20${mark}`).then(status(200));
      expect(providers.body).toMatchObject({ total: 1, limit: 50, offset: 0 });
      expect(providers.body.items).toEqual([
        { id: providerId, name: `Harbour ${mark}`, kind: 'service_provider', createdAt: expect.any(String), vetting: null, users: { survivor: 1, employer: 0, caseworker: 1, admin: 0, disabled: 0 } },
      ]);
      const employers = await admin.get(`${API}/organisations?kind=employer&q=${mark}`).then(status(200));
      expect(employers.body.items).toEqual([
        { id: employer.organisationId, name: `Bakery ${mark}`, kind: 'employer', createdAt: expect.any(String), vetting: { status: 'pending', vettedUntil: null }, users: { survivor: 0, employer: 1, caseworker: 0, admin: 0, disabled: 0 } },
      ]);
      // "%" and "_" are letters to look for, not patterns.
      expect((await admin.get(`${API}/organisations?q=%25`).then(status(200))).body.total).toBe(0);

      const users = await admin.get(`${API}/users?organisationId=${providerId}`).then(status(200));
      expect(users.body.total).toBe(2);
      const organisation = { id: providerId, name: `Harbour ${mark}`, kind: 'service_provider' };
      expect(users.body.items).toEqual(
        expect.arrayContaining([
          {
            id: caseworker.id,
            role: 'caseworker',
            organisation,
            email: `casey-${mark}@example.org`,
            displayName: `Casey ${mark}`,
            identityHidden: false,
            isSupervisor: false,
            disabledAt: null,
            createdAt: expect.any(String),
            lastSignInAt: expect.any(String),
            activeSessions: 1,
          },
          {
            id: survivor.id,
            role: 'survivor',
            organisation,
            email: null,
            displayName: null,
            identityHidden: true,
            isSupervisor: false,
            disabledAt: null,
            createdAt: expect.any(String),
            lastSignInAt: expect.any(String),
            activeSessions: 1,
          },
        ]),
      );
      for (const secret of [survivorEmail, `hidden-${mark}`, `Hidden Name ${mark}`, `Pseudonym ${mark}`, profile.id]) expect(users.text).not.toContain(secret);
      const everyone = await admin.get(`${API}/users?limit=100`).then(status(200));
      for (const secret of [survivorEmail, `Hidden Name ${mark}`, `Pseudonym ${mark}`]) expect(everyone.text).not.toContain(secret);
      expect(await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'user.list' AND subject_id = $1`, [providerId])).toEqual([{ n: 1 }]);

      // A lost phone: the admin ends the survivor's sessions, then disables the account, by its id alone.
      const survivors = (query = '') => admin.get(`${API}/users?organisationId=${providerId}&role=survivor${query}`).then(status(200));
      await admin.post(`/api/v1/users/${survivor.id}/sessions/revoke`, {}).then(status(200));
      expect((await survivors()).body.items).toEqual([expect.objectContaining({ id: survivor.id, activeSessions: 0, disabledAt: null })]);
      await survivor.client.get('/api/v1/auth/me').then(status(401));
      await admin.post(`/api/v1/users/${survivor.id}/disable`, {}).then(status(200));
      expect((await survivors('&status=active')).body.items).toEqual([]);
      expect((await survivors('&status=disabled')).body.items).toEqual([expect.objectContaining({ id: survivor.id, disabledAt: expect.any(String) })]);
      expect((await admin.get(`${API}/organisations?q=harbour%20${mark}`).then(status(200))).body.items[0].users.disabled).toBe(1);

      await admin.put(`/api/v1/users/${caseworker.id}/supervisor`, { supervisor: true }).then(status(200));
      expect((await admin.get(`${API}/users?organisationId=${providerId}&role=caseworker`).then(status(200))).body.items).toEqual([expect.objectContaining({ id: caseworker.id, isSupervisor: true })]);
    });

    it('refuses everyone but admins, and changes nothing for them', async () => {
      const deadId = await plantDeadLetter('email.send', { emailId: randomUUID() }, { message: 'refused' });
      const callers: Array<[string, HttpClient, number]> = [['nobody', new HttpClient(t.app), 401]];
      for (const role of ['caseworker', 'survivor', 'employer'] as const) callers.push([role, (await signIn(role)).client, 403]);
      for (const [who, client, refused] of callers) {
        for (const route of ROUTES) expect([who, route, (await client.get(route)).status]).toEqual([who, route, refused]);
        const retry = await client.post(`${API}/dead-letters/${deadId}/retry`, {});
        expect([who, retry.status]).toEqual([who, refused]);
        expect(JSON.stringify(retry.body)).not.toContain('refused');
      }
      expect((await deadLetters()).items.map((item) => item.id)).toContain(deadId);
    });
  });

  describe('with the search engine and the mail server taking connections and never answering', () => {
    let t: TestApp;
    let blackHole: Server;
    const sockets = new Set<Socket>();

    beforeAll(async () => {
      blackHole = createServer((socket) => sockets.add(socket));
      await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
      const port = (blackHole.address() as AddressInfo).port;
      t = await createTestApp({ env: { RUN_WORKERS: 'false', MEILISEARCH_URL: `http://127.0.0.1:${port}`, SMTP_URL: `smtp://127.0.0.1:${port}` } });
    });
    afterAll(async () => {
      await t.close();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => blackHole.close(resolve));
    });

    it('shows them down within a few seconds, and the rest up', async () => {
      const user = await new Factories(t.app).user({ role: 'admin' });
      const admin = new HttpClient(t.app);
      await admin.login(user.email, TEST_PASSWORD).then(status(200));
      const started = Date.now();
      const response = await admin.get(`${API}/status`).then(status(200));
      const took = Date.now() - started;
      expect(response.body).toMatchObject({
        status: 'degraded',
        database: { status: 'up' },
        search: { status: 'down', engine: 'meilisearch', documents: null },
        mail: { status: 'down', engine: 'smtp' },
        queue: { status: 'up' },
        followUps: { status: 'up' },
      });
      // The probes' timeout (2 s), not the engine's own (5 s) or SMTP's (30 s).
      expect(took).toBeGreaterThanOrEqual(1900);
      expect(took).toBeLessThan(4500);
    });
  });
});
