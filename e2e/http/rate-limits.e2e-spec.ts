import { createTestApp, Factories, HttpClient, status, TEST_PASSWORD, TestApp } from '@onward/api/testing';
import { Role } from '@onward/shared';
import { DataSource } from 'typeorm';

const MINUTE = 60_000;

/**
 * Budgets a minute on every state-changing request and every search, per account and per client
 * address; the address is the one the server resolved (TRUST_PROXY), never one a client names.
 * And the caps on page sizes, bodies and search text.
 */
describe('Rate limits and caps', () => {
  describe('per account and per address', () => {
    let t: TestApp;
    let factories: Factories;
    let db: DataSource;

    beforeAll(async () => {
      t = await createTestApp({
        env: { RUN_WORKERS: 'false', LOGIN_RATE_LIMIT_PER_IP: '10000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '10000', RATE_LIMIT_WRITES_PER_ACCOUNT: '3', RATE_LIMIT_WRITES_PER_IP: '1000', RATE_LIMIT_SEARCHES_PER_ACCOUNT: '3', RATE_LIMIT_SEARCHES_PER_IP: '1000' },
      });
      factories = new Factories(t.app);
      db = t.app.get(DataSource);
    });
    afterAll(() => t.close());

    async function signIn(role: Role): Promise<{ client: HttpClient; id: string }> {
      const user = await factories.user({ role });
      const client = new HttpClient(t.app);
      await client.login(user.email, TEST_PASSWORD).then(status(200));
      return { client, id: user.id };
    }

    it("stops an account's changes past its budget with 429 and Retry-After, changing nothing, and lets it go on a minute later", async () => {
      const { client } = await signIn('survivor');
      const profile = await factories.survivor({ userId: (await client.get('/api/v1/auth/me').then(status(200))).body.id });
      // (Signing in counts against the address, not the account: it has none yet.)
      for (const name of ['Alder', 'Birch', 'Cedar']) await client.patch('/api/v1/survivors/me', { pseudonym: name }).then(status(200));
      const limited = await client.patch('/api/v1/survivors/me', { pseudonym: 'Damson' }).then(status(429));
      expect(limited.body.code).toBe('rate_limited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect((await db.query(`SELECT pseudonym FROM survivor_profiles WHERE id = $1`, [profile.id]))[0].pseudonym).toBe('Cedar');
      // Reading is not a change.
      await client.get('/api/v1/survivors/me').then(status(200));
      // Another account from the same address has its own budget.
      const other = await signIn('caseworker');
      await other.client.post('/api/v1/survivors', { pseudonym: 'Elm' }).then(status(201));

      t.clock.advance(MINUTE);
      await client.patch('/api/v1/survivors/me', { pseudonym: 'Damson' }).then(status(200));
      expect((await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'PATCH /survivors/me' AND outcome = 'refused'`))[0].n).toBe(1);
    });

    it('counts searches separately from changes', async () => {
      const { client } = await signIn('survivor');
      for (let i = 0; i < 3; i++) await client.get(`/api/v1/opportunities/search?q=cook${i}`).then(status(200));
      await client.get('/api/v1/opportunities/search?q=cook4').then(status(429));
      await client.get('/api/v1/regions').then(status(200));
      t.clock.advance(MINUTE);
      await client.get('/api/v1/opportunities/search?q=cook5').then(status(200));
    });
  });

  describe('per client address', () => {
    let t: TestApp;
    let factories: Factories;

    async function signedIn(role: Role, forwardedFor?: string): Promise<HttpClient> {
      const user = await factories.user({ role });
      const client = new HttpClient(t.app);
      const csrf = await client.csrf();
      const login = client.agent.post('/api/v1/auth/login').set('X-CSRF-Token', csrf);
      await (forwardedFor ? login.set('X-Forwarded-For', forwardedFor) : login).send({ email: user.email, password: TEST_PASSWORD }).expect(200);
      return client;
    }

    afterEach(() => t.close());

    it('counts every account behind one address together, and an X-Forwarded-For the server was not told to believe changes nothing', async () => {
      t = await createTestApp({ env: { RUN_WORKERS: 'false', LOGIN_RATE_LIMIT_PER_IP: '10000', RATE_LIMIT_WRITES_PER_IP: '4', RATE_LIMIT_WRITES_PER_ACCOUNT: '1000' } });
      factories = new Factories(t.app);
      const first = await signedIn('caseworker');
      const second = await signedIn('caseworker');
      // Two sign-ins so far; two more changes from this address fit.
      await first.post('/api/v1/survivors', { pseudonym: 'Fern' }).then(status(201));
      await second.agent.post('/api/v1/survivors').set('X-CSRF-Token', await second.csrf()).set('X-Forwarded-For', '198.51.100.7').send({ pseudonym: 'Gorse' }).expect(201);
      const spoofed = await second.agent.post('/api/v1/survivors').set('X-CSRF-Token', await second.csrf()).set('X-Forwarded-For', '198.51.100.8').send({ pseudonym: 'Heather' });
      expect(spoofed.status).toBe(429);
    });

    it('believes the proxy it is told about (TRUST_PROXY=1): each client behind it has its own budget', async () => {
      t = await createTestApp({ env: { RUN_WORKERS: 'false', LOGIN_RATE_LIMIT_PER_IP: '10000', RATE_LIMIT_WRITES_PER_IP: '2', RATE_LIMIT_WRITES_PER_ACCOUNT: '1000', TRUST_PROXY: '1' } });
      factories = new Factories(t.app);
      const client = await signedIn('caseworker', '198.51.100.20');
      const send = (address: string, pseudonym: string) => client.agent.post('/api/v1/survivors').set('X-CSRF-Token', client.csrfToken!).set('X-Forwarded-For', address).send({ pseudonym });
      expect((await send('198.51.100.20', 'Iris')).status).toBe(201);
      expect((await send('198.51.100.20', 'Juniper')).status).toBe(429);
      expect((await send('198.51.100.21', 'Juniper')).status).toBe(201);
      const rows = await t.app.get(DataSource).query(`SELECT DISTINCT client_address FROM audit_events WHERE action = 'POST /survivors' ORDER BY 1`);
      expect(rows.map((row: { client_address: string }) => row.client_address)).toEqual(['198.51.100.20', '198.51.100.21']);
    });
  });

  describe('caps', () => {
    let t: TestApp;
    let client: HttpClient;

    beforeAll(async () => {
      t = await createTestApp({ env: { RUN_WORKERS: 'false', BODY_LIMIT_BYTES: '4096' } });
      const user = await new Factories(t.app).user({ role: 'caseworker' });
      client = new HttpClient(t.app);
      await client.login(user.email, TEST_PASSWORD).then(status(200));
    });
    afterAll(() => t.close());

    it('refuses pages over 100, deep offsets, bodies over the limit and over-long search text with a clear 4xx', async () => {
      expect((await client.get('/api/v1/survivors?limit=101').then(status(400))).body.fields).toHaveProperty('limit');
      await client.get('/api/v1/flags?offset=100001').then(status(400));
      const big = await client.post('/api/v1/survivors', { pseudonym: 'x'.repeat(5000) }).then(status(413));
      expect(big.body.code).toBe('payload_too_large');
      await client.get(`/api/v1/opportunities/search?q=${'word '.repeat(100)}`).then(status(400));
      expect((await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM survivor_profiles`))[0].n).toBe(0);
    });
  });
});
