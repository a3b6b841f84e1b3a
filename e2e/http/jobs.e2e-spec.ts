import { createTestApp, Factories, HttpClient, status, TEST_PASSWORD, TestApp, waitFor } from '@onward/api/testing';
import { Role } from '@onward/shared';
import supertest from 'supertest';
import { DataSource } from 'typeorm';

const DAY = 86_400_000;

/**
 * Employers' jobs: drafts, the wage floor, publishing and closing, and who may touch which job,
 * through the real HTTP pipeline.
 */
describe('Jobs', () => {
  let t: TestApp;
  let factories: Factories;
  let db: DataSource;
  let employerId: string;
  let member: HttpClient;
  let otherMember: HttpClient;
  let survivor: HttpClient;

  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT_PER_IP: '10000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '10000' } });
    factories = new Factories(t.app);
    db = t.app.get(DataSource);
    await factories.region({ code: 'riverside', name: 'Riverside', hourlyWageFloorMinor: 1271 });
    await factories.region({ code: 'flatfield', name: 'Flatfield', hourlyWageFloorMinor: 1200 });
    await factories.region({ code: 'lisboa', name: 'Lisboa', hourlyWageFloorMinor: 500, currency: 'EUR' });
    employerId = (await factories.employer({ name: 'Riverside Kitchens' })).organisationId;
    member = await signIn('employer', employerId);
    otherMember = await signIn('employer', (await factories.employer()).organisationId);
    survivor = await signIn('survivor');
  });
  afterAll(() => t.close());

  async function signIn(role: Role, organisationId?: string): Promise<HttpClient> {
    const user = await factories.user({ role, organisationId });
    const client = new HttpClient(t.app);
    await client.login(user.email, TEST_PASSWORD).then(status(200));
    return client;
  }

  const dateIn = (days: number) => new Date(t.clock.now().getTime() + days * DAY).toISOString().slice(0, 10);

  function jobBody(overrides: Record<string, unknown> = {}) {
    return {
      title: 'Kitchen assistant',
      description: 'Prepare vegetables, wash up and keep the kitchen of a busy café clean and safe.',
      requiredSkills: ['hospitality.cafe_counter'],
      preferredSkills: ['hospitality.barista'],
      sector: 'hospitality',
      regionCode: 'riverside',
      remote: false,
      wage: { amountMinor: 1300, currency: 'GBP', period: 'hour' },
      hoursPerWeek: 30,
      languages: ['en'],
      ...overrides,
    };
  }

  async function draft(overrides: Record<string, unknown> = {}, client = member): Promise<{ id: string } & Record<string, unknown>> {
    return (await client.post('/api/v1/jobs', jobBody(overrides)).then(status(201))).body;
  }

  const read = async (id: string) => (await member.get(`/api/v1/jobs/${id}`).then(status(200))).body;

  /** Runs a request that must fail and checks the job is exactly as it was. */
  async function refusedWithoutChange(id: string, request: () => Promise<supertest.Response>, expected: number) {
    const before = await read(id);
    const response = await request().then(status(expected));
    expect(await read(id)).toEqual(before);
    return response;
  }

  const jobCount = async () => (await db.query(`SELECT count(*)::int AS n FROM jobs WHERE employer_id = $1`, [employerId]))[0].n as number;

  describe('drafts', () => {
    it('saves a draft for the employer, with the hourly wage worked out and skills de-duplicated', async () => {
      const created = await draft({
        requiredSkills: ['hospitality.cafe_counter', 'hospitality.cafe_counter'],
        preferredSkills: ['hospitality.cafe_counter', 'hospitality.barista'],
        wage: { amountMinor: 52_000, currency: 'GBP', period: 'week' },
        hoursPerWeek: 40,
        languages: ['en', 'es', 'en'],
        trainingOffered: '  ',
        closingDate: dateIn(30),
      });
      expect(created).toMatchObject({
        employerId,
        employerName: 'Riverside Kitchens',
        status: 'draft',
        regionCode: 'riverside',
        regionName: 'Riverside',
        requiredSkills: ['hospitality.cafe_counter'],
        preferredSkills: ['hospitality.barista'],
        wage: { amountMinor: 52_000, currency: 'GBP', period: 'week' },
        hourlyWageMinor: 1300,
        languages: ['en', 'es'],
        trainingOffered: null,
        closingDate: dateIn(30),
        publishedAt: null,
        closedAt: null,
      });
      expect(await read(created.id)).toEqual(created);
      const listed = await member.get('/api/v1/jobs?status=draft').then(status(200));
      expect(listed.body.map((job: { id: string }) => job.id)).toContain(created.id);
      await survivor.get(`/api/v1/opportunities/jobs/${created.id}`).then(status(404));
    });

    it('lets an employer that is not vetted yet save drafts, but not publish them', async () => {
      const pending = await factories.employer({ status: 'pending' });
      const client = await signIn('employer', pending.organisationId);
      const saved = await draft({}, client);
      const refused = await client.post(`/api/v1/jobs/${saved.id}/publish`).then(status(403));
      expect(refused.body.code).toBe('employer_not_vetted');
      expect((await client.get(`/api/v1/jobs/${saved.id}`).then(status(200))).body.status).toBe('draft');
    });

    it('refuses a member of an organisation that is not a registered employer with 403', async () => {
      const funder = await factories.organisation({ kind: 'funder' });
      const client = await signIn('employer', funder.id);
      const refused = await client.post('/api/v1/jobs', jobBody()).then(status(403));
      expect(refused.body.code).toBe('forbidden');
      expect((await db.query(`SELECT count(*)::int AS n FROM jobs WHERE employer_id = $1`, [funder.id]))[0].n).toBe(0);
    });

    it("answers another employer 404, not 403, on every route of a job, and changes nothing", async () => {
      const job = await draft();
      const routes: Array<[string, () => Promise<supertest.Response>]> = [
        ['GET', () => otherMember.get(`/api/v1/jobs/${job.id}`)],
        ['PUT', () => otherMember.put(`/api/v1/jobs/${job.id}`, jobBody({ title: 'Taken over' }))],
        ['publish', () => otherMember.post(`/api/v1/jobs/${job.id}/publish`)],
        ['close', () => otherMember.post(`/api/v1/jobs/${job.id}/close`)],
      ];
      for (const [name, request] of routes) {
        const response = await refusedWithoutChange(job.id, request, 404);
        expect({ name, code: response.body.code }).toEqual({ name, code: 'not_found' });
      }
      // Naming the employer in the list filter does not widen an employer's view.
      const listed = await otherMember.get(`/api/v1/jobs?employerId=${employerId}`).then(status(200));
      expect(listed.body.map((row: { id: string }) => row.id)).not.toContain(job.id);
    });

    it('refuses survivors (403) and anonymous callers (401) on every job route, and changes nothing', async () => {
      const job = await draft();
      const anonymous = new HttpClient(t.app);
      for (const [client, expected] of [
        [survivor, 403],
        [anonymous, 401],
      ] as const) {
        await client.get('/api/v1/jobs').then(status(expected));
        await client.post('/api/v1/jobs', jobBody()).then(status(expected));
        await refusedWithoutChange(job.id, () => client.get(`/api/v1/jobs/${job.id}`), expected);
        await refusedWithoutChange(job.id, () => client.put(`/api/v1/jobs/${job.id}`, jobBody({ title: 'Changed' })), expected);
        await refusedWithoutChange(job.id, () => client.post(`/api/v1/jobs/${job.id}/publish`), expected);
        await refusedWithoutChange(job.id, () => client.post(`/api/v1/jobs/${job.id}/close`), expected);
      }
    });

    it("lets staff read any employer's jobs but not change them", async () => {
      const job = await draft();
      const caseworker = await signIn('caseworker');
      expect((await caseworker.get(`/api/v1/jobs/${job.id}`).then(status(200))).body.id).toBe(job.id);
      const listed = await caseworker.get(`/api/v1/jobs?employerId=${employerId}`).then(status(200));
      expect(listed.body.map((row: { id: string }) => row.id)).toContain(job.id);
      expect(listed.body.every((row: { employerId: string }) => row.employerId === employerId)).toBe(true);
      await refusedWithoutChange(job.id, () => caseworker.put(`/api/v1/jobs/${job.id}`, jobBody({ title: 'Staff edit' })), 403);
      await refusedWithoutChange(job.id, () => caseworker.post(`/api/v1/jobs/${job.id}/publish`), 403);
    });

    it('answers 404 for a job that does not exist and 400 for an id that is not one', async () => {
      await member.get('/api/v1/jobs/9f1c1f1e-4b7a-4c39-9d7e-3a0f5d8e2b11').then(status(404));
      await member.post('/api/v1/jobs/9f1c1f1e-4b7a-4c39-9d7e-3a0f5d8e2b11/publish').then(status(404));
      expect((await member.get('/api/v1/jobs/1;DROP').then(status(400))).body.fields).toHaveProperty('id');
    });
  });

  describe('bad input', () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['no hours', { hoursPerWeek: 0 }, 'hoursPerWeek'],
      ['61 hours a week', { hoursPerWeek: 61 }, 'hoursPerWeek'],
      ['fractional hours', { hoursPerWeek: 37.5 }, 'hoursPerWeek'],
      ['a currency the region does not pay in', { regionCode: 'lisboa' }, 'wage.currency'],
      ['a lower-case currency', { wage: { amountMinor: 1300, currency: 'gbp', period: 'hour' } }, 'wage.currency'],
      ['a negative wage', { wage: { amountMinor: -1, currency: 'GBP', period: 'hour' } }, 'wage.amountMinor'],
      ['a wage in fractions of a penny', { wage: { amountMinor: 1300.5, currency: 'GBP', period: 'hour' } }, 'wage.amountMinor'],
      ['a fortnightly wage', { wage: { amountMinor: 1300, currency: 'GBP', period: 'fortnight' } }, 'wage.period'],
      ['no wage', { wage: undefined }, 'wage'],
      ['an unknown required skill', { requiredSkills: ['hospitality.dragon_taming'] }, 'requiredSkills'],
      ['an unknown preferred skill', { preferredSkills: ['cleaning', 'x'] }, 'preferredSkills'],
      ['an unknown region', { regionCode: 'atlantis' }, 'regionCode'],
      ['an unknown language', { languages: ['en', 'klingon'] }, 'languages'],
      ['an unknown sector', { sector: 'piracy' }, 'sector'],
      ['a closing date that is not a date', { closingDate: '2027-02-30' }, 'closingDate'],
      ['a short description', { description: 'Nice job' }, 'description'],
      ['a status', { status: 'published' }, 'status'],
      ['another employer id', { employerId: '9f1c1f1e-4b7a-4c39-9d7e-3a0f5d8e2b11' }, 'employerId'],
    ];

    it.each(cases)('refuses a new job with %s: 400 naming the field, nothing saved', async (_what, overrides, field) => {
      const before = await jobCount();
      const response = await member.post('/api/v1/jobs', jobBody(overrides)).then(status(400));
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.fields).toHaveProperty([field]);
      expect(await jobCount()).toBe(before);
    });

    it.each(cases)('refuses an edit with %s: 400 naming the field, the job unchanged', async (_what, overrides, field) => {
      const job = await draft();
      const response = await refusedWithoutChange(job.id, () => member.put(`/api/v1/jobs/${job.id}`, jobBody({ title: 'Edited', ...overrides })), 400);
      expect(response.body.fields).toHaveProperty([field]);
    });
  });

  describe('publishing', () => {
    it('refuses a wage under the region floor with wage_below_floor naming the floor, then publishes at the floor', async () => {
      const job = await draft({ wage: { amountMinor: 1270, currency: 'GBP', period: 'hour' } });
      const refused = await refusedWithoutChange(job.id, () => member.post(`/api/v1/jobs/${job.id}/publish`), 400);
      expect(refused.body).toMatchObject({ code: 'wage_below_floor', message: expect.stringContaining('12.71 GBP') });
      expect(refused.body.message).toContain('Riverside');
      expect(refused.body.fields.wage[0]).toContain('12.71 GBP');

      await member.put(`/api/v1/jobs/${job.id}`, jobBody({ wage: { amountMinor: 1271, currency: 'GBP', period: 'hour' } })).then(status(200));
      const published = await member.post(`/api/v1/jobs/${job.id}/publish`).then(status(200));
      expect(published.body).toMatchObject({ status: 'published', publishedAt: t.clock.now().toISOString() });
    });

    // Flatfield's floor is 12.00 an hour; 40 hours a week.
    it.each([
      ['hour', 1200, 1200, 200],
      ['hour', 1199, 1199, 400],
      ['week', 48_000, 1200, 200],
      ['week', 47_999, 1199, 400],
      ['month', 208_000, 1200, 200],
      ['month', 207_999, 1199, 400],
      ['year', 2_496_000, 1200, 200],
      ['year', 2_495_999, 1199, 400],
    ])('compares a wage of %s %i as %i an hour with the floor: %i', async (period, amountMinor, hourly, expected) => {
      const job = await draft({ regionCode: 'flatfield', wage: { amountMinor, currency: 'GBP', period }, hoursPerWeek: 40 });
      expect(job.hourlyWageMinor).toBe(hourly);
      const response = await member.post(`/api/v1/jobs/${job.id}/publish`).then(status(expected));
      if (expected === 400) expect(response.body).toMatchObject({ code: 'wage_below_floor', message: expect.stringContaining('12.00 GBP') });
      expect((await read(job.id)).status).toBe(expected === 200 ? 'published' : 'draft');
    });

    it('refuses to publish once the closing date has passed; the last day itself is fine', async () => {
      const late = await draft({ closingDate: dateIn(-1) });
      const refused = await refusedWithoutChange(late.id, () => member.post(`/api/v1/jobs/${late.id}/publish`), 400);
      expect(refused.body.fields).toHaveProperty('closingDate');
      const lastDay = await draft({ closingDate: dateIn(0) });
      await member.post(`/api/v1/jobs/${lastDay.id}/publish`).then(status(200));
    });

    it('publishing twice keeps the first publication time', async () => {
      const job = await draft();
      const first = await member.post(`/api/v1/jobs/${job.id}/publish`).then(status(200));
      t.clock.advance(60_000);
      const second = await member.post(`/api/v1/jobs/${job.id}/publish`).then(status(200));
      expect(second.body.publishedAt).toBe(first.body.publishedAt);
    });

    it('takes a closed job out of view at once; it cannot be edited or published again', async () => {
      const job = await draft({ title: 'Night porter' });
      await member.post(`/api/v1/jobs/${job.id}/publish`).then(status(200));
      await survivor.get(`/api/v1/opportunities/jobs/${job.id}`).then(status(200));

      const closed = await member.post(`/api/v1/jobs/${job.id}/close`).then(status(200));
      expect(closed.body).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
      await survivor.get(`/api/v1/opportunities/jobs/${job.id}`).then(status(404));

      expect((await refusedWithoutChange(job.id, () => member.put(`/api/v1/jobs/${job.id}`, jobBody({ title: 'Day porter' })), 409)).body.code).toBe('conflict');
      expect((await refusedWithoutChange(job.id, () => member.post(`/api/v1/jobs/${job.id}/publish`), 409)).body.code).toBe('conflict');
      // Closing again is harmless.
      await refusedWithoutChange(job.id, () => member.post(`/api/v1/jobs/${job.id}/close`), 200);
    });

    it('re-checks the floor when a published job is edited; a refused edit leaves it as it was', async () => {
      const job = await draft({ title: 'Barista for a riverside café' });
      await member.post(`/api/v1/jobs/${job.id}/publish`).then(status(200));

      const refused = await refusedWithoutChange(
        job.id,
        () => member.put(`/api/v1/jobs/${job.id}`, jobBody({ title: 'Barista, cheaper', wage: { amountMinor: 50_000, currency: 'GBP', period: 'week' }, hoursPerWeek: 40 })),
        400,
      );
      expect(refused.body).toMatchObject({ code: 'wage_below_floor', message: expect.stringContaining('12.71 GBP') });
      expect((await survivor.get(`/api/v1/opportunities/jobs/${job.id}`).then(status(200))).body).toMatchObject({
        title: 'Barista for a riverside café',
        wage: { amountMinor: 1300, period: 'hour' },
      });

      const edited = await member.put(`/api/v1/jobs/${job.id}`, jobBody({ title: 'Head barista for a riverside café', wage: { amountMinor: 1500, currency: 'GBP', period: 'hour' } })).then(status(200));
      expect(edited.body).toMatchObject({ status: 'published', hourlyWageMinor: 1500 });
      expect((await survivor.get(`/api/v1/opportunities/jobs/${job.id}`).then(status(200))).body.title).toBe('Head barista for a riverside café');
      // The index follows through the queue worker.
      await waitFor(async () => {
        const found = await survivor.get('/api/v1/opportunities/search?q=head%20barista').then(status(200));
        return found.body.hits.find((hit: { id: string; title: string }) => hit.id === job.id)?.title === 'Head barista for a riverside café';
      }, 'the edited title to reach search');
    });

    it('refuses to publish for a suspended employer, saying why', async () => {
      const suspended = await factories.employer({ status: 'suspended', statusReason: 'Unpaid wages reported' });
      const client = await signIn('employer', suspended.organisationId);
      const job = await draft({}, client);
      const refused = await client.post(`/api/v1/jobs/${job.id}/publish`).then(status(403));
      expect(refused.body).toMatchObject({ code: 'employer_not_vetted', message: expect.stringContaining('Unpaid wages reported') });
    });
  });
});
