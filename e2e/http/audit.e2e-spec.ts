import { createTestApp, Factories, HttpClient, status, TEST_PASSWORD, TestApp } from '@onward/api/testing';
import { Role } from '@onward/shared';
import { DataSource } from 'typeorm';

interface AuditRow {
  action: string;
  outcome: string;
  actor_user_id: string | null;
  actor_role: string | null;
  organisation_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  client_address: string | null;
  occurred_at: Date;
}

/**
 * The audit trail: logins, failed logins, reads of a survivor's record, every change, every
 * refused request and permission changes are recorded (who, role, organisation, action,
 * subject, outcome, time, client address); admins search it; a survivor sees who viewed them.
 */
describe('Audit trail', () => {
  let t: TestApp;
  let factories: Factories;
  let db: DataSource;
  let providerId: string;
  let admin: HttpClient;
  let adminId: string;
  let caseworker: HttpClient;
  let caseworkerId: string;
  let survivor: HttpClient;
  let survivorProfileId: string;
  let employer: HttpClient;
  let employerUserId: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { RUN_WORKERS: 'false', LOGIN_RATE_LIMIT_PER_IP: '10000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '10000' } });
    factories = new Factories(t.app);
    db = t.app.get(DataSource);
    providerId = (await factories.organisation({ kind: 'service_provider' })).id;
    ({ client: admin, id: adminId } = await signIn('admin', providerId));
    ({ client: caseworker, id: caseworkerId } = await signIn('caseworker', providerId));
    const signedIn = await signIn('survivor', providerId);
    survivor = signedIn.client;
    survivorProfileId = (await factories.survivor({ organisationId: providerId, caseworkerId, userId: signedIn.id })).id;
    ({ client: employer, id: employerUserId } = await signIn('employer', (await factories.employer()).organisationId));
  });
  afterAll(() => t.close());

  async function signIn(role: Role, organisationId?: string): Promise<{ client: HttpClient; id: string; email: string }> {
    const user = await factories.user({ role, organisationId });
    const client = new HttpClient(t.app);
    await client.login(user.email, TEST_PASSWORD).then(status(200));
    return { client, id: user.id, email: user.email };
  }

  /** The clock stands still in tests, so rows are sorted by what they say, not by when. */
  const rows = (where: string, params: unknown[]): Promise<AuditRow[]> => db.query(`SELECT * FROM audit_events WHERE ${where} ORDER BY action, outcome, actor_role NULLS FIRST`, params);

  /** The request-level line is written once the answer has gone: wait for it a moment. */
  async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const value = await read();
      if (done(value) || attempt === 50) return value;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('records a sign-in, a failed sign-in and a sign-out, with the client address the server saw (a forwarded header is not believed)', async () => {
    const user = await factories.user({ role: 'caseworker', organisationId: providerId });
    const client = new HttpClient(t.app);
    await client.login(user.email, 'not-the-password').then(status(401));
    await client.agent.post('/api/v1/auth/login').set('X-CSRF-Token', await client.csrf()).set('X-Forwarded-For', '203.0.113.9').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    await client.post('/api/v1/auth/logout').then(status(204));

    const logins = await rows(`subject_id = $1 AND action = 'auth.login'`, [user.id]);
    expect(logins.map((row) => row.outcome)).toEqual(['failure', 'success']);
    expect(logins[1]).toMatchObject({ actor_user_id: user.id, actor_role: 'caseworker', organisation_id: providerId });
    for (const row of logins) expect(row.client_address).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
    expect((await eventually(() => rows(`action = 'POST /auth/logout' AND outcome = 'success'`, []), (found) => found.length > 0)).length).toBe(1);
  });

  it("records a caseworker's read of a survivor's record, which the survivor then sees as a view; their own reads are not listed", async () => {
    await caseworker.get(`/api/v1/survivors/${survivorProfileId}`).then(status(200));
    await survivor.get('/api/v1/survivors/me').then(status(200));
    const reads = await rows(`subject_type = 'survivor' AND subject_id = $1 AND action = 'survivor.view'`, [survivorProfileId]);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actor_user_id: caseworkerId, actor_role: 'caseworker', organisation_id: providerId, outcome: 'success' });
    const log = (await survivor.get('/api/v1/survivors/me/access-log').then(status(200))).body;
    expect(log.map((entry: { actorRole: string }) => entry.actorRole)).toContain('caseworker');
    expect(log.map((entry: { actorRole: string }) => entry.actorRole)).not.toContain('survivor');
  });

  it("records refused requests: no session, a missing CSRF token, a role not allowed, another party's record", async () => {
    const anonymous = new HttpClient(t.app);
    await anonymous.get(`/api/v1/survivors/${survivorProfileId}`).then(status(401));
    await employer.agent.post('/api/v1/jobs').send({}).expect(403);
    await employer.get('/api/v1/retention').then(status(403));
    await employer.get(`/api/v1/survivors/${survivorProfileId}`).then(status(404));
    const other = await signIn('caseworker');
    await other.client.get(`/api/v1/survivors/${survivorProfileId}`).then(status(404));

    const refused = await eventually(
      () => rows(`outcome = 'refused' AND (subject_id = $1 OR action IN ('POST /jobs', 'GET /retention'))`, [survivorProfileId]),
      (found) => found.length >= 5,
    );
    expect(refused.map((row) => [row.action, row.actor_role, row.subject_type, row.actor_user_id])).toEqual([
      ['GET /retention', 'employer', 'retention', employerUserId],
      ['GET /survivors/:id', null, 'survivor', null],
      ['GET /survivors/:id', 'caseworker', 'survivor', other.id],
      ['GET /survivors/:id', 'employer', 'survivor', employerUserId],
      // The CSRF check runs before the session is read: who sent it is not known.
      ['POST /jobs', null, 'job', null],
    ]);
  });

  it("records a caseworker's read of a survivor's record through every route that shows one (from the OpenAPI document), each seen in the survivor's access log", async () => {
    const document = (await admin.get('/api/docs/json').then(status(200))).body as { paths: Record<string, Record<string, unknown>> };
    const reads = Object.keys(document.paths).filter((path) => document.paths[path].get && (path === '/api/v1/survivors' || path.startsWith('/api/v1/survivors/{id}')));
    expect(reads.length).toBeGreaterThanOrEqual(6);
    const count = async () =>
      (await rows(`subject_type = 'survivor' AND subject_id = $1 AND actor_user_id = $2 AND outcome = 'success' AND action NOT LIKE '% %'`, [survivorProfileId, caseworkerId])).length;
    const unrecorded: string[] = [];
    for (const path of reads) {
      const before = await count();
      await caseworker.get(path.replace('{id}', survivorProfileId)).then(status(200));
      if ((await count()) === before) unrecorded.push(path);
    }
    expect(unrecorded).toEqual([]);
  });

  it('records permission changes and failed changes', async () => {
    await admin.put(`/api/v1/users/${caseworkerId}/supervisor`, { supervisor: true }).then(status(200));
    await admin.put(`/api/v1/users/${caseworkerId}/supervisor`, { supervisor: 'yes' }).then(status(400));
    const changes = await eventually(() => rows(`subject_type = 'user' AND subject_id = $1 AND actor_user_id = $2`, [caseworkerId, adminId]), (found) => found.length >= 3);
    expect(changes.map((row) => [row.action, row.outcome])).toEqual([
      ['PUT /users/:id/supervisor', 'failure'],
      ['PUT /users/:id/supervisor', 'success'],
      ['user.supervisor_granted', 'success'],
    ]);
  });

  it('records a call to every route that changes something, from the OpenAPI document', async () => {
    const document = (await admin.get('/api/docs/json').then(status(200))).body as { paths: Record<string, Record<string, unknown>> };
    const anonymous = new HttpClient(t.app);
    const missing: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const method of Object.keys(operations).map((name) => name.toUpperCase())) {
        if (method === 'GET') continue;
        const route = path.replace(/^\/api\/v1/, '').replace(/\{(\w+)\}/g, ':$1');
        const url = path.replace(/\{(\w+)\}/g, '4b0f6d3e-8f1a-4c2b-9a7d-2e5c1f0a9b8c');
        const before = (await rows(`action = $1`, [`${method} ${route}`])).length;
        await anonymous.agent[method.toLowerCase() as 'post'](url).set('X-CSRF-Token', await anonymous.csrf()).send({});
        const after = (await eventually(() => rows(`action = $1`, [`${method} ${route}`]), (found) => found.length > before)).length;
        if (after !== before + 1) missing.push(`${method} ${route}`);
      }
    }
    expect(missing).toEqual([]);
  });

  describe('search (admins)', () => {
    it('finds events by the record they are about, by who acted, by action and by time, newest first; the search is recorded too', async () => {
      const bySubject = (await admin.get(`/api/v1/audit?subjectId=${survivorProfileId}`).then(status(200))).body;
      // Every line about the record: the caseworker's reads, and the three refused tries (no session, an employer, another organisation's caseworker).
      expect(bySubject.total).toBe((await rows(`subject_id = $1`, [survivorProfileId])).length);
      expect(bySubject.total).toBeGreaterThanOrEqual(10);
      const times = bySubject.items.map((item: { occurredAt: string }) => item.occurredAt);
      expect([...times].sort().reverse()).toEqual(times);
      expect(bySubject.items[0]).toEqual(
        expect.objectContaining({ id: expect.any(String), occurredAt: expect.any(String), action: expect.any(String), outcome: expect.any(String), subjectId: survivorProfileId }),
      );

      const byActor = (await admin.get(`/api/v1/audit?actorId=${caseworkerId}&action=survivor.`).then(status(200))).body;
      expect(byActor.items.length).toBeGreaterThan(0);
      expect(byActor.items.every((item: { actorId: string; action: string }) => item.actorId === caseworkerId && item.action.startsWith('survivor.'))).toBe(true);

      const refused = (await admin.get(`/api/v1/audit?subjectId=${survivorProfileId}&outcome=refused&limit=2`).then(status(200))).body;
      expect(refused).toMatchObject({ total: 3, limit: 2, offset: 0 });
      expect(refused.items).toHaveLength(2);

      const future = new Date(t.clock.now().getTime() + 3_600_000).toISOString();
      expect((await admin.get(`/api/v1/audit?subjectId=${survivorProfileId}&from=${future}`).then(status(200))).body.total).toBe(0);
      expect((await admin.get(`/api/v1/audit?subjectId=${survivorProfileId}&to=${future}`).then(status(200))).body.total).toBe(bySubject.total);

      // A LIKE wildcard in the action is a character, not a pattern: "auth_login" does not find "auth.login".
      expect((await admin.get(`/api/v1/audit?action=auth.login`).then(status(200))).body.total).toBeGreaterThan(0);
      expect((await admin.get(`/api/v1/audit?action=auth_login`).then(status(200))).body.total).toBe(0);
      expect((await rows(`action = 'audit.search' AND actor_user_id = $1`, [adminId])).length).toBeGreaterThanOrEqual(5);
    });

    it('is for admins only, and refuses bad filters with a clear 400', async () => {
      for (const client of [caseworker, survivor, employer]) await client.get(`/api/v1/audit?subjectId=${survivorProfileId}`).then(status(403));
      await new HttpClient(t.app).get('/api/v1/audit').then(status(401));
      for (const query of ['actorId=not-a-uuid', 'from=yesterday', 'outcome=maybe', "subjectId=1'%20OR%20'1'='1", 'limit=1000', 'sort=id', 'subjectType=Survivor;DROP']) {
        const response = await admin.get(`/api/v1/audit?${query}`).then(status(400));
        expect(response.body.code).toBe('validation_failed');
      }
    });
  });
});
