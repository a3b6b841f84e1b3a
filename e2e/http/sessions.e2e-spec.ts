import { createTestApp, Factories, HttpClient, Outbox, status, TEST_PASSWORD, TestApp } from '@onward/api/testing';
import { Role } from '@onward/shared';
import { DataSource } from 'typeorm';

const NEW_PASSWORD = 'a-brand-new-passphrase-42';

/**
 * Sessions end when they should: on a password change (every one, the phone left signed in
 * included), when an admin disables an account or revokes its sessions, after the idle and the
 * absolute timeouts. And every answer carries the security headers.
 */
describe('Sessions and security headers', () => {
  let t: TestApp;
  let factories: Factories;
  let db: DataSource;
  let admin: HttpClient;
  let adminId: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { RUN_WORKERS: 'false', LOGIN_RATE_LIMIT_PER_IP: '10000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '10000', SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '12' } });
    factories = new Factories(t.app);
    db = t.app.get(DataSource);
    ({ client: admin, id: adminId } = await signIn('admin'));
  });
  afterAll(() => t.close());

  async function signIn(role: Role, email?: string, password = TEST_PASSWORD): Promise<{ client: HttpClient; id: string; email: string }> {
    const user = email ? undefined : await factories.user({ role });
    const client = new HttpClient(t.app);
    await client.login(email ?? user!.email, password).then(status(200));
    return { client, id: user?.id ?? '', email: email ?? user!.email };
  }

  /** The same person on two devices. */
  async function twoDevices(role: Role = 'caseworker') {
    const user = await factories.user({ role });
    const laptop = await signIn(role, user.email);
    const phone = await signIn(role, user.email);
    return { user, laptop: laptop.client, phone: phone.client };
  }

  const sessionCount = async (userId: string) => (await db.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [userId]))[0].n as number;

  describe('a password change', () => {
    it('ends every session of the account, keeps this browser signed in with a new one, and the old password stops working', async () => {
      const { user, laptop, phone } = await twoDevices('survivor');
      await laptop.post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }).then(status(204));
      expect((await phone.get('/api/v1/auth/me').expect(401)).body.code).toBe('unauthenticated');
      await laptop.get('/api/v1/auth/me').then(status(200));
      expect(await sessionCount(user.id)).toBe(1);
      await new HttpClient(t.app).login(user.email, TEST_PASSWORD).then(status(401));
      await new HttpClient(t.app).login(user.email, NEW_PASSWORD).then(status(200));
      const [event] = await db.query(`SELECT outcome, actor_user_id FROM audit_events WHERE action = 'auth.password_change' AND subject_id = $1`, [user.id]);
      expect(event).toEqual({ outcome: 'success', actor_user_id: user.id });
    });

    it('refuses a wrong current password, a short new one and unknown fields, changing nothing', async () => {
      const { user, laptop, phone } = await twoDevices();
      const wrong = await laptop.post('/api/v1/auth/password', { currentPassword: 'not-it', newPassword: NEW_PASSWORD }).then(status(400));
      expect(wrong.body.fields).toHaveProperty('currentPassword');
      await laptop.post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' }).then(status(400));
      await laptop.post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, role: 'admin' }).then(status(400));
      await laptop.post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }).then(status(400));
      await phone.get('/api/v1/auth/me').then(status(200));
      expect(await sessionCount(user.id)).toBe(2);
      await new HttpClient(t.app).login(user.email, TEST_PASSWORD).then(status(200));
      await new HttpClient(t.app).post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }).then(status(401));
    });
  });

  describe('a forgotten password', () => {
    const linkIn = async (address: string) => {
      const emails = await new Outbox(t.app).emailsTo(address);
      const body = emails[emails.length - 1]?.text_body ?? '';
      return /\/reset-password#([A-Za-z0-9_-]{43})/.exec(body)?.[1];
    };

    it('emails a one-time link (from the neutral sender to a survivor, naming nothing); using it ends every session and the new password works', async () => {
      const { user, laptop, phone } = await twoDevices('survivor');
      const anonymous = new HttpClient(t.app);
      expect((await anonymous.post('/api/v1/auth/password-reset', { email: user.email.toUpperCase() }).then(status(202))).body).toEqual({ received: true });
      const [email] = await new Outbox(t.app).emailsTo(user.email);
      expect(email.subject).toBe('Your sign-in link');
      expect(email.from_address).toBe(t.config.mail.survivorFrom);
      expect(`${email.subject} ${email.text_body}`).not.toMatch(/\b(onward|survivors?|work|jobs?|employ\w*|caseworkers?|trafficking)\b/i);
      const token = await linkIn(user.email);
      expect(token).toBeDefined();

      await anonymous.post('/api/v1/auth/password-reset/confirm', { token, newPassword: NEW_PASSWORD }).then(status(204));
      await laptop.get('/api/v1/auth/me').expect(401);
      await phone.get('/api/v1/auth/me').expect(401);
      await new HttpClient(t.app).login(user.email, TEST_PASSWORD).then(status(401));
      await new HttpClient(t.app).login(user.email, NEW_PASSWORD).then(status(200));
      // Once only.
      expect((await anonymous.post('/api/v1/auth/password-reset/confirm', { token, newPassword: 'yet-another-passphrase' }).then(status(400))).body.code).toBe('reset_link_invalid');
      const actions = (await db.query(`SELECT action, outcome FROM audit_events WHERE subject_id = $1 AND action LIKE 'auth.password_reset%' ORDER BY action`, [user.id])).map((row: { action: string }) => row.action);
      expect(actions).toEqual(['auth.password_reset', 'auth.password_reset_request']);
    });

    it('answers an unknown or disabled email exactly as a known one, and sends nothing', async () => {
      const disabled = await factories.user({ role: 'caseworker', disabledAt: new Date() });
      for (const email of ['nobody-at-all@example.org', disabled.email]) {
        expect((await new HttpClient(t.app).post('/api/v1/auth/password-reset', { email }).then(status(202))).body).toEqual({ received: true });
        expect(await new Outbox(t.app).emailsTo(email)).toEqual([]);
      }
    });

    it('lets a link expire after an hour, and a newer link replace an older one', async () => {
      const user = await factories.user({ role: 'employer' });
      const anonymous = new HttpClient(t.app);
      await anonymous.post('/api/v1/auth/password-reset', { email: user.email }).then(status(202));
      const first = await linkIn(user.email);
      await anonymous.post('/api/v1/auth/password-reset', { email: user.email }).then(status(202));
      const second = await linkIn(user.email);
      expect(second).not.toBe(first);
      await anonymous.post('/api/v1/auth/password-reset/confirm', { token: first, newPassword: NEW_PASSWORD }).then(status(400));
      t.clock.advance(61 * 60_000);
      await anonymous.post('/api/v1/auth/password-reset/confirm', { token: second, newPassword: NEW_PASSWORD }).then(status(400));
      await new HttpClient(t.app).login(user.email, TEST_PASSWORD).then(status(200));
      // Bad bodies: a clear 400, nothing changed.
      await anonymous.post('/api/v1/auth/password-reset/confirm', { token: 'short', newPassword: NEW_PASSWORD }).then(status(400));
      await anonymous.post('/api/v1/auth/password-reset', { email: user.email, role: 'admin' }).then(status(400));
    });

    it('limits requests for one address to three an hour', async () => {
      const user = await factories.user({ role: 'caseworker' });
      const anonymous = new HttpClient(t.app);
      for (let i = 0; i < 3; i++) await anonymous.post('/api/v1/auth/password-reset', { email: user.email }).then(status(202));
      await anonymous.post('/api/v1/auth/password-reset', { email: user.email }).then(status(429));
      expect(await new Outbox(t.app).emailsTo(user.email)).toHaveLength(3);
    });
  });

  describe('an admin', () => {
    // Signed in afresh: other tests move the clock past the idle limit.
    beforeEach(async () => {
      ({ client: admin, id: adminId } = await signIn('admin'));
    });

    it('disables an account: its sessions end at once and it cannot sign in until enabled again', async () => {
      const { user, laptop, phone } = await twoDevices('employer');
      const disabled = (await admin.post(`/api/v1/users/${user.id}/disable`, {}).then(status(200))).body;
      expect(disabled).toMatchObject({ id: user.id, disabledAt: expect.any(String), sessionsEnded: 2 });
      await laptop.get('/api/v1/auth/me').expect(401);
      await phone.get('/api/v1/auth/me').expect(401);
      await new HttpClient(t.app).login(user.email, TEST_PASSWORD).then(status(401));

      expect((await admin.post(`/api/v1/users/${user.id}/enable`, {}).then(status(200))).body).toMatchObject({ disabledAt: null });
      await new HttpClient(t.app).login(user.email, TEST_PASSWORD).then(status(200));
      const actions = (await db.query(`SELECT action FROM audit_events WHERE subject_id = $1 AND actor_user_id = $2 AND action LIKE 'user.%' ORDER BY action`, [user.id, adminId])).map((row: { action: string }) => row.action);
      expect(actions).toEqual(['user.disable', 'user.enable']);
    });

    it('revokes the sessions of an account (a lost phone) without disabling it', async () => {
      const { user, laptop, phone } = await twoDevices('survivor');
      expect((await admin.post(`/api/v1/users/${user.id}/sessions/revoke`, {}).then(status(200))).body).toMatchObject({ sessionsEnded: 2, disabledAt: null });
      await laptop.get('/api/v1/auth/me').expect(401);
      await phone.get('/api/v1/auth/me').expect(401);
      await new HttpClient(t.app).login(user.email, TEST_PASSWORD).then(status(200));
    });

    it('is the only one who can, and cannot disable themself', async () => {
      const { user } = await twoDevices();
      for (const role of ['caseworker', 'survivor', 'employer'] as const) {
        const { client } = await signIn(role);
        await client.post(`/api/v1/users/${user.id}/disable`, {}).then(status(403));
        await client.post(`/api/v1/users/${user.id}/sessions/revoke`, {}).then(status(403));
      }
      await admin.post(`/api/v1/users/${adminId}/disable`, {}).then(status(409));
      await admin.post('/api/v1/users/not-a-uuid/disable', {}).then(status(400));
      await admin.post('/api/v1/users/4b0f6d3e-8f1a-4c2b-9a7d-2e5c1f0a9b8c/disable', {}).then(status(404));
      await admin.post(`/api/v1/users/${user.id}/disable`, { reason: 'unknown field' }).then(status(400));
      expect(await sessionCount(user.id)).toBe(2);
    });
  });

  it('ends a session at its absolute end however active it is', async () => {
    const { client } = await signIn('caseworker');
    // Active every 25 minutes (inside the 30-minute idle limit) for 11 h 40 min, then once more past 12 h.
    for (let step = 0; step < 28; step++) {
      t.clock.advance(25 * 60_000);
      await client.get('/api/v1/auth/me').then(status(200));
    }
    t.clock.advance(25 * 60_000);
    expect((await client.get('/api/v1/auth/me').expect(401)).body.code).toBe('session_expired');
    await admin.get('/api/v1/auth/me').expect(401);
  });

  describe('headers', () => {
    it('sends the security headers on API answers, errors and portal pages alike, and no-store on the API', async () => {
      const anonymous = new HttpClient(t.app);
      for (const [path, api] of [['/api/v1/health', true], ['/api/v1/survivors', true], ['/api/v1/no-such-route', true], ['/caseworker/flags', false]] as const) {
        const response = await anonymous.get(path);
        const csp = response.headers['content-security-policy'];
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).toContain("default-src 'self'");
        expect(csp).toContain("object-src 'none'");
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        expect(response.headers['referrer-policy']).toBe('no-referrer');
        expect(response.headers['x-frame-options']).toBe('DENY');
        // Served over plain HTTP here: HSTS is only sent when the site is HTTPS (see the next test).
        expect(response.headers['strict-transport-security']).toBeUndefined();
        if (api) expect(response.headers['cache-control']).toBe('no-store');
        expect(response.headers['x-powered-by']).toBeUndefined();
      }
    });
  });
});

describe('Sessions over HTTPS', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { RUN_WORKERS: 'false', PUBLIC_URL: 'https://onward.example.org' } });
  });
  afterAll(() => t.close());

  it('marks the session and CSRF cookies Secure and sends HSTS', async () => {
    const user = await new Factories(t.app).user({ role: 'caseworker' });
    const client = new HttpClient(t.app);
    const csrf = await client.agent.get('/api/v1/auth/csrf').expect(200);
    // A Secure cookie is not sent back over this test's plain HTTP, so it is handed back by hand.
    const csrfCookie = ([] as string[]).concat(csrf.headers['set-cookie'] ?? [])[0].split(';')[0];
    const login = await client.agent.post('/api/v1/auth/login').set('Cookie', csrfCookie).set('X-CSRF-Token', csrf.body.token).send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    const cookies = ([] as string[]).concat(csrf.headers['set-cookie'] ?? [], login.headers['set-cookie'] ?? []);
    expect(cookies.length).toBe(2);
    for (const cookie of cookies) {
      expect(cookie).toMatch(/; Secure/i);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
    }
    expect(login.headers['strict-transport-security']).toMatch(/max-age=31536000; includeSubDomains/);
  });
});
