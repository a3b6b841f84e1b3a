import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/security/request-context';
import { TransactionRunner, withCommitStep } from '../../database/transaction-runner';
import { createTestApp, Factories, HttpClient, signedInSurvivor, status, TEST_PASSWORD, TestApp, waitFor } from '../../testing';
import { RiskService } from '../risk/risk.service';
import { requestFingerprint } from './idempotency-key';
import { IdempotencyService } from './idempotency.service';

const ALARM = '/api/v1/survivors/me/alarm';
const HOUR = 3_600_000;

/**
 * Idempotency-Key through the real pipeline, on the survivor's alarm (every press is a signal, so
 * a duplicate would show), with each way an attempt can end half-way played out on purpose.
 */
describe('Idempotency-Key', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: Client;
  let factories: Factories;
  let idempotency: IdempotencyService;
  let survivor: HttpClient;
  let survivorUser: { id: string; email: string; organisationId: string; displayName: string };
  let survivorId: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { RUN_WORKERS: 'false', LOGIN_RATE_LIMIT_PER_IP: '10000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '10000' } });
    db = t.app.get(DataSource);
    idempotency = t.app.get(IdempotencyService);
    factories = new Factories(t.app);
    // A separate session, as another process would be: it holds locks and ends backends.
    owner = new Client({ connectionString: t.db.url });
    await owner.connect();
    ({ client: survivor, user: survivorUser, survivorId } = await signedInSurvivor(t.app));
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  const alarm = (key?: string, body: object = {}, client = survivor) => client.post(ALARM, body, key === undefined ? {} : { 'Idempotency-Key': key });
  const alarms = async (id = survivorId): Promise<number> =>
    (await db.query(`SELECT count(*)::int AS n FROM risk_signals WHERE survivor_id = $1 AND type = 'alarm'`, [id]))[0].n;
  const keyRow = async (key: string) => (await db.query(`SELECT state, response_status, response_body FROM idempotency_keys WHERE user_id = $1 AND key = $2`, [survivorUser.id, key]))[0];

  /** Holds the survivor's assessment lock, so an alarm waits inside its transaction until released. */
  async function holdAssessment(): Promise<() => Promise<void>> {
    await owner.query(`SELECT pg_advisory_lock(hashtextextended($1, 7))`, [survivorId]);
    return async () => {
      await owner.query(`SELECT pg_advisory_unlock_all()`);
    };
  }
  const blockedAlarmBackend = () =>
    waitFor(async () => {
      const rows: Array<{ pid: number }> = (
        await owner.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock' AND query LIKE '%pg_advisory_xact_lock%'`, [t.db.name])
      ).rows;
      return rows[0]?.pid;
    }, 'the alarm to wait on the assessment lock');

  it('carries out a keyed POST once: a retry gets the first answer, marked replayed, and changes nothing', async () => {
    const before = await alarms();
    const first = await alarm('alarm-1').then(status(202));
    expect(first.body).toEqual({ received: true });
    expect(first.headers['idempotent-replayed']).toBeUndefined();

    const retry = await alarm('alarm-1').then(status(202));
    expect(retry.body).toEqual({ received: true });
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await alarms()).toBe(before + 1);

    // Without a key, every press counts: the key is what made the difference.
    await alarm().then(status(202));
    await alarm().then(status(202));
    expect(await alarms()).toBe(before + 3);
  });

  it('keeps the answer sealed, not in the clear', async () => {
    const row = await keyRow('alarm-1');
    expect(row).toMatchObject({ state: 'completed', response_status: 202 });
    expect(row.response_body).toMatch(/^v1\./);
    expect(row.response_body).not.toContain('received');
  });

  it("keeps each user's keys apart", async () => {
    const other = await signedInSurvivor(t.app);
    await alarm('alarm-1', {}, other.client).then(status(202)).then((response) => expect(response.headers['idempotent-replayed']).toBeUndefined());
    expect(await alarms(other.survivorId)).toBe(1);
  });

  it('refuses the same key with another request: 422 idempotency_key_reused, and does nothing', async () => {
    await alarm('alarm-2').then(status(202));
    const before = await alarms();
    const otherBody = await alarm('alarm-2', { note: 'x' }).then(status(422));
    expect(otherBody.body).toMatchObject({ code: 'idempotency_key_reused' });
    const otherRoute = await survivor.post('/api/v1/check-ins/9f1c1f1e-4b7a-4c39-9d7e-3a0f5d8e2b11/answers', {}, { 'Idempotency-Key': 'alarm-2' }).then(status(422));
    expect(otherRoute.body).toMatchObject({ code: 'idempotency_key_reused' });
    expect(await alarms()).toBe(before);
  });

  it('refuses a malformed key with 400 idempotency_key_invalid, and does nothing', async () => {
    const before = await alarms();
    for (const key of ['k'.repeat(129), 'tab\there']) {
      const response = await alarm(key).then(status(400));
      expect(response.body).toMatchObject({ code: 'idempotency_key_invalid' });
    }
    expect(await alarms()).toBe(before);
  });

  it('replays a refusal as it was first given', async () => {
    const caseworker = await factories.user({ role: 'caseworker' });
    const client = new HttpClient(t.app);
    await client.login(caseworker.email, TEST_PASSWORD).then(status(200));
    const body = { email: 'not-an-email', role: 'survivor' };
    const first = await client.post('/api/v1/invitations', body, { 'Idempotency-Key': 'invite-1' }).then(status(400));
    const retry = await client.post('/api/v1/invitations', body, { 'Idempotency-Key': 'invite-1' }).then(status(400));
    expect(retry.body).toEqual(first.body);
    expect(retry.body).toMatchObject({ code: 'validation_failed', fields: { email: expect.any(Array) } });
    expect(retry.headers['idempotent-replayed']).toBe('true');
  });

  it('answers 409 idempotency_in_progress while the first is still running, then gives its answer', async () => {
    const before = await alarms();
    const release = await holdAssessment();
    const first = alarm('alarm-3');
    const firstDone = first.then((response) => response);
    await blockedAlarmBackend();

    const meanwhile = await alarm('alarm-3').then(status(409));
    expect(meanwhile.body).toMatchObject({ code: 'idempotency_in_progress' });
    expect(Number(meanwhile.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(meanwhile.headers['retry-after'])).toBeLessThanOrEqual(t.config.http.requestTimeoutMs / 1000);

    await release();
    expect((await firstDone).status).toBe(202);
    await alarm('alarm-3').then(status(202)).then((response) => expect(response.headers['idempotent-replayed']).toBe('true'));
    expect(await alarms()).toBe(before + 1);
  });

  it('lets the key go when the connection dies before the effect commits: 503, then the retry runs once', async () => {
    const before = await alarms();
    const release = await holdAssessment();
    const first = alarm('alarm-4').then((response) => response);
    await owner.query(`SELECT pg_terminate_backend($1)`, [await blockedAlarmBackend()]);
    const failed = await first;
    await release();

    expect(failed.status).toBe(503);
    expect(failed.body).toEqual({ statusCode: 503, code: 'database_unavailable', message: expect.any(String) });
    expect(failed.headers['retry-after']).toBeDefined();
    expect(await keyRow('alarm-4')).toBeUndefined();
    expect(await alarms()).toBe(before);

    const retry = await alarm('alarm-4').then(status(202));
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect(await alarms()).toBe(before + 1);
  });

  it("takes over a dead attempt's key once its lease runs out; the dead attempt can no longer commit", async () => {
    const before = await alarms();
    // An attempt took the key and its process died: nothing else happens to it.
    const start = await idempotency.start(survivorUser.id, 'alarm-5', requestFingerprint('POST', ALARM, {}));
    if (!('run' in start)) throw new Error('expected to run');

    await alarm('alarm-5').then(status(409)).then((response) => expect(response.body.code).toBe('idempotency_in_progress'));
    t.clock.advance(t.config.http.requestTimeoutMs + 1000);
    await alarm('alarm-5').then(status(202)).then((response) => expect(response.headers['idempotent-replayed']).toBeUndefined());
    expect(await alarms()).toBe(before + 1);

    // Had the first attempt been only slow, its effect now fails to commit, and rolls back.
    const stale = withCommitStep(
      (manager) => idempotency.markApplied(manager, start.run),
      () => t.app.get(TransactionRunner).run((manager) => manager.query(`UPDATE users SET display_name = 'changed by a stale attempt' WHERE id = $1`, [survivorUser.id])),
    );
    await expect(stale).rejects.toMatchObject({ code: 'idempotency_in_progress' });
    expect((await db.query(`SELECT display_name FROM users WHERE id = $1`, [survivorUser.id]))[0].display_name).toBe(survivorUser.displayName);
  });

  it('never runs a request again whose effect committed but whose answer was lost', async () => {
    const before = await alarms();
    const start = await idempotency.start(survivorUser.id, 'alarm-6', requestFingerprint('POST', ALARM, {}));
    if (!('run' in start)) throw new Error('expected to run');
    // The handler's transaction commits (the key marked applied in it), then the process dies.
    const actor: Actor = { id: survivorUser.id, email: survivorUser.email, displayName: survivorUser.displayName, role: 'survivor', organisationId: survivorUser.organisationId, sessionId: 'gone' };
    await withCommitStep((manager) => idempotency.markApplied(manager, start.run), () => t.app.get(RiskService).alarm(actor));
    expect(await keyRow('alarm-6')).toMatchObject({ state: 'applied', response_body: null });

    await alarm('alarm-6').then(status(409)).then((response) => expect(response.body.code).toBe('idempotency_in_progress'));
    t.clock.advance(t.config.http.requestTimeoutMs + 1000);
    const retry = await alarm('alarm-6').then(status(409));
    expect(retry.body).toMatchObject({ code: 'idempotency_already_applied' });
    expect(await alarms()).toBe(before + 1);
  });

  it('forgets keys after 24 hours: the purge deletes them and the key is new again', async () => {
    await alarm('alarm-7').then(status(202));
    const before = await alarms();
    t.clock.advance(24 * HOUR + 60_000);
    await survivor.login(survivorUser.email, TEST_PASSWORD).then(status(200));

    expect(await idempotency.purgeExpired()).toBeGreaterThanOrEqual(1);
    expect(await keyRow('alarm-1')).toBeUndefined();
    expect(await keyRow('alarm-7')).toBeUndefined();
    await alarm('alarm-7').then(status(202)).then((response) => expect(response.headers['idempotent-replayed']).toBeUndefined());
    expect(await alarms()).toBe(before + 1);
  });
});
