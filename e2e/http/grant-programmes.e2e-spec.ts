import { createTestApp, Factories, HttpClient, status, TEST_PASSWORD, TestApp, waitFor } from '@onward/api/testing';
import { Role } from '@onward/shared';
import { randomBytes } from 'node:crypto';
import supertest from 'supertest';
import { DataSource } from 'typeorm';

const DAY = 86_400_000;

/**
 * Grant programmes: run by caseworkers for any funder or by a funder's own members, opened and
 * closed, and shown to survivors only while open and before the deadline.
 */
describe('Grant programmes', () => {
  let t: TestApp;
  let factories: Factories;
  let db: DataSource;
  let funderId: string;
  let otherFunderId: string;
  let funderMember: HttpClient;
  let caseworker: HttpClient;

  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT_PER_IP: '10000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '10000' } });
    factories = new Factories(t.app);
    db = t.app.get(DataSource);
    await factories.region({ code: 'riverside', name: 'Riverside' });
    funderId = (await factories.organisation({ kind: 'funder', name: 'Seedling Fund' })).id;
    otherFunderId = (await factories.organisation({ kind: 'funder', name: 'Other Fund' })).id;
    // A funder's members hold the employer role in the funder organisation.
    funderMember = await signIn('employer', funderId);
    caseworker = await signIn('caseworker');
  });
  afterAll(() => t.close());

  async function signIn(role: Role, organisationId?: string): Promise<HttpClient> {
    const user = await factories.user({ role, organisationId });
    const client = new HttpClient(t.app);
    await client.login(user.email, TEST_PASSWORD).then(status(200));
    return client;
  }

  const unique = () => randomBytes(4).toString('hex');
  const dateIn = (days: number) => new Date(t.clock.now().getTime() + days * DAY).toISOString().slice(0, 10);

  function programmeBody(overrides: Record<string, unknown> = {}) {
    return {
      title: 'Start-up grants for market stalls',
      description: 'Money for a first stock of goods, a stall licence and scales, for people starting out.',
      amount: { minMinor: 20_000, maxMinor: 150_000, currency: 'GBP' },
      eligibility: 'Anyone supported by a partner organisation.',
      requiredDocuments: ['A one-page plan'],
      sector: 'retail',
      regionCode: 'riverside',
      ...overrides,
    };
  }

  const programmeCount = async () => (await db.query(`SELECT count(*)::int AS n FROM grant_programmes`))[0].n as number;

  async function create(client: HttpClient, overrides: Record<string, unknown> = {}) {
    return (await client.post('/api/v1/grant-programmes', programmeBody(overrides)).then(status(201))).body;
  }

  async function refusedWithoutChange(id: string, request: () => Promise<supertest.Response>, expected: number) {
    const read = async () => (await caseworker.get(`/api/v1/grant-programmes/${id}`).then(status(200))).body;
    const before = await read();
    const response = await request().then(status(expected));
    expect(await read()).toEqual(before);
    return response;
  }

  const searchIds = async (client: HttpClient, q: string): Promise<string[]> =>
    (await client.get(`/api/v1/opportunities/search?q=${q}`).then(status(200))).body.hits.map((hit: { id: string }) => hit.id);

  describe('who runs them', () => {
    it('lists every funder to caseworkers and admins (to choose from), and to nobody else', async () => {
      const funder = await factories.organisation({ kind: 'funder', name: 'Listed Fund' });
      const employerOrganisation = await factories.organisation({ kind: 'employer' });
      for (const role of ['caseworker', 'admin'] as const) {
        const { body } = await (await signIn(role)).get('/api/v1/organisations/funders').then(status(200));
        expect(body.items).toContainEqual({ id: funder.id, name: 'Listed Fund', kind: 'funder' });
        expect(body.items.every((item: { kind: string }) => item.kind === 'funder')).toBe(true);
        expect(body.items.map((item: { id: string }) => item.id)).not.toContain(employerOrganisation.id);
      }
      await (await signIn('survivor')).get('/api/v1/organisations/funders').then(status(403));
      await (await signIn('employer')).get('/api/v1/organisations/funders').then(status(403));
    });

    it('lets a caseworker create a programme for the funder they name', async () => {
      const created = await create(caseworker, { funderId });
      expect(created).toMatchObject({
        funderId,
        funderName: 'Seedling Fund',
        status: 'draft',
        amount: { minMinor: 20_000, maxMinor: 150_000, currency: 'GBP' },
        regionCode: 'riverside',
        regionName: 'Riverside',
        openedAt: null,
      });
      expect((await caseworker.get(`/api/v1/grant-programmes/${created.id}`).then(status(200))).body).toEqual(created);
    });

    it.each([
      ['no funder', undefined],
      ['an employer organisation', 'employer'],
      ['a service provider', 'service_provider'],
      ['an organisation that does not exist', '9f1c1f1e-4b7a-4c39-9d7e-3a0f5d8e2b11'],
    ])('refuses a caseworker naming %s as the funder with 400 on funderId', async (_what, kind) => {
      const id = kind === 'employer' || kind === 'service_provider' ? (await factories.organisation({ kind })).id : kind;
      const before = await programmeCount();
      const refused = await caseworker.post('/api/v1/grant-programmes', programmeBody({ funderId: id })).then(status(400));
      expect(refused.body.fields).toHaveProperty('funderId');
      expect(await programmeCount()).toBe(before);
    });

    it('refuses a region that does not exist with 400 on regionCode, and takes an empty one as every region (the fuzz suite found a 500 here)', async () => {
      const before = await programmeCount();
      for (const regionCode of ['nowhere', 'x']) {
        expect((await caseworker.post('/api/v1/grant-programmes', programmeBody({ funderId, regionCode })).then(status(400))).body.fields).toHaveProperty('regionCode');
      }
      expect(await programmeCount()).toBe(before);
      expect((await caseworker.post('/api/v1/grant-programmes', programmeBody({ funderId, regionCode: '' })).then(status(201))).body.regionCode).toBeNull();
    });

    it("lets a funder's member create for their own organisation without naming it, and only for it", async () => {
      const created = await create(funderMember);
      expect(created).toMatchObject({ funderId, funderName: 'Seedling Fund', status: 'draft' });
      await create(funderMember, { funderId });

      const before = await programmeCount();
      expect((await funderMember.post('/api/v1/grant-programmes', programmeBody({ funderId: otherFunderId })).then(status(403))).body.code).toBe('forbidden');
      expect(await programmeCount()).toBe(before);
    });

    it("answers a funder's member 404 for another funder's programme, and changes nothing", async () => {
      const theirs = await factories.grantProgramme({ funderId: otherFunderId });
      for (const request of [
        () => funderMember.get(`/api/v1/grant-programmes/${theirs.id}`),
        () => funderMember.put(`/api/v1/grant-programmes/${theirs.id}`, programmeBody({ title: 'Taken over' })),
        () => funderMember.post(`/api/v1/grant-programmes/${theirs.id}/open`),
        () => funderMember.post(`/api/v1/grant-programmes/${theirs.id}/close`),
      ]) {
        expect((await refusedWithoutChange(theirs.id, request, 404)).body.code).toBe('not_found');
      }
      const listed = await funderMember.get(`/api/v1/grant-programmes?funderId=${otherFunderId}`).then(status(200));
      expect(listed.body.map((row: { id: string }) => row.id)).not.toContain(theirs.id);
      expect(listed.body.every((row: { funderId: string }) => row.funderId === funderId)).toBe(true);
    });

    it('refuses a member of an employer organisation (403), a survivor (403) and an anonymous caller (401)', async () => {
      const programme = await factories.grantProgramme({ funderId });
      const employerMember = await signIn('employer', (await factories.employer()).organisationId);
      const before = await programmeCount();
      expect((await employerMember.post('/api/v1/grant-programmes', programmeBody()).then(status(403))).body.code).toBe('forbidden');
      await refusedWithoutChange(programme.id, () => employerMember.post(`/api/v1/grant-programmes/${programme.id}/open`), 404);

      const survivor = await signIn('survivor');
      const anonymous = new HttpClient(t.app);
      for (const [client, expected] of [
        [survivor, 403],
        [anonymous, 401],
      ] as const) {
        await client.post('/api/v1/grant-programmes', programmeBody({ funderId })).then(status(expected));
        await client.get('/api/v1/grant-programmes').then(status(expected));
        await refusedWithoutChange(programme.id, () => client.get(`/api/v1/grant-programmes/${programme.id}`), expected);
        await refusedWithoutChange(programme.id, () => client.put(`/api/v1/grant-programmes/${programme.id}`, programmeBody({ title: 'Changed' })), expected);
        await refusedWithoutChange(programme.id, () => client.post(`/api/v1/grant-programmes/${programme.id}/open`), expected);
      }
      expect(await programmeCount()).toBe(before);
    });
  });

  describe('bad input', () => {
    it.each([
      ['a largest amount below the smallest', { amount: { minMinor: 50_000, maxMinor: 49_999, currency: 'GBP' } }, 'amount.maxMinor'],
      ['a negative amount', { amount: { minMinor: -1, maxMinor: 100, currency: 'GBP' } }, 'amount.minMinor'],
      ['no amount', { amount: undefined }, 'amount'],
      ['a lower-case currency', { amount: { minMinor: 1, maxMinor: 100, currency: 'gbp' } }, 'amount.currency'],
      ['an unknown region', { regionCode: 'atlantis' }, 'regionCode'],
      ['a deadline that is not a date', { deadline: '31/03/2027' }, 'deadline'],
      ['an unknown sector', { sector: 'piracy' }, 'sector'],
      ['a status', { status: 'open' }, 'status'],
    ])('refuses %s with 400 naming the field, and saves nothing', async (_what, overrides, field) => {
      const before = await programmeCount();
      const refused = await funderMember.post('/api/v1/grant-programmes', programmeBody(overrides)).then(status(400));
      expect(refused.body.code).toBe('validation_failed');
      expect(refused.body.fields).toHaveProperty([field]);
      expect(await programmeCount()).toBe(before);
    });

    it('refuses an edit with the largest amount below the smallest, leaving the programme as it was', async () => {
      const programme = await create(funderMember);
      const refused = await refusedWithoutChange(
        programme.id,
        () => funderMember.put(`/api/v1/grant-programmes/${programme.id}`, programmeBody({ amount: { minMinor: 10, maxMinor: 9, currency: 'GBP' } })),
        400,
      );
      expect(refused.body.fields).toHaveProperty(['amount.maxMinor']);
    });
  });

  describe('lifecycle', () => {
    it('shows survivors an open programme and hides it again once closed; a closed one stays closed', async () => {
      const word = `stall${unique()}`;
      const programme = await create(funderMember, { title: `Market ${word} grants` });
      const survivor = await signIn('survivor');
      await survivor.get(`/api/v1/opportunities/grants/${programme.id}`).then(status(404));

      const opened = await funderMember.post(`/api/v1/grant-programmes/${programme.id}/open`).then(status(200));
      expect(opened.body).toMatchObject({ status: 'open', openedAt: t.clock.now().toISOString() });
      expect((await survivor.get(`/api/v1/opportunities/grants/${programme.id}`).then(status(200))).body).toMatchObject({
        title: `Market ${word} grants`,
        funderName: 'Seedling Fund',
        amount: { minMinor: 20_000, maxMinor: 150_000, currency: 'GBP' },
        regionName: 'Riverside',
      });
      await waitFor(async () => (await searchIds(survivor, word)).includes(programme.id), 'the programme to reach search');
      await funderMember.post(`/api/v1/grant-programmes/${programme.id}/open`).then(status(200));

      const closed = await funderMember.post(`/api/v1/grant-programmes/${programme.id}/close`).then(status(200));
      expect(closed.body).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
      // At once: results are checked against the database.
      expect(await searchIds(survivor, word)).not.toContain(programme.id);
      await survivor.get(`/api/v1/opportunities/grants/${programme.id}`).then(status(404));

      expect((await refusedWithoutChange(programme.id, () => funderMember.post(`/api/v1/grant-programmes/${programme.id}/open`), 409)).body.code).toBe('conflict');
      await refusedWithoutChange(programme.id, () => funderMember.put(`/api/v1/grant-programmes/${programme.id}`, programmeBody({ title: 'Reopened' })), 409);
    });

    it('refuses to open a programme whose deadline has passed, or to move an open one past it', async () => {
      const late = await create(funderMember, { deadline: dateIn(-1) });
      const refused = await refusedWithoutChange(late.id, () => funderMember.post(`/api/v1/grant-programmes/${late.id}/open`), 400);
      expect(refused.body.fields).toHaveProperty('deadline');

      const open = await create(funderMember, { deadline: dateIn(10) });
      await funderMember.post(`/api/v1/grant-programmes/${open.id}/open`).then(status(200));
      await refusedWithoutChange(open.id, () => funderMember.put(`/api/v1/grant-programmes/${open.id}`, programmeBody({ deadline: dateIn(-1) })), 400);
    });

    // Last: it moves the clock.
    it('hides an open programme from survivors once its deadline has passed', async () => {
      const word = `deadline${unique()}`;
      const programme = await create(caseworker, { funderId, title: `Grants ${word}`, deadline: dateIn(0) });
      await caseworker.post(`/api/v1/grant-programmes/${programme.id}/open`).then(status(200));
      const survivor = await signIn('survivor');
      await waitFor(async () => (await searchIds(survivor, word)).includes(programme.id), 'the programme to reach search');

      t.clock.advance(DAY);

      const later = await signIn('survivor');
      expect(await searchIds(later, word)).not.toContain(programme.id);
      await later.get(`/api/v1/opportunities/grants/${programme.id}`).then(status(404));
      // Hidden, not changed: the funder still sees it open.
      expect((await (await signIn('caseworker')).get(`/api/v1/grant-programmes/${programme.id}`).then(status(200))).body.status).toBe('open');
    });
  });
});
