import { createTestApp, Factories, HttpClient, status, TEST_PASSWORD, TestApp } from '@onward/api/testing';
import { Role } from '@onward/shared';
import { randomBytes } from 'node:crypto';

/** The reference data admins keep: the skills taxonomy and the regions with their wage floors. */
describe('Skills and regions', () => {
  let t: TestApp;
  let factories: Factories;
  let admin: HttpClient;
  let employer: HttpClient;
  let survivor: HttpClient;

  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT_PER_IP: '10000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '10000' } });
    factories = new Factories(t.app);
    await factories.region({ code: 'riverside', name: 'Riverside', hourlyWageFloorMinor: 1200 });
    admin = await signIn('admin');
    employer = await signIn('employer', (await factories.employer()).organisationId);
    survivor = await signIn('survivor');
  });
  afterAll(() => t.close());

  async function signIn(role: Role, organisationId?: string): Promise<HttpClient> {
    const user = await factories.user({ role, organisationId });
    const client = new HttpClient(t.app);
    await client.login(user.email, TEST_PASSWORD).then(status(200));
    return client;
  }

  const unique = () => randomBytes(3).toString('hex');
  const labels = (en: string) => ({ en, es: `${en} (es)`, ar: `${en} (ar)` });

  interface Taxonomy {
    version: number;
    groups: Array<{ code: string; labels: Record<string, string> }>;
    skills: Array<{ code: string; group: string; labels: Record<string, string>; retired: boolean }>;
  }
  const taxonomy = async (): Promise<Taxonomy> => (await survivor.get('/api/v1/skills').then(status(200))).body;
  const skill = async (code: string) => (await taxonomy()).skills.find((entry) => entry.code === code);

  function jobBody(overrides: Record<string, unknown> = {}) {
    return {
      title: 'Dry stone waller',
      description: 'Repair field walls on hill farms, working in a small team outdoors in all weathers.',
      requiredSkills: [],
      preferredSkills: [],
      sector: 'construction',
      regionCode: 'riverside',
      remote: false,
      wage: { amountMinor: 1300, currency: 'GBP', period: 'hour' },
      hoursPerWeek: 35,
      languages: ['en'],
      ...overrides,
    };
  }

  describe('skills taxonomy', () => {
    it('serves every signed-in user the version, the groups and about 300 skills labelled in English, Spanish and Arabic', async () => {
      const body = await taxonomy();
      expect(Number.isInteger(body.version) && body.version >= 1).toBe(true);
      expect(body.groups.length).toBeGreaterThanOrEqual(10);
      expect(body.skills.length).toBeGreaterThanOrEqual(280);
      expect(body.skills.length).toBeLessThanOrEqual(400);
      const groups = new Set(body.groups.map((group) => group.code));
      expect(new Set(body.skills.map((entry) => entry.code)).size).toBe(body.skills.length);
      for (const entry of [...body.groups, ...body.skills]) {
        for (const language of ['en', 'es', 'ar']) expect({ code: entry.code, language, ok: typeof entry.labels[language] === 'string' && entry.labels[language].trim().length > 0 }).toEqual({ code: entry.code, language, ok: true });
      }
      for (const entry of body.skills) {
        expect(entry.code).toMatch(/^[a-z0-9_]+\.[a-z0-9_]+$/);
        expect(groups.has(entry.group)).toBe(true);
        expect(entry.code.startsWith(`${entry.group}.`)).toBe(true);
      }
      expect(body.skills.find((entry) => entry.code === 'hospitality.barista')).toMatchObject({ retired: false, labels: { en: expect.any(String), es: expect.any(String), ar: expect.stringMatching(/[\u0600-\u06FF]/) } });
      for (const role of ['employer', 'caseworker', 'admin'] as const) await (await signIn(role)).get('/api/v1/skills').then(status(200));
      expect((await new HttpClient(t.app).get('/api/v1/skills').then(status(401))).body.code).toBe('unauthenticated');
    });

    it('lets an admin add a skill: the version goes up by one and employers can use it', async () => {
      const { version } = await taxonomy();
      const code = `construction.dry_stone_walling_${unique()}`;
      const created = await admin.post('/api/v1/skills', { code, labels: labels('Dry stone walling') }).then(status(201));
      expect(created.body).toEqual({ code, group: 'construction', labels: labels('Dry stone walling'), retired: false });
      const after = await taxonomy();
      expect(after.version).toBe(version + 1);
      expect(after.skills).toContainEqual(created.body);
      await employer.post('/api/v1/jobs', jobBody({ requiredSkills: [code] })).then(status(201));
    });

    it.each([
      ['a code that exists', () => ({ code: 'hospitality.barista', labels: labels('Barista again') }), 409, null],
      ['a group that does not exist', () => ({ code: `astronomy.stargazing_${unique()}`, labels: labels('Stargazing') }), 400, 'code'],
      ['a code without a group', () => ({ code: 'stargazing', labels: labels('Stargazing') }), 400, 'code'],
      ['a code in capitals', () => ({ code: 'Construction.Walls', labels: labels('Walls') }), 400, 'code'],
      ['a missing Arabic label', () => ({ code: `construction.thatching_${unique()}`, labels: { en: 'Thatching', es: 'Techado de paja' } }), 400, 'labels.ar'],
      ['no labels', () => ({ code: `construction.thatching_${unique()}` }), 400, 'labels'],
      ['an unknown field', () => ({ code: `construction.thatching_${unique()}`, labels: labels('Thatching'), retired: true }), 400, 'retired'],
    ])('refuses a new skill with %s, leaving the taxonomy as it was', async (_what, body, expected, field) => {
      const before = await taxonomy();
      const response = await admin.post('/api/v1/skills', body()).then(status(expected));
      if (field) expect(response.body.fields).toHaveProperty([field]);
      expect(await taxonomy()).toEqual(before);
    });

    it('renames a skill in a new version', async () => {
      const code = `construction.hedge_laying_${unique()}`;
      await admin.post('/api/v1/skills', { code, labels: labels('Hedge laying') }).then(status(201));
      const { version } = await taxonomy();
      const renamed = await admin.patch(`/api/v1/skills/${code}`, { labels: { en: 'Hedgelaying', es: 'Trenzado de setos', ar: 'تشكيل السياج' } }).then(status(200));
      expect(renamed.body).toEqual({ code, group: 'construction', labels: { en: 'Hedgelaying', es: 'Trenzado de setos', ar: 'تشكيل السياج' }, retired: false });
      const after = await taxonomy();
      expect(after.version).toBe(version + 1);
      expect(after.skills).toContainEqual(renamed.body);
    });

    it('retires a skill: still readable, refused on new jobs, and usable again once brought back', async () => {
      const code = `construction.lime_plastering_${unique()}`;
      await admin.post('/api/v1/skills', { code, labels: labels('Lime plastering') }).then(status(201));
      const existing = await employer.post('/api/v1/jobs', jobBody({ preferredSkills: [code] })).then(status(201));
      const { version } = await taxonomy();

      const retired = await admin.patch(`/api/v1/skills/${code}`, { retired: true }).then(status(200));
      expect(retired.body).toMatchObject({ code, retired: true, labels: labels('Lime plastering') });
      expect((await taxonomy()).version).toBe(version + 1);
      expect(await skill(code)).toMatchObject({ retired: true });

      for (const field of ['requiredSkills', 'preferredSkills']) {
        const refused = await employer.post('/api/v1/jobs', jobBody({ [field]: [code] })).then(status(400));
        expect(refused.body.fields[field].join(' ')).toContain(code);
      }
      // A job saved before keeps it.
      expect((await employer.get(`/api/v1/jobs/${existing.body.id}`).then(status(200))).body.preferredSkills).toEqual([code]);

      await admin.patch(`/api/v1/skills/${code}`, { retired: false }).then(status(200));
      expect(await skill(code)).toMatchObject({ retired: false });
      await employer.post('/api/v1/jobs', jobBody({ requiredSkills: [code] })).then(status(201));
    });

    it('answers 404 for a skill that does not exist and 400 for a bad code or an unknown field', async () => {
      const before = await taxonomy();
      await admin.patch('/api/v1/skills/construction.no_such_skill', { retired: true }).then(status(404));
      await admin.patch('/api/v1/skills/NOT-A-CODE', { retired: true }).then(status(400));
      expect((await admin.patch('/api/v1/skills/hospitality.barista', { group: 'care' }).then(status(400))).body.fields).toHaveProperty('group');
      expect(await taxonomy()).toEqual(before);
    });

    it.each(['caseworker', 'employer', 'survivor'] as const)('refuses a %s every change with 403; nothing changes', async (role) => {
      const client = await signIn(role);
      const before = await taxonomy();
      expect((await client.post('/api/v1/skills', { code: `construction.roofing_${unique()}`, labels: labels('Roofing') }).then(status(403))).body.code).toBe('forbidden');
      await client.patch('/api/v1/skills/hospitality.barista', { retired: true }).then(status(403));
      await client.patch('/api/v1/skills/hospitality.barista', { labels: labels('Coffee') }).then(status(403));
      expect(await taxonomy()).toEqual(before);
    });

    it('refuses an anonymous caller every change with 401', async () => {
      const anonymous = new HttpClient(t.app);
      const before = await taxonomy();
      await anonymous.post('/api/v1/skills', { code: `construction.roofing_${unique()}`, labels: labels('Roofing') }).then(status(401));
      await anonymous.patch('/api/v1/skills/hospitality.barista', { retired: true }).then(status(401));
      expect(await taxonomy()).toEqual(before);
    });
  });

  describe('regions', () => {
    const regions = async () => (await new HttpClient(t.app).get('/api/v1/regions').then(status(200))).body as Array<{ code: string; name: string; hourlyWageFloorMinor: number; currency: string }>;

    it('lists regions to anyone, signed in or not, by name', async () => {
      const listed = await regions();
      expect(listed).toContainEqual({ code: 'riverside', name: 'Riverside', hourlyWageFloorMinor: 1200, currency: 'GBP' });
      const names = listed.map((region) => region.name);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    });

    it('lets an admin add a region and change its floor; the next publish uses the new floor', async () => {
      const code = `moor-${unique()}`;
      const created = await admin.put(`/api/v1/regions/${code}`, { name: 'East Moor', hourlyWageFloorMinor: 1200, currency: 'GBP' }).then(status(200));
      expect(created.body).toEqual({ code, name: 'East Moor', hourlyWageFloorMinor: 1200, currency: 'GBP' });
      expect(await regions()).toContainEqual(created.body);

      const job = await employer.post('/api/v1/jobs', jobBody({ regionCode: code, wage: { amountMinor: 1300, currency: 'GBP', period: 'hour' } })).then(status(201));
      const raised = await admin.put(`/api/v1/regions/${code}`, { name: 'East Moor', hourlyWageFloorMinor: 1350, currency: 'GBP' }).then(status(200));
      expect(raised.body.hourlyWageFloorMinor).toBe(1350);
      expect((await regions()).filter((region) => region.code === code)).toEqual([raised.body]);

      const refused = await employer.post(`/api/v1/jobs/${job.body.id}/publish`).then(status(400));
      expect(refused.body).toMatchObject({ code: 'wage_below_floor', message: expect.stringContaining('13.50 GBP') });
      expect(refused.body.message).toContain('East Moor');
    });

    it.each(['caseworker', 'employer', 'survivor'] as const)('refuses a %s changing a region with 403; nothing changes', async (role) => {
      const client = await signIn(role);
      const before = await regions();
      expect((await client.put('/api/v1/regions/riverside', { name: 'Riverside', hourlyWageFloorMinor: 1, currency: 'GBP' }).then(status(403))).body.code).toBe('forbidden');
      await client.put(`/api/v1/regions/new-${unique()}`, { name: 'New', hourlyWageFloorMinor: 1, currency: 'GBP' }).then(status(403));
      expect(await regions()).toEqual(before);
    });

    it('refuses an anonymous caller changing a region with 401', async () => {
      const before = await regions();
      await new HttpClient(t.app).put('/api/v1/regions/riverside', { name: 'Riverside', hourlyWageFloorMinor: 1, currency: 'GBP' }).then(status(401));
      expect(await regions()).toEqual(before);
    });

    it.each([
      ['a code with capitals and spaces', 'East%20Moor', {}, 'code'],
      ['a one-letter code', 'x', {}, 'code'],
      ['a negative floor', 'riverside', { hourlyWageFloorMinor: -1 }, 'hourlyWageFloorMinor'],
      ['a floor in fractions of a penny', 'riverside', { hourlyWageFloorMinor: 1200.5 }, 'hourlyWageFloorMinor'],
      ['no floor', 'riverside', { hourlyWageFloorMinor: undefined }, 'hourlyWageFloorMinor'],
      ['a lower-case currency', 'riverside', { currency: 'gbp' }, 'currency'],
      ['an empty name', 'riverside', { name: '' }, 'name'],
      ['an unknown field', 'riverside', { vatRate: 20 }, 'vatRate'],
    ])('refuses %s with 400 naming it; nothing changes', async (_what, code, overrides, field) => {
      const before = await regions();
      const response = await admin.put(`/api/v1/regions/${code}`, { name: 'Riverside', hourlyWageFloorMinor: 1, currency: 'GBP', ...overrides }).then(status(400));
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.fields).toHaveProperty([field]);
      expect(await regions()).toEqual(before);
    });
  });
});
