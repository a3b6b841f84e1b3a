import { createTestApp, Factories, HttpClient, SearchIndexer, status, TEST_PASSWORD, TestApp, waitFor } from '@onward/api/testing';
import { Role, VETTING_CHECKLIST, VETTING_MAX_VALID_DAYS, VettingChecklistItem } from '@onward/shared';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Employer registration, vetting by caseworkers, concerns anyone can raise, and what each of
 * them leaves behind, through the real HTTP pipeline, queue worker and embedded search engine.
 */
describe('Employers', () => {
  let t: TestApp;
  let factories: Factories;
  let db: DataSource;

  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT_PER_IP: '10000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '10000' } });
    factories = new Factories(t.app);
    db = t.app.get(DataSource);
    await factories.region({ code: 'riverside', name: 'Riverside', hourlyWageFloorMinor: 1271 });
    await factories.region({ code: 'hillside', name: 'Hillside', hourlyWageFloorMinor: 1200 });
  });
  afterAll(() => t.close());

  const unique = () => randomBytes(4).toString('hex');
  const uniqueEmail = (label: string) => `${label}-${unique()}@example.org`;
  /** A date (YYYY-MM-DD) this many days from the app's clock. */
  const dateIn = (days: number) => new Date(t.clock.now().getTime() + days * DAY).toISOString().slice(0, 10);

  /** A signed-in browser for a new user with this role (in a fresh organisation unless given). */
  async function signedIn(role: Role, overrides: { organisationId?: string; displayName?: string; email?: string } = {}) {
    const user = await factories.user({ role, ...overrides });
    const client = new HttpClient(t.app);
    await client.login(user.email, TEST_PASSWORD).then(status(200));
    return { user, client };
  }

  const caseworker = async () => (await signedIn('caseworker')).client;

  /** A pending employer (no history yet) and a signed-in member of it. */
  async function pendingEmployer() {
    const profile = await factories.employer({ status: 'pending' });
    const { client: member } = await signedIn('employer', { organisationId: profile.organisationId });
    return { employerId: profile.organisationId, member };
  }

  const allConfirmed = () => VETTING_CHECKLIST.map((item) => ({ item, confirmed: true, note: `Checked ${item} on the visit`, evidenceReference: `visit-${item}` }));
  const checklistWith = (item: VettingChecklistItem, answer: { confirmed: boolean; note?: string; evidenceReference?: string }) =>
    allConfirmed().map((entry) => (entry.item === item ? { ...entry, ...answer } : entry));

  const vettingStatus = async (employerId: string): Promise<string> =>
    (await db.query(`SELECT vetting_status FROM employer_profiles WHERE organisation_id = $1`, [employerId]))[0].vetting_status;

  describe('registration', () => {
    function registration(email: string, overrides: Record<string, unknown> = {}) {
      return {
        organisationName: 'Harbour Bakery',
        legalName: 'Harbour Bakery Trading Ltd',
        registrationNumber: '09876543',
        sector: 'food',
        regions: ['riverside', 'hillside'],
        contactName: 'Sam Baker',
        contactEmail: `Contact.${email}`,
        contactPhone: '+44 20 7946 0002',
        account: { displayName: 'Sam Baker', email, password: 'a-long-enough-password' },
        ...overrides,
      };
    }

    /** Rows a refused registration must leave alone. */
    const counts = async () =>
      (
        await db.query(
          `SELECT (SELECT count(*) FROM organisations)::int AS organisations, (SELECT count(*) FROM users)::int AS users,
                  (SELECT count(*) FROM employer_profiles)::int AS profiles, (SELECT count(*) FROM sessions)::int AS sessions`,
        )
      )[0];

    async function expectRefused(body: unknown, expected: number) {
      const before = await counts();
      const response = await new HttpClient(t.app).post('/api/v1/employers/register', body).then(status(expected));
      expect(response.headers['set-cookie'] ?? []).not.toEqual(expect.arrayContaining([expect.stringMatching(/^onward_session=[^;]+/)]));
      expect(await counts()).toEqual(before);
      return response;
    }

    it('creates a pending employer and signs its first member in', async () => {
      const email = uniqueEmail('Owner');
      const employer = new HttpClient(t.app);
      const registered = await employer.post('/api/v1/employers/register', registration(email)).then(status(201));
      expect(registered.body.user).toMatchObject({
        email: email.toLowerCase(),
        displayName: 'Sam Baker',
        role: 'employer',
        organisation: { id: expect.any(String), name: 'Harbour Bakery', kind: 'employer' },
      });
      const employerId: string = registered.body.user.organisation.id;

      const me = await employer.get('/api/v1/auth/me').then(status(200));
      expect(me.body.id).toBe(registered.body.user.id);

      const standing = await employer.get('/api/v1/employers/me').then(status(200));
      expect(standing.body).toEqual({
        id: employerId,
        name: 'Harbour Bakery',
        status: 'pending',
        expired: false,
        vettedUntil: null,
        reason: null,
        canPublish: false,
        publishingBlockedBecause: expect.stringMatching(/not been vetted/),
        checklist: VETTING_CHECKLIST.map((item) => ({ item, confirmed: null })),
      });

      const staff = await caseworker();
      const pending = await staff.get('/api/v1/employers?status=pending').then(status(200));
      expect(pending.body.map((row: { id: string }) => row.id)).toContain(employerId);
      const detail = await staff.get(`/api/v1/employers/${employerId}`).then(status(200));
      expect(detail.body).toMatchObject({
        legalName: 'Harbour Bakery Trading Ltd',
        registrationNumber: '09876543',
        regions: ['riverside', 'hillside'],
        contactEmail: `contact.${email}`.toLowerCase(),
        status: 'pending',
        history: [{ from: null, to: 'pending', by: 'Sam Baker', reason: 'Registered' }],
      });
    });

    it('answers 409 for an email that already has an account, whatever its case, and creates nothing', async () => {
      const email = uniqueEmail('twice');
      await new HttpClient(t.app).post('/api/v1/employers/register', registration(email)).then(status(201));
      const response = await expectRefused(registration(email.toUpperCase(), { organisationName: 'Second Try' }), 409);
      expect(response.body.code).toBe('conflict');
    });

    it.each([
      ['at the top level', { vettingStatus: 'vetted' }, 'vettingStatus'],
      ['inside the account', { account: { displayName: 'Sam', email: 'x@example.org', password: 'a-long-enough-password', role: 'admin' } }, 'account.role'],
    ])('refuses an unknown field %s with 400 naming it, and creates nothing', async (_what, extra, field) => {
      const response = await expectRefused(registration(uniqueEmail('extra'), extra), 400);
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.fields).toHaveProperty([field]);
    });

    it.each([
      ['an unknown region', ['riverside', 'atlantis'], /atlantis/],
      ['no region', [], /regions/],
      ['a region code that is not a string', [42], /regions/],
    ])('refuses %s with 400 on regions, and creates nothing', async (_what, regions, message) => {
      const response = await expectRefused(registration(uniqueEmail('regions'), { regions }), 400);
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.fields.regions.join(' ')).toMatch(message);
    });

    it.each([
      ['a short password', { account: { displayName: 'Sam', email: 'weak@example.org', password: 'short' } }, 'account.password'],
      ['an account email that is not one', { account: { displayName: 'Sam', email: 'not-an-email', password: 'a-long-enough-password' } }, 'account.email'],
      ['a contact phone with letters', { contactPhone: 'call me maybe' }, 'contactPhone'],
      ['an unknown sector', { sector: 'piracy' }, 'sector'],
      ['no account', { account: undefined }, 'account'],
      ['an account that is a list', { account: [] }, 'account'],
    ])('refuses %s with 400 naming the field, and creates nothing', async (_what, overrides, field) => {
      const response = await expectRefused(registration(uniqueEmail('bad'), overrides), 400);
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.fields).toHaveProperty([field]);
    });

    it('slows down one address registering many employers with 429', async () => {
      // A fresh hour: the earlier tests used part of this address's allowance.
      t.clock.advance(HOUR + MINUTE);
      const client = new HttpClient(t.app);
      // Cheap attempts (an unknown region is refused after counting); ten an hour are allowed.
      for (let i = 0; i < 10; i++) await client.post('/api/v1/employers/register', registration(uniqueEmail('burst'), { regions: ['atlantis'] })).then(status(400));
      const limited = await expectRefused(registration(uniqueEmail('eleventh')), 429);
      expect(limited.body.code).toBe('rate_limited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);

      t.clock.advance(HOUR + MINUTE);
      await client.post('/api/v1/employers/register', registration(uniqueEmail('next-hour'))).then(status(201));
    });
  });

  describe('vetting', () => {
    const routes = (employerId: string) => [
      ['GET', '/api/v1/employers'],
      ['GET', `/api/v1/employers/${employerId}`],
      ['POST', `/api/v1/employers/${employerId}/review`],
      ['POST', `/api/v1/employers/${employerId}/decision`],
      ['POST', `/api/v1/employers/${employerId}/suspension`],
    ];
    const body = (path: string) => (path.endsWith('/decision') ? { decision: 'vetted', checklist: allConfirmed() } : path.endsWith('/suspension') ? { reason: 'Because' } : undefined);
    const send = (client: HttpClient, method: string, path: string) => (method === 'GET' ? client.get(path) : client.post(path, body(path)));

    it.each([
      ['a survivor', 'survivor'],
      ["the employer's own member", 'employer'],
    ] as const)('refuses %s every vetting route with 403 and changes nothing', async (_who, role) => {
      const { employerId, member } = await pendingEmployer();
      const client = role === 'employer' ? member : (await signedIn(role)).client;
      for (const [method, path] of routes(employerId)) {
        const response = await send(client, method, path);
        expect({ route: `${method} ${path}`, status: response.status, code: response.body.code }).toEqual({ route: `${method} ${path}`, status: 403, code: 'forbidden' });
      }
      expect(await vettingStatus(employerId)).toBe('pending');
    });

    it('refuses an anonymous caller every vetting route with 401', async () => {
      const { employerId } = await pendingEmployer();
      const anonymous = new HttpClient(t.app);
      for (const [method, path] of routes(employerId)) {
        const response = await send(anonymous, method, path);
        expect({ route: `${method} ${path}`, status: response.status, code: response.body.code }).toEqual({ route: `${method} ${path}`, status: 401, code: 'unauthenticated' });
      }
      expect(await vettingStatus(employerId)).toBe('pending');
    });

    it('lets an admin vet too', async () => {
      const { employerId, member } = await pendingEmployer();
      const { client: admin } = await signedIn('admin');
      await admin.post(`/api/v1/employers/${employerId}/decision`, { decision: 'vetted', checklist: allConfirmed() }).then(status(200));
      expect((await member.get('/api/v1/employers/me').then(status(200))).body).toMatchObject({ status: 'vetted', canPublish: true, publishingBlockedBecause: null });
    });

    it('answers 404 for an employer that does not exist and 400 for an id that is not one', async () => {
      const staff = await caseworker();
      await staff.get('/api/v1/employers/9f1c1f1e-4b7a-4c39-9d7e-3a0f5d8e2b11').then(status(404));
      await staff.post('/api/v1/employers/9f1c1f1e-4b7a-4c39-9d7e-3a0f5d8e2b11/review').then(status(404));
      const invalid = await staff.get('/api/v1/employers/not-a-uuid').then(status(400));
      expect(invalid.body.fields).toHaveProperty('id');
    });

    it('takes only a pending employer into review', async () => {
      const { employerId } = await pendingEmployer();
      const staff = await caseworker();
      const started = await staff.post(`/api/v1/employers/${employerId}/review`).then(status(200));
      expect(started.body.status).toBe('in_review');
      expect((await staff.post(`/api/v1/employers/${employerId}/review`).then(status(409))).body.code).toBe('conflict');
      expect(await vettingStatus(employerId)).toBe('in_review');
    });

    it('needs every checklist item, each once and confirmed, naming what is wrong', async () => {
      const { employerId, member } = await pendingEmployer();
      const staff = await caseworker();
      await staff.post(`/api/v1/employers/${employerId}/review`).then(status(200));
      const decide = (checklist: unknown) => staff.post(`/api/v1/employers/${employerId}/decision`, { decision: 'vetted', checklist }).then(status(400));

      const missing = await decide(allConfirmed().filter((answer) => answer.item !== 'free_to_leave'));
      expect(missing.body.code).toBe('validation_failed');
      expect(missing.body.fields.checklist.join(' ')).toMatch(/Missing: free_to_leave\b/);

      const unconfirmed = await decide(checklistWith('identity_documents_never_held', { confirmed: false }));
      expect(unconfirmed.body.fields.checklist.join(' ')).toMatch(/Not confirmed: identity_documents_never_held\b/);
      expect(unconfirmed.body.fields.checklist.join(' ')).not.toMatch(/no_recruitment_fees/);

      const duplicated = await decide([...allConfirmed(), { item: 'safe_workplace', confirmed: true }]);
      expect(duplicated.body.fields.checklist.join(' ')).toMatch(/once/);

      const unknownItem = await decide([...allConfirmed(), { item: 'seems_fine', confirmed: true }]);
      expect(Object.keys(unknownItem.body.fields).join(' ')).toMatch(/^checklist\.6\.item$/);

      await decide([]);
      expect(await vettingStatus(employerId)).toBe('in_review');
      expect((await member.get('/api/v1/employers/me').then(status(200))).body).toMatchObject({ status: 'in_review', canPublish: false });
      const history = (await staff.get(`/api/v1/employers/${employerId}`).then(status(200))).body.history;
      expect(history.map((event: { to: string }) => event.to)).toEqual(['in_review']);
    });

    it('needs a reason to reject; the employer sees the reason and the unconfirmed items, never the notes or evidence', async () => {
      const { employerId, member } = await pendingEmployer();
      const { client: staff } = await signedIn('caseworker', { displayName: 'Casey Reviewer-Whitfield' });
      const checklist = checklistWith('lawful_registration', { confirmed: false, note: 'Registry shows the company as dissolved', evidenceReference: 'case-file-7731' });

      for (const reason of [undefined, '   ']) {
        const refused = await staff.post(`/api/v1/employers/${employerId}/decision`, { decision: 'rejected', checklist, reason }).then(status(400));
        expect(refused.body.fields).toHaveProperty('reason');
      }
      expect(await vettingStatus(employerId)).toBe('pending');

      const reason = 'We could not confirm that the business is lawfully registered.';
      const rejected = await staff.post(`/api/v1/employers/${employerId}/decision`, { decision: 'rejected', checklist, reason: `  ${reason} ` }).then(status(200));
      expect(rejected.body.status).toBe('rejected');

      const standing = await member.get('/api/v1/employers/me').then(status(200));
      expect(standing.body).toMatchObject({ status: 'rejected', reason, canPublish: false, publishingBlockedBecause: expect.stringContaining(reason) });
      expect(standing.body.checklist).toEqual(VETTING_CHECKLIST.map((item) => ({ item, confirmed: item !== 'lawful_registration' })));
      const seen = JSON.stringify(standing.body);
      for (const hidden of ['dissolved', 'case-file-7731', 'visit-', 'Checked ', 'Casey']) expect(seen).not.toContain(hidden);

      // Caseworkers do see them: the notes exist, they are only withheld from the employer.
      const detail = await staff.get(`/api/v1/employers/${employerId}`).then(status(200));
      expect(detail.body.checklist).toContainEqual({
        item: 'lawful_registration',
        confirmed: false,
        note: 'Registry shows the company as dissolved',
        evidenceReference: 'case-file-7731',
      });
    });

    it.each([
      ['yesterday', () => dateIn(-1)],
      ['beyond the longest vetting', () => dateIn(VETTING_MAX_VALID_DAYS + 2)],
      ['not a real date', () => '2027-02-30'],
      ['not a date at all', () => 'next year'],
    ])('refuses a vettedUntil %s with 400 and leaves the status alone', async (_what, vettedUntil) => {
      const { employerId } = await pendingEmployer();
      const staff = await caseworker();
      const refused = await staff.post(`/api/v1/employers/${employerId}/decision`, { decision: 'vetted', checklist: allConfirmed(), vettedUntil: vettedUntil() }).then(status(400));
      expect(refused.body.fields).toHaveProperty('vettedUntil');
      expect(await vettingStatus(employerId)).toBe('pending');
    });

    it('keeps a vettedUntil within the limit to the end of that day, and the employer sees it', async () => {
      const { employerId, member } = await pendingEmployer();
      const staff = await caseworker();
      const until = dateIn(30);
      const vetted = await staff.post(`/api/v1/employers/${employerId}/decision`, { decision: 'vetted', checklist: allConfirmed(), vettedUntil: until }).then(status(200));
      expect(vetted.body).toMatchObject({ status: 'vetted', vettedUntil: `${until}T23:59:59.999Z`, expired: false });
      expect((await member.get('/api/v1/employers/me').then(status(200))).body).toMatchObject({ status: 'vetted', vettedUntil: `${until}T23:59:59.999Z`, canPublish: true });
    });

    it('suspends only once, with a reason', async () => {
      const { employerId } = await pendingEmployer();
      const staff = await caseworker();
      expect((await staff.post(`/api/v1/employers/${employerId}/suspension`, { reason: ' ' }).then(status(400))).body.fields).toHaveProperty('reason');
      expect((await staff.post(`/api/v1/employers/${employerId}/suspension`, {}).then(status(400))).body.fields).toHaveProperty('reason');
      await staff.post(`/api/v1/employers/${employerId}/suspension`, { reason: 'Site visit found locked fire exits' }).then(status(200));
      expect((await staff.post(`/api/v1/employers/${employerId}/suspension`, { reason: 'Again' }).then(status(409))).body.code).toBe('conflict');
    });

    it('keeps the history: who, when and why, newest first', async () => {
      const { employerId } = await pendingEmployer();
      const { client: first } = await signedIn('caseworker', { displayName: 'Ada First' });
      const { client: second } = await signedIn('caseworker', { displayName: 'Bo Second' });
      const times: string[] = [];
      const step = async (client: HttpClient, path: string, body?: unknown) => {
        t.clock.advance(MINUTE);
        times.push(t.clock.now().toISOString());
        await client.post(`/api/v1/employers/${employerId}/${path}`, body).then(status(200));
      };
      await step(first, 'review');
      await step(first, 'decision', { decision: 'rejected', checklist: checklistWith('wages_paid_as_promised', { confirmed: false }), reason: 'Payslips missing' });
      await step(second, 'decision', { decision: 'vetted', checklist: allConfirmed(), reason: 'Payslips provided' });
      await step(second, 'suspension', { reason: 'Workers report unpaid overtime' });

      const history = (await second.get(`/api/v1/employers/${employerId}`).then(status(200))).body.history;
      expect(history.map(({ from, to, by, reason, at }: Record<string, unknown>) => ({ from, to, by, reason, at }))).toEqual([
        { from: 'vetted', to: 'suspended', by: 'Bo Second', reason: 'Workers report unpaid overtime', at: times[3] },
        { from: 'rejected', to: 'vetted', by: 'Bo Second', reason: 'Payslips provided', at: times[2] },
        { from: 'in_review', to: 'rejected', by: 'Ada First', reason: 'Payslips missing', at: times[1] },
        { from: 'pending', to: 'in_review', by: 'Ada First', reason: 'Review started', at: times[0] },
      ]);
      expect(history[1].checklist).toHaveLength(VETTING_CHECKLIST.length);
      expect(history[2].checklist).toContainEqual(expect.objectContaining({ item: 'wages_paid_as_promised', confirmed: false }));
    });
  });

  /** A vetted employer with one published job that is in the search index. */
  async function vettedEmployerWithJob() {
    const word = `kiln${unique()}`;
    const profile = await factories.employer();
    const job = await factories.job({ employerId: profile.organisationId, regionCode: 'riverside', status: 'published', title: `Pottery ${word} assistant`, wageMinor: 1400 });
    await t.app.get(SearchIndexer).sync({ kind: 'job', id: job.id });
    const { client: member } = await signedIn('employer', { organisationId: profile.organisationId });
    return { employerId: profile.organisationId, jobId: job.id, word, member };
  }

  const hitIds = async (client: HttpClient, word: string): Promise<string[]> =>
    (await client.get(`/api/v1/opportunities/search?q=${word}`).then(status(200))).body.hits.map((hit: { id: string }) => hit.id);

  /** Whether a survivor finds the job right now, in search and on its detail page. */
  async function visible(jobId: string, word: string): Promise<{ search: boolean; detail: boolean }> {
    const { client: survivor } = await signedIn('survivor');
    const detail = await survivor.get(`/api/v1/opportunities/jobs/${jobId}`);
    expect([200, 404]).toContain(detail.status);
    return { search: (await hitIds(survivor, word)).includes(jobId), detail: detail.status === 200 };
  }

  describe('concerns', () => {
    // Twenty reports an hour are accepted from one address; start this block on a fresh hour.
    beforeAll(() => t.clock.advance(HOUR + MINUTE));

    const report = (client: HttpClient, employerId: string, category: string, details = 'Something is not right at this workplace.') =>
      client.post(`/api/v1/employers/${employerId}/concerns`, { category, details });

    const concernsOf = async (staff: HttpClient, employerId: string, query = '') =>
      (await staff.get(`/api/v1/concerns${query}`).then(status(200))).body.filter((concern: { employerId: string }) => concern.employerId === employerId);

    it('lets anyone report, signed in or not, with 202 and words for the reporter', async () => {
      const { employerId } = await vettedEmployerWithJob();
      const anonymous = await report(new HttpClient(t.app), employerId, 'other').then(status(202));
      expect(anonymous.body.message).toMatch(/will not be told who reported/);
      await report((await signedIn('survivor')).client, employerId, 'other').then(status(202));
      await report((await signedIn('employer')).client, employerId, 'other').then(status(202));
      expect(await concernsOf(await caseworker(), employerId)).toHaveLength(3);
    });

    it('answers 404 for an unknown employer and 400 for an unknown category or no details', async () => {
      const anonymous = new HttpClient(t.app);
      await report(anonymous, '9f1c1f1e-4b7a-4c39-9d7e-3a0f5d8e2b11', 'other').then(status(404));
      const { employerId } = await vettedEmployerWithJob();
      expect((await report(anonymous, employerId, 'bad_vibes').then(status(400))).body.fields).toHaveProperty('category');
      expect((await report(anonymous, employerId, 'documents_held', '  ').then(status(400))).body.fields).toHaveProperty('details');
      expect(await vettingStatus(employerId)).toBe('vetted');
      expect(await concernsOf(await caseworker(), employerId)).toEqual([]);
    });

    it('suspends a vetted employer at once on a forced-labour indicator: its jobs leave search and detail', async () => {
      const { employerId, jobId, word, member } = await vettedEmployerWithJob();
      expect(await visible(jobId, word)).toEqual({ search: true, detail: true });
      const { user: reporter, client } = await signedIn('survivor', { displayName: 'Rosa Reporter-Quintana' });

      await report(client, employerId, 'documents_held', 'The manager keeps our passports in the office safe.').then(status(202));

      // No wait: the hold and the visibility check share the database.
      expect(await visible(jobId, word)).toEqual({ search: false, detail: false });
      const standing = await member.get('/api/v1/employers/me').then(status(200));
      expect(standing.body).toMatchObject({ status: 'suspended', canPublish: false, reason: expect.stringMatching(/on hold while a concern is reviewed/) });
      const seen = JSON.stringify(standing.body);
      for (const hidden of ['passports', 'documents_held', 'survivor', reporter.email, reporter.id, 'Rosa']) expect(seen).not.toContain(hidden);

      const draft = await factories.job({ employerId, regionCode: 'riverside' });
      const refused = await member.post(`/api/v1/jobs/${draft.id}/publish`).then(status(403));
      expect(refused.body.code).toBe('employer_not_vetted');
      expect(refused.body.message).not.toContain('passports');
    });

    it('does not hold publication for a concern of category other', async () => {
      const { employerId, jobId, word, member } = await vettedEmployerWithJob();
      await report(new HttpClient(t.app), employerId, 'other', 'The job advert has a typo in the address.').then(status(202));
      expect(await visible(jobId, word)).toEqual({ search: true, detail: true });
      expect((await member.get('/api/v1/employers/me').then(status(200))).body).toMatchObject({ status: 'vetted', canPublish: true });
      const [concern] = await concernsOf(await caseworker(), employerId);
      expect(concern).toMatchObject({ category: 'other', status: 'open', holdsPublication: false });
    });

    it("shows caseworkers the reporter's role, never who they are", async () => {
      const { employerId } = await vettedEmployerWithJob();
      const organisation = await factories.organisation({ kind: 'service_provider' });
      const { user: reporter, client } = await signedIn('survivor', { organisationId: organisation.id, displayName: 'Nadia Reporter-Okafor' });
      await report(client, employerId, 'wages_withheld', 'Three months without pay.').then(status(202));
      await report(new HttpClient(t.app), employerId, 'other', 'Heard from a neighbour.').then(status(202));

      const { client: ownCaseworker } = await signedIn('caseworker', { organisationId: organisation.id });
      const listed = await ownCaseworker.get('/api/v1/concerns').then(status(200));
      const mine = listed.body.filter((concern: { employerId: string }) => concern.employerId === employerId);
      expect(mine).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ category: 'wages_withheld', details: 'Three months without pay.', reporterRole: 'survivor', reporterInYourOrganisation: true, holdsPublication: true }),
          expect.objectContaining({ category: 'other', reporterRole: null, reporterInYourOrganisation: false, holdsPublication: false }),
        ]),
      );
      expect(mine).toHaveLength(2);
      const otherCaseworker = await caseworker();
      expect((await concernsOf(otherCaseworker, employerId)).find((concern: { category: string }) => concern.category === 'wages_withheld')).toMatchObject({
        reporterInYourOrganisation: false,
      });

      const detail = await otherCaseworker.get(`/api/v1/employers/${employerId}`).then(status(200));
      expect(detail.body.concerns).toHaveLength(2);
      for (const json of [JSON.stringify(listed.body), JSON.stringify(detail.body)]) {
        for (const hidden of [reporter.email, reporter.id, 'Nadia']) expect(json).not.toContain(hidden);
      }
    });

    it('refuses survivors and employers the concern list and reviews (403), and anonymous callers (401)', async () => {
      const { employerId } = await vettedEmployerWithJob();
      await report(new HttpClient(t.app), employerId, 'excessive_hours', 'Sixteen-hour shifts every day.').then(status(202));
      const [concern] = await concernsOf(await caseworker(), employerId);
      for (const role of ['survivor', 'employer'] as const) {
        const { client } = await signedIn(role);
        expect((await client.get('/api/v1/concerns').then(status(403))).body.code).toBe('forbidden');
        await client.post(`/api/v1/concerns/${concern.id}/review`, { outcome: 'dismissed', note: 'Not true' }).then(status(403));
      }
      const anonymous = new HttpClient(t.app);
      await anonymous.get('/api/v1/concerns').then(status(401));
      await anonymous.post(`/api/v1/concerns/${concern.id}/review`, { outcome: 'dismissed', note: 'Not true' }).then(status(401));
      expect((await concernsOf(await caseworker(), employerId))[0]).toMatchObject({ status: 'open', reviewedAt: null });
      expect(await vettingStatus(employerId)).toBe('suspended');
    });

    it('restores vetted when the last open indicator concern is dismissed, not before', async () => {
      const { employerId, jobId, word, member } = await vettedEmployerWithJob();
      const anonymous = new HttpClient(t.app);
      await report(anonymous, employerId, 'recruitment_fees', 'Workers paid a fee to an agent for this job.').then(status(202));
      await report(anonymous, employerId, 'not_free_to_leave', 'The dormitory is locked at night.').then(status(202));
      const staff = await caseworker();
      const [first, second] = await concernsOf(staff, employerId);

      const dismissedOne = await staff.post(`/api/v1/concerns/${first.id}/review`, { outcome: 'dismissed', note: 'The agent is unrelated.' }).then(status(200));
      expect(dismissedOne.body).toMatchObject({ status: 'dismissed', holdsPublication: false, reviewNote: 'The agent is unrelated.', reviewedAt: expect.any(String) });
      expect((await member.get('/api/v1/employers/me').then(status(200))).body.status).toBe('suspended');
      expect(await visible(jobId, word)).toEqual({ search: false, detail: false });

      await staff.post(`/api/v1/concerns/${second.id}/review`, { outcome: 'dismissed', note: 'Visited: the door is not locked.' }).then(status(200));
      expect((await member.get('/api/v1/employers/me').then(status(200))).body).toMatchObject({ status: 'vetted', reason: null, canPublish: true });
      expect((await visible(jobId, word)).detail).toBe(true);
      // The index sync runs on the queue worker.
      await waitFor(async () => (await visible(jobId, word)).search, 'the job to be back in search');
      expect(await concernsOf(staff, employerId)).toEqual([]);
      expect(await concernsOf(staff, employerId, '?status=dismissed')).toHaveLength(2);
    });

    it('keeps the employer suspended when a concern is upheld', async () => {
      const { employerId, jobId, word, member } = await vettedEmployerWithJob();
      await report(new HttpClient(t.app), employerId, 'threats_or_violence', 'A supervisor threatened to call immigration.').then(status(202));
      const staff = await caseworker();
      const [concern] = await concernsOf(staff, employerId);
      await staff.post(`/api/v1/concerns/${concern.id}/review`, { outcome: 'upheld', note: 'Confirmed by two workers.' }).then(status(200));
      expect((await member.get('/api/v1/employers/me').then(status(200))).body).toMatchObject({ status: 'suspended', canPublish: false });
      expect(await visible(jobId, word)).toEqual({ search: false, detail: false });
    });

    it('answers 409 to a second review and keeps the first', async () => {
      const { employerId } = await vettedEmployerWithJob();
      await report(new HttpClient(t.app), employerId, 'unsafe_workplace', 'No guard on the bread slicer.').then(status(202));
      const staff = await caseworker();
      const [concern] = await concernsOf(staff, employerId);
      expect((await staff.post(`/api/v1/concerns/${concern.id}/review`, { outcome: 'upheld', note: 'ok' }).then(status(400))).body.fields).toHaveProperty('note');
      await staff.post(`/api/v1/concerns/${concern.id}/review`, { outcome: 'upheld', note: 'Guard missing on visit.' }).then(status(200));
      const again = await staff.post(`/api/v1/concerns/${concern.id}/review`, { outcome: 'dismissed', note: 'Changed my mind.' }).then(status(409));
      expect(again.body.code).toBe('conflict');
      expect((await concernsOf(staff, employerId, '?status=upheld,dismissed'))[0]).toMatchObject({ status: 'upheld', reviewNote: 'Guard missing on visit.' });
      expect(await vettingStatus(employerId)).toBe('suspended');
      await staff.post('/api/v1/concerns/9f1c1f1e-4b7a-4c39-9d7e-3a0f5d8e2b11/review', { outcome: 'upheld', note: 'Nothing here.' }).then(status(404));
    });

    it('refuses to vet while a forced-labour concern is open (409), and vets once it is reviewed', async () => {
      const { employerId, member } = await pendingEmployer();
      const staff = await caseworker();
      await staff.post(`/api/v1/employers/${employerId}/review`).then(status(200));
      await report(new HttpClient(t.app), employerId, 'documents_held', 'They asked to keep my ID card.').then(status(202));
      // Not vetted, so nothing to hold: it stays in the review queue, and the concern blocks vetting.
      expect(await vettingStatus(employerId)).toBe('in_review');

      const refused = await staff.post(`/api/v1/employers/${employerId}/decision`, { decision: 'vetted', checklist: allConfirmed() }).then(status(409));
      expect(refused.body.code).toBe('conflict');
      expect(await vettingStatus(employerId)).toBe('in_review');

      const [concern] = await concernsOf(staff, employerId);
      await staff.post(`/api/v1/concerns/${concern.id}/review`, { outcome: 'dismissed', note: 'Photocopy only, returned the same day.' }).then(status(200));
      // Dismissing does not vet it: a caseworker decides.
      expect(await vettingStatus(employerId)).toBe('in_review');
      await staff.post(`/api/v1/employers/${employerId}/decision`, { decision: 'vetted', checklist: allConfirmed() }).then(status(200));
      expect((await member.get('/api/v1/employers/me').then(status(200))).body).toMatchObject({ status: 'vetted', canPublish: true });
    });
  });

  describe('audit trail', () => {
    const auditRows = (action: string, subjectId: string) =>
      db.query(`SELECT actor_user_id, actor_role, subject_type, subject_id, outcome FROM audit_events WHERE action = $1 AND subject_id = $2`, [action, subjectId]);

    it('records a vetting decision, a suspension and a concern report', async () => {
      const { employerId } = await pendingEmployer();
      const { user, client: staff } = await signedIn('caseworker');
      await staff.post(`/api/v1/employers/${employerId}/decision`, { decision: 'vetted', checklist: allConfirmed() }).then(status(200));
      await staff.post(`/api/v1/employers/${employerId}/suspension`, { reason: 'Complaints about pay' }).then(status(200));
      await new HttpClient(t.app).post(`/api/v1/employers/${employerId}/concerns`, { category: 'wages_withheld', details: 'Pay is months late.' }).then(status(202));

      const byCaseworker = { actor_user_id: user.id, actor_role: 'caseworker', subject_type: 'organisation', subject_id: employerId, outcome: 'success' };
      expect(await auditRows('employer.vetted', employerId)).toEqual([byCaseworker]);
      expect(await auditRows('employer.suspended', employerId)).toEqual([byCaseworker]);
      expect(await auditRows('concern.report', employerId)).toEqual([{ ...byCaseworker, actor_user_id: null, actor_role: null }]);
    });
  });

  // Last: it moves the clock past a vetting's end.
  describe('when a vetting expires', () => {
    it('stops publishing and takes the published job out of search and detail at once', async () => {
      const { employerId } = await pendingEmployer();
      const staff = await caseworker();
      await staff.post(`/api/v1/employers/${employerId}/decision`, { decision: 'vetted', checklist: allConfirmed(), vettedUntil: dateIn(1) }).then(status(200));
      const { client: member } = await signedIn('employer', { organisationId: employerId });
      const word = `loom${unique()}`;
      const job = {
        title: `Weaver ${word}`,
        description: 'Weave rugs on hand looms in a bright, quiet workshop with a team of six.',
        requiredSkills: [],
        preferredSkills: [],
        sector: 'garment_crafts',
        regionCode: 'riverside',
        remote: false,
        wage: { amountMinor: 1300, currency: 'GBP', period: 'hour' },
        hoursPerWeek: 30,
        languages: ['en'],
      };
      const published = await member.post('/api/v1/jobs', job).then(status(201));
      await member.post(`/api/v1/jobs/${published.body.id}/publish`).then(status(200));
      const draft = await member.post('/api/v1/jobs', { ...job, title: `Second weaver ${word}` }).then(status(201));
      await waitFor(async () => (await visible(published.body.id, word)).search, 'the job to reach search');

      t.clock.advance(2 * DAY);

      // Sessions went idle meanwhile: sign in again, as people would.
      const { client: memberAgain } = await signedIn('employer', { organisationId: employerId });
      expect(await visible(published.body.id, word)).toEqual({ search: false, detail: false });
      const { client: survivor } = await signedIn('survivor');
      expect((await survivor.get(`/api/v1/opportunities/search?q=${word}`).then(status(200))).body.total).toBe(0);

      const refused = await memberAgain.post(`/api/v1/jobs/${draft.body.id}/publish`).then(status(403));
      expect(refused.body).toMatchObject({ code: 'employer_not_vetted', message: expect.stringMatching(/expired/) });
      expect((await memberAgain.get(`/api/v1/jobs/${draft.body.id}`).then(status(200))).body.status).toBe('draft');
      expect((await memberAgain.get('/api/v1/employers/me').then(status(200))).body).toMatchObject({
        status: 'vetted',
        expired: true,
        canPublish: false,
        publishingBlockedBecause: expect.stringMatching(/expired/),
      });
      const listed = await (await caseworker()).get('/api/v1/employers?status=vetted').then(status(200));
      expect(listed.body.find((row: { id: string }) => row.id === employerId)).toMatchObject({ expired: true });
    });
  });
});
