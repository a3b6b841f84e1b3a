import {
  createTestApp,
  Factories,
  HttpClient,
  Outbox,
  PasswordHasher,
  readMailFile,
  status,
  TEST_PASSWORD,
  TestApp,
  waitFor,
} from '@onward/api/testing';
import { Role } from '@onward/shared';
import { createHash, randomBytes } from 'node:crypto';
import supertest from 'supertest';
import { DataSource } from 'typeorm';

const TTL_HOURS = 24;
const BODY_LIMIT = 2048;
const HOUR = 3_600_000;

describe('Invitations', () => {
  let t: TestApp;
  let factories: Factories;
  let outbox: Outbox;

  beforeAll(async () => {
    t = await createTestApp({
      env: { BODY_LIMIT_BYTES: String(BODY_LIMIT), INVITATION_TTL_HOURS: String(TTL_HOURS), LOGIN_RATE_LIMIT_PER_IP: '10000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '10000' },
    });
    factories = new Factories(t.app);
    outbox = new Outbox(t.app);
  });
  afterAll(() => t.close());

  const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString('hex')}@example.org`;

  /** A signed-in browser for a new user with this role (in a fresh organisation unless given). */
  async function signedIn(role: Role, overrides: { organisationId?: string; displayName?: string } = {}) {
    const user = await factories.user({ role, ...overrides });
    const client = new HttpClient(t.app);
    await client.login(user.email, TEST_PASSWORD).then(status(200));
    return { user, client };
  }

  /** The token a person finds in the invitation email that the worker delivered. */
  async function tokenSentTo(email: string): Promise<string> {
    const rows = await outbox.emailsTo(email);
    const { parsed } = await readMailFile(t.config.mail.dir, rows[rows.length - 1].id);
    const match = /\/invite#([A-Za-z0-9_-]{43})\b/.exec(parsed.text ?? '');
    if (!match) throw new Error(`No invitation link in: ${parsed.text}`);
    return match[1];
  }

  async function invitedSurvivor() {
    const organisation = await factories.organisation({ kind: 'service_provider' });
    const { user: caseworker, client } = await signedIn('caseworker', { organisationId: organisation.id });
    const email = uniqueEmail('invitee');
    await client.post('/api/v1/invitations', { email, role: 'survivor' }).then(status(201));
    return { organisation, caseworker, email, token: await tokenSentTo(email) };
  }

  const lookup = (token: string) => new HttpClient(t.app).post('/api/v1/invitations/lookup', { token });

  describe('sending', () => {
    it('queues one discreet email through the outbox; the job carries only the email id', async () => {
      const organisation = await factories.organisation({ name: 'Harbour Light Rescue Mission', kind: 'service_provider' });
      const { user: caseworker, client } = await signedIn('caseworker', { organisationId: organisation.id, displayName: 'Imelda Vasquez-Thornbury' });
      const email = uniqueEmail('new.person');
      const jobsBefore = (await outbox.counts()).jobs;

      const created = await client.post('/api/v1/invitations', { email: `  ${email.toUpperCase()} `, role: 'survivor' }).then(status(201));
      expect(created.body).toEqual({ id: expect.any(String), email, role: 'survivor', organisationId: caseworker.organisationId, expiresAt: expect.any(String) });

      const rows = await outbox.emailsTo(email);
      expect(rows).toHaveLength(1);
      const jobs = await outbox.jobsFor(rows[0].id);
      expect(jobs).toHaveLength(1);
      expect((await outbox.counts()).jobs).toBe(jobsBefore + 1);
      // DESIGN safety rule 4: nothing identifying in a job payload.
      expect(jobs[0].data).toEqual({ emailId: rows[0].id });

      const { raw, parsed } = await readMailFile(t.config.mail.dir, rows[0].id);
      const token = /\/invite#([A-Za-z0-9_-]{43})\b/.exec(parsed.text ?? '')?.[1];
      expect(token).toBeDefined();
      expect(parsed.text).toContain(`${t.config.publicUrl}/invite#${token}`);
      expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.text : parsed.to).toBe(email);
      expect(JSON.stringify(jobs[0].data)).not.toContain(token);
      // Discreet: someone else may read the invitee's phone.
      for (const word of [/traffick/i, /survivor/i, /rescue/i, /exploit/i, /victim/i, /Harbour Light/i, /Imelda/i, /Thornbury/i]) {
        expect(parsed.subject).not.toMatch(word);
        expect(raw).not.toMatch(word);
      }
      // Only the token's hash is stored, and neither the token nor the address reaches the logs.
      const db = t.app.get(DataSource);
      expect(await db.query(`SELECT token_hash FROM invitations WHERE id = $1`, [created.body.id])).toEqual([{ token_hash: createHash('sha256').update(token!).digest('hex') }]);
      const logs = t.logs.join('\n');
      expect(logs).toContain('Email written');
      expect(logs).not.toContain(token);
      expect(logs).not.toContain(email.split('@')[0]);
    });
  });

  describe('accepting', () => {
    it('previews, then accepts once: the new survivor is signed in; a second accept is 410', async () => {
      const { organisation, caseworker, email, token } = await invitedSurvivor();

      const preview = await lookup(token).then(status(200));
      expect(preview.body).toEqual({ email, role: 'survivor', organisationName: organisation.name, expiresAt: expect.any(String) });

      const browser = new HttpClient(t.app);
      const accepted = await browser.post('/api/v1/invitations/accept', { token, displayName: 'River', password: 'a-long-enough-password' }).then(status(200));
      expect(accepted.body.user).toMatchObject({ email, role: 'survivor', displayName: 'River', organisation: { id: caseworker.organisationId } });
      const cookie = ([] as string[]).concat(accepted.headers['set-cookie'] ?? []).find((c) => c.startsWith('onward_session='));
      expect(cookie).toMatch(/HttpOnly/i);
      const me = await browser.get('/api/v1/auth/me').then(status(200));
      expect(me.body).toMatchObject({ id: accepted.body.user.id, email, role: 'survivor', organisation: { id: caseworker.organisationId } });

      const again = await new HttpClient(t.app).post('/api/v1/invitations/accept', { token, displayName: 'Someone else', password: 'another-long-password' }).then(status(410));
      expect(again.body.code).toBe('invitation_invalid');
      expect((await lookup(token).then(status(410))).body.code).toBe('invitation_invalid');
      // The new account can sign in with the password chosen on acceptance.
      await new HttpClient(t.app).login(email, 'a-long-enough-password').then(status(200));
    });

    it('creates one account when the same link is accepted twice at once', async () => {
      const { email, token } = await invitedSurvivor();
      const db = t.app.get(DataSource);
      // Hold the invitation row so that both requests get past the lookup and wait on the same
      // update: the race happens every time, not only when the timing is unlucky.
      const holder = db.createQueryRunner();
      await holder.connect();
      await holder.startTransaction();
      await holder.query(`SELECT id FROM invitations WHERE token_hash = $1 FOR UPDATE`, [createHash('sha256').update(token).digest('hex')]);
      const accept = (name: string) => new HttpClient(t.app).post('/api/v1/invitations/accept', { token, displayName: name, password: `${name}-long-password` });
      const pending = Promise.all([accept('first'), accept('second')]);
      try {
        await waitFor(async () => {
          const [{ waiting }] = await db.query(`SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
          return waiting >= 2;
        }, 'both accepts to wait on the invitation row');
      } finally {
        await holder.commitTransaction();
        await holder.release();
      }
      const responses = await pending;
      expect(responses.map((r) => r.status).sort()).toEqual([200, 410]);
      expect(responses.find((r) => r.status === 410)!.body.code).toBe('invitation_invalid');
      const winner = responses.find((r) => r.status === 200)!.body.user.displayName as string;
      await new HttpClient(t.app).login(email, `${winner}-long-password`).then(status(200));
    });

    it('answers 400 invitation_invalid for a well-formed token that was never issued', async () => {
      const token = randomBytes(32).toString('base64url');
      expect((await lookup(token).then(status(400))).body.code).toBe('invitation_invalid');
      const accept = await new HttpClient(t.app).post('/api/v1/invitations/accept', { token, displayName: 'X', password: 'a-long-enough-password' }).then(status(400));
      expect(accept.body.code).toBe('invitation_invalid');
    });

    it('starts no password hash for a link that was never issued or was already used', async () => {
      const { token } = await invitedSurvivor();
      await new HttpClient(t.app).post('/api/v1/invitations/accept', { token, displayName: 'Once', password: 'a-long-enough-password' }).then(status(200));
      const hash = jest.spyOn(t.app.get(PasswordHasher), 'hash');
      try {
        const attempt = (candidate: string) => new HttpClient(t.app).post('/api/v1/invitations/accept', { token: candidate, displayName: 'X', password: 'a-long-enough-password' });
        await attempt(randomBytes(32).toString('base64url')).then(status(400));
        await attempt(token).then(status(410));
        expect(hash).not.toHaveBeenCalled();
      } finally {
        hash.mockRestore();
      }
    });

    it(`expires after INVITATION_TTL_HOURS (${TTL_HOURS} h)`, async () => {
      const { email, token } = await invitedSurvivor();
      t.clock.advance(TTL_HOURS * HOUR - 60_000);
      await lookup(token).then(status(200));
      t.clock.advance(2 * 60_000);
      expect((await lookup(token).then(status(410))).body.code).toBe('invitation_invalid');
      const accept = await new HttpClient(t.app).post('/api/v1/invitations/accept', { token, displayName: 'Late', password: 'a-long-enough-password' }).then(status(410));
      expect(accept.body.code).toBe('invitation_invalid');
      await new HttpClient(t.app).login(email, 'a-long-enough-password').then(status(401));
    });

    it('revokes the older link when a newer invitation goes to the same email', async () => {
      const { client } = await signedIn('caseworker');
      const email = uniqueEmail('twice');
      await client.post('/api/v1/invitations', { email, role: 'survivor' }).then(status(201));
      const first = await tokenSentTo(email);
      await client.post('/api/v1/invitations', { email, role: 'survivor' }).then(status(201));
      const second = await tokenSentTo(email);
      expect(second).not.toBe(first);

      expect((await lookup(first).then(status(410))).body.code).toBe('invitation_invalid');
      await new HttpClient(t.app).post('/api/v1/invitations/accept', { token: first, displayName: 'Old', password: 'a-long-enough-password' }).then(status(410));
      await lookup(second).then(status(200));
      await new HttpClient(t.app).post('/api/v1/invitations/accept', { token: second, displayName: 'New', password: 'a-long-enough-password' }).then(status(200));
    });
  });

  describe('who may invite whom', () => {
    /** A refused request creates no invitation, no email and no job. */
    async function expectRefused(request: Promise<supertest.Response>, expected: number, code: string) {
      const before = await outbox.counts();
      const response = await request.then(status(expected));
      expect(response.body.code).toBe(code);
      expect(await outbox.counts()).toEqual(before);
      return response;
    }

    it.each(['admin', 'employer', 'caseworker'] as const)('refuses a caseworker inviting a %s', async (role) => {
      const { client } = await signedIn('caseworker');
      await expectRefused(client.post('/api/v1/invitations', { email: uniqueEmail(role), role }), 403, 'forbidden');
    });

    it("refuses a caseworker naming another organisation's id", async () => {
      const { client } = await signedIn('caseworker');
      const other = await factories.organisation({ kind: 'service_provider' });
      await expectRefused(client.post('/api/v1/invitations', { email: uniqueEmail('elsewhere'), role: 'survivor', organisationId: other.id }), 403, 'forbidden');
    });

    it.each(['survivor', 'employer'] as const)('refuses a signed-in %s', async (role) => {
      const { client } = await signedIn(role);
      await expectRefused(client.post('/api/v1/invitations', { email: uniqueEmail('by-' + role), role: 'survivor' }), 403, 'forbidden');
    });

    it('refuses an anonymous caller with a valid CSRF token with 401', async () => {
      await expectRefused(new HttpClient(t.app).post('/api/v1/invitations', { email: uniqueEmail('anon'), role: 'survivor' }), 401, 'unauthenticated');
    });

    it('refuses an admin inviting an employer into a service-provider organisation, naming the role field', async () => {
      const { client } = await signedIn('admin');
      const provider = await factories.organisation({ kind: 'service_provider' });
      const response = await expectRefused(
        client.post('/api/v1/invitations', { email: uniqueEmail('employer'), role: 'employer', organisationId: provider.id }),
        400,
        'validation_failed',
      );
      expect(response.body.fields).toHaveProperty('role');
    });

    it('lets an admin invite an employer into an employer organisation', async () => {
      const { client } = await signedIn('admin');
      const employer = await factories.organisation({ kind: 'employer' });
      const created = await client.post('/api/v1/invitations', { email: uniqueEmail('hiring'), role: 'employer', organisationId: employer.id }).then(status(201));
      expect(created.body).toMatchObject({ role: 'employer', organisationId: employer.id });
    });

    it('answers 409 for an email that already has an account, whatever its case', async () => {
      const { client } = await signedIn('caseworker');
      const existing = await factories.user({ role: 'survivor' });
      await expectRefused(client.post('/api/v1/invitations', { email: existing.email.toUpperCase(), role: 'survivor' }), 409, 'conflict');
    });
  });

  describe('bad input changes nothing', () => {
    let client: HttpClient;
    let csrf: string;

    beforeEach(async () => {
      ({ client } = await signedIn('caseworker'));
      csrf = await client.csrf();
    });

    const raw = (contentType: string | undefined, body: string | undefined) => {
      const request = client.agent.post('/api/v1/invitations').set('X-CSRF-Token', csrf);
      if (contentType) request.set('Content-Type', contentType);
      return body === undefined ? request : request.send(body);
    };

    function expectCleanRefusal(response: supertest.Response, expected: number) {
      expect({ status: response.status, body: response.body }).toMatchObject({ status: expected });
      expect(JSON.stringify(response.body)).not.toMatch(/stack|\bat \S+ \(|node_modules|\.ts:\d+/);
      expect(Object.keys(response.body).sort()).toEqual(expect.arrayContaining(['code', 'message', 'statusCode']));
      expect(response.body).not.toHaveProperty('errorId');
    }

    it('refuses an unknown field with 400 validation_failed naming it, and creates nothing', async () => {
      const email = uniqueEmail('sneaky');
      const before = await outbox.counts();
      const response = await client.post('/api/v1/invitations', { email, role: 'survivor', isAdmin: true }).then(status(400));
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.fields).toHaveProperty('isAdmin');
      expect(await outbox.counts()).toEqual(before);
      expect(await outbox.emailsTo(email)).toEqual([]);
    });

    // Every row has five entries: jest passes a `done` callback to a test with more parameters than the row.
    const cases: Array<[string, string | undefined, string | undefined, number, string | null]> = [
      ['a number as role', 'application/json', JSON.stringify({ email: 'x@example.org', role: 5 }), 400, 'validation_failed'],
      ['an array as email', 'application/json', JSON.stringify({ email: ['a'], role: 'survivor' }), 400, 'validation_failed'],
      ['no body at all', undefined, undefined, 400, 'validation_failed'],
      ['a null body', 'application/json', 'null', 400, 'validation_failed'],
      ['an array body', 'application/json', JSON.stringify([{ email: 'x@example.org', role: 'survivor' }]), 400, 'validation_failed'],
      ['a string body', 'application/json', '"x@example.org"', 400, 'validation_failed'],
      ['malformed JSON', 'application/json', '{"email": "x@example.org", "role": ', 400, 'malformed_request'],
      ['an empty JSON body', 'application/json', '', 400, 'malformed_request'],
      ['a __proto__ key', 'application/json', '{"email":"x@example.org","role":"survivor","__proto__":{"isAdmin":true}}', 400, 'malformed_request'],
      ['a constructor.prototype key', 'application/json', '{"email":"x@example.org","role":"survivor","constructor":{"prototype":{"isAdmin":true}}}', 400, 'malformed_request'],
      ['an oversize body', 'application/json', JSON.stringify({ email: 'x@example.org', role: 'survivor', pad: 'x'.repeat(BODY_LIMIT) }), 413, 'payload_too_large'],
    ];

    it.each(cases)('refuses %s without a 500 or a stack trace', async (_name, contentType, body, expected, code) => {
      const before = await outbox.counts();
      const response = await raw(contentType, body);
      expectCleanRefusal(response, expected);
      if (code) expect(response.body.code).toBe(code);
      expect(await outbox.counts()).toEqual(before);
    });

    async function expectNonJsonRefused(contentType: string, body: string) {
      const email = uniqueEmail('form');
      const before = await outbox.counts();
      const response = await raw(contentType, body.replace('EMAIL', email));
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expectCleanRefusal(response, response.status);
      expect(await outbox.counts()).toEqual(before);
    }

    it.each([
      ['text/plain', 'email=EMAIL&role=survivor'],
      ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\nEMAIL\r\n--x\r\nContent-Disposition: form-data; name="role"\r\n\r\nsurvivor\r\n--x--\r\n'],
    ])('refuses a %s body with a 4xx', expectNonJsonRefused);

    // Nest's Fastify adapter registers an HTML-form parser too; bootstrap() removes it.
    it('refuses an application/x-www-form-urlencoded body with a 4xx', () =>
      expectNonJsonRefused('application/x-www-form-urlencoded', 'email=EMAIL&role=survivor'),
    );
  });
});

describe('Invitation link guessing', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('slows down a client trying many tokens with 429', async () => {
    const client = new HttpClient(t.app);
    const guess = () => client.post('/api/v1/invitations/lookup', { token: randomBytes(32).toString('base64url') });
    for (let i = 0; i < 30; i++) await guess().then(status(400));
    const limited = await guess().then(status(429));
    expect(limited.body.code).toBe('rate_limited');
  });
});
