import { Factories, HttpClient, TEST_PASSWORD, createTestApp, status, TestApp } from '@onward/api/testing';

describe('Sign-in, sessions and CSRF', () => {
  let t: TestApp;
  let factories: Factories;

  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_MAX_FAILURES: '3', LOGIN_RATE_LIMIT_PER_IP: '1000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '1000', SESSION_IDLE_MINUTES: '30' } });
    factories = new Factories(t.app);
  });
  afterAll(() => t.close());

  it('signs in with email and password and sets an HttpOnly, SameSite session cookie', async () => {
    const user = await factories.user({ role: 'caseworker' });
    const client = new HttpClient(t.app);
    const response = await client.login(user.email.toUpperCase(), TEST_PASSWORD).then(status(200));
    expect(response.body.user).toMatchObject({ id: user.id, role: 'caseworker', email: user.email });
    const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((c) => c.startsWith('onward_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const me = await client.get('/api/v1/auth/me').expect(200);
    expect(me.body).toMatchObject({ id: user.id, organisation: { id: user.organisationId } });
    expect(me.headers['cache-control']).toBe('no-store');
  });

  it('gives an unknown email the same answer as a wrong password', async () => {
    const user = await factories.user();
    const client = new HttpClient(t.app);
    const wrong = await client.login(user.email, 'not-the-password').then(status(401));
    const unknown = await client.login('nobody-here@example.org', 'not-the-password').then(status(401));
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.code).toBe('invalid_credentials');
  });

  it('locks an account after repeated failures, even for the right password, and unknown emails alike', async () => {
    const user = await factories.user();
    const client = new HttpClient(t.app);
    for (let i = 0; i < 3; i++) await client.login(user.email, 'wrong-password').then(status(401));
    const locked = await client.login(user.email, TEST_PASSWORD).then(status(429));
    expect(locked.body.code).toBe('rate_limited');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);

    for (let i = 0; i < 3; i++) await client.login('ghost@example.org', 'wrong-password').then(status(401));
    await client.login('ghost@example.org', 'wrong-password').then(status(429));

    // After the lockout window the right password works again.
    t.clock.advance(16 * 60_000);
    await client.login(user.email, TEST_PASSWORD).then(status(200));
  });

  it('refuses a state-changing request without a valid CSRF token, and signs nobody in', async () => {
    const user = await factories.user();
    const client = new HttpClient(t.app);
    const missing = await client.agent.post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(403);
    expect(missing.body.code).toBe('csrf_invalid');
    await client.csrf();
    await client.agent.post('/api/v1/auth/login').set('X-CSRF-Token', 'forged-token').send({ email: user.email, password: TEST_PASSWORD }).expect(403);
    // A token from another browser does not match this browser's cookie.
    const other = new HttpClient(t.app);
    await client.agent.post('/api/v1/auth/login').set('X-CSRF-Token', await other.csrf()).send({ email: user.email, password: TEST_PASSWORD }).expect(403);
    await client.get('/api/v1/auth/me').expect(401);
  });

  it('ends the session on logout: the old cookie gets 401', async () => {
    const user = await factories.user();
    const client = new HttpClient(t.app);
    const login = await client.login(user.email, TEST_PASSWORD).then(status(200));
    const sessionCookie = ([] as string[]).concat(login.headers['set-cookie']).find((c) => c.startsWith('onward_session='))!.split(';')[0];
    await client.post('/api/v1/auth/logout').then(status(204));
    await client.get('/api/v1/auth/me').expect(401);
    // Replaying the cookie captured before logout does not bring the session back.
    const replay = await new HttpClient(t.app).agent.get('/api/v1/auth/me').set('Cookie', sessionCookie).expect(401);
    expect(replay.body.code).toBe('unauthenticated');
  });

  it('expires an idle session with 401 session_expired', async () => {
    const user = await factories.user();
    const client = new HttpClient(t.app);
    await client.login(user.email, TEST_PASSWORD).then(status(200));
    t.clock.advance(31 * 60_000);
    const expired = await client.get('/api/v1/auth/me').expect(401);
    expect(expired.body.code).toBe('session_expired');
    await client.get('/api/v1/auth/me').expect(401);
  });

  it('signs in a disabled user nowhere', async () => {
    const user = await factories.user({ disabledAt: new Date() });
    await new HttpClient(t.app).login(user.email, TEST_PASSWORD).then(status(401));
  });

  it('keeps personal data out of the logs', async () => {
    const user = await factories.user({ email: 'private.person@example.org' });
    const client = new HttpClient(t.app);
    await client.login(user.email, TEST_PASSWORD).then(status(200));
    await client.login(user.email, 'wrong').then(status(401));
    const all = t.logs.join('\n');
    expect(all).toContain('"route":"/api/v1/auth/login"');
    expect(all).not.toContain('private.person');
    expect(all).not.toContain(TEST_PASSWORD);
  });
});

describe('Sign-in rate limits', () => {
  let t: TestApp;
  let factories: Factories;

  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT_PER_IP: '4', LOGIN_RATE_LIMIT_PER_ACCOUNT: '2', LOGIN_MAX_FAILURES: '100' } });
    factories = new Factories(t.app);
  });
  afterAll(() => t.close());

  it('limits attempts per account, successful ones included, then lets them in after the window', async () => {
    const user = await factories.user();
    const client = new HttpClient(t.app);
    await client.login(user.email, TEST_PASSWORD).then(status(200));
    await client.login(user.email, TEST_PASSWORD).then(status(200));
    const limited = await client.login(user.email, TEST_PASSWORD).then(status(429));
    expect(limited.body.code).toBe('rate_limited');
    t.clock.advance(61_000);
    await client.login(user.email, TEST_PASSWORD).then(status(200));
  });

  it('limits attempts per client address across different emails', async () => {
    t.clock.advance(61_000);
    const client = new HttpClient(t.app);
    for (let i = 0; i < 4; i++) await client.login(`someone-${i}@example.org`, 'wrong-password').then(status(401));
    const limited = await client.login('someone-else@example.org', 'wrong-password').then(status(429));
    expect(limited.body.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});
