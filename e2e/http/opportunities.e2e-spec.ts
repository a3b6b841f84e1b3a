import { createTestApp, Factories, HttpClient, queryAsOwner, SearchIndexer, status, TEST_PASSWORD, TestApp } from '@onward/api/testing';
import { Role } from '@onward/shared';
import { DataSource } from 'typeorm';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Everything an employer told us that survivors must never see, on one employer. */
const PRIVATE = {
  legalName: 'Zephyrine Holdings Plc',
  registrationNumber: 'REG-55501234',
  contactName: 'Quentin Privateer',
  contactEmail: 'private-contact@harbour-foods.example',
  contactPhone: '+44 7700 900123',
};

/**
 * What survivors browse: a fixed set of jobs and grant programmes, some visible and some not,
 * indexed once; then filters, facets, sorting, paging, the query allowlist, and what the index
 * may hold.
 */
describe('Opportunity search', () => {
  let t: TestApp;
  let factories: Factories;
  let db: DataSource;
  let survivor: HttpClient;
  /** Visible: jobs j1..j5, grants g1 and g2. */
  const ids: Record<string, string> = {};
  /** Not visible, for one reason each. */
  const hidden: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT_PER_IP: '10000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '10000' } });
    factories = new Factories(t.app);
    db = t.app.get(DataSource);
    const now = t.clock.now().getTime();
    const ago = (ms: number) => new Date(now - ms);
    const yesterday = new Date(now - DAY).toISOString().slice(0, 10);

    await factories.region({ code: 'north', name: 'North', hourlyWageFloorMinor: 1000 });
    await factories.region({ code: 'south', name: 'South', hourlyWageFloorMinor: 1000 });
    const harbour = (await factories.employer({ name: 'Harbour Foods', ...PRIVATE })).organisationId;
    const fields = (await factories.employer({ name: 'Green Fields' })).organisationId;
    const pending = (await factories.employer({ status: 'pending' })).organisationId;
    const suspended = (await factories.employer({ status: 'suspended', statusReason: 'Concern under review' })).organisationId;
    const funder = (await factories.organisation({ kind: 'funder', name: 'Seedling Fund' })).id;

    const job = async (employerId: string, overrides: Partial<Parameters<Factories['job']>[0]>) =>
      (await factories.job({ employerId, regionCode: 'north', status: 'published', ...overrides })).id;

    ids.j1 = await job(harbour, { title: 'Bread baker', sector: 'food', wageMinor: 1100, languages: ['en'], publishedAt: ago(5 * DAY) });
    ids.j2 = await job(harbour, {
      title: 'Remote booking assistant',
      sector: 'hospitality',
      regionCode: 'south',
      remote: true,
      wageMinor: 64_000,
      wagePeriod: 'week',
      hoursPerWeek: 40,
      languages: ['en', 'es'],
      publishedAt: ago(4 * DAY),
    });
    ids.j3 = await job(fields, { title: 'Orchard supervisor', sector: 'agriculture', wageMinor: 2100, languages: ['es'], publishedAt: ago(3 * DAY) });
    ids.j4 = await job(fields, { title: 'Office cleaner', sector: 'cleaning', regionCode: 'south', wageMinor: 1300, languages: ['ar', 'en'], publishedAt: ago(2 * DAY) });
    ids.j5 = await job(fields, { title: 'Recipe tester', sector: 'food', remote: true, wageMinor: 1400, languages: ['en'], publishedAt: ago(DAY) });

    hidden.draft = await job(harbour, { title: 'Draft pastry chef', status: 'draft' });
    hidden.closed = await job(harbour, { title: 'Closed pastry chef', status: 'closed', closedAt: ago(HOUR) });
    hidden.pastClosingDate = await job(fields, { title: 'Late pastry chef', closingDate: yesterday });
    hidden.pendingEmployer = await job(pending, { title: 'Unvetted pastry chef' });
    hidden.suspendedEmployer = await job(suspended, { title: 'Suspended pastry chef' });

    const grant = async (overrides: Parameters<Factories['grantProgramme']>[0]) => (await factories.grantProgramme({ funderId: funder, status: 'open', ...overrides })).id;
    ids.g1 = await grant({ title: 'Market stall grants', sector: 'retail', regionCode: 'north', openedAt: ago(6 * HOUR) });
    ids.g2 = await grant({ title: 'Food business grants', sector: 'food', openedAt: ago(10 * DAY) });
    hidden.draftGrant = await grant({ title: 'Draft grants', status: 'draft' });
    hidden.closedGrant = await grant({ title: 'Closed grants', status: 'closed', closedAt: ago(HOUR) });
    hidden.pastDeadline = await grant({ title: 'Late grants', deadline: yesterday });

    await t.app.get(SearchIndexer).reindexAll();
    survivor = await signIn('survivor');
  });
  afterAll(() => t.close());

  async function signIn(role: Role): Promise<HttpClient> {
    const user = await factories.user({ role });
    const client = new HttpClient(t.app);
    await client.login(user.email, TEST_PASSWORD).then(status(200));
    return client;
  }

  const name = new Map<string, string>();
  const named = (id: string) => {
    if (name.size === 0) for (const [key, value] of Object.entries(ids)) name.set(value, key);
    return name.get(id) ?? `unexpected ${id}`;
  };

  const search = (query: string, client = survivor) => client.get(`/api/v1/opportunities/search${query ? `?${query}` : ''}`);
  /** The hits of a search, by their names in `ids`, in order. */
  const found = async (query: string) => (await search(query).then(status(200))).body.hits.map((hit: { id: string }) => named(hit.id));
  const counts = (facet: Array<{ value: string; count: number }>) => Object.fromEntries(facet.map(({ value, count }) => [value, count]));

  describe('the query allowlist', () => {
    it.each([
      ['an unknown parameter', 'foo=1', 'foo'],
      ['an employer filter', 'employerId=9f1c1f1e-4b7a-4c39-9d7e-3a0f5d8e2b11', 'employerId'],
      ['a sort on a column', 'sort=title', 'sort'],
      ['SQL in the sort', `sort=${encodeURIComponent('title; DROP TABLE jobs')}`, 'sort'],
      ['a sort with a direction', `sort=${encodeURIComponent('published_at desc')}`, 'sort'],
      ['a page size of 51', 'pageSize=51', 'pageSize'],
      ['a page size of 0', 'pageSize=0', 'pageSize'],
      ['page 0', 'page=0', 'page'],
      ['page 51', 'page=51', 'page'],
      ['a page that is not a number', 'page=two', 'page'],
      ['a 201-character query', `q=${'a'.repeat(201)}`, 'q'],
      ['a negative wageMin', 'wageMin=-1', 'wageMin'],
      ['a wageMax with a decimal point', 'wageMax=12.5', 'wageMax'],
      ['an unknown type', 'type=survivor', 'type'],
      ['an unknown sector', 'sector=food,piracy', 'sector'],
      ['remote that is not true or false', 'remote=yes', 'remote'],
      ['an unknown language', 'language=xx', 'language'],
      ['SQL in a region', `region=${encodeURIComponent("north' OR '1'='1")}`, 'region'],
    ])('refuses %s with 400 naming the parameter', async (_what, query, field) => {
      const response = await search(query).then(status(400));
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.fields).toHaveProperty([field]);
    });

    it('still has every job after the attempts at SQL', async () => {
      expect((await db.query(`SELECT count(*)::int AS n FROM jobs`))[0].n).toBe(10);
      expect((await search('').then(status(200))).body.total).toBe(7);
    });
  });

  describe('filters and facets', () => {
    it('finds exactly what survivors may see, with facet counts', async () => {
      const response = await search('sort=newest').then(status(200));
      expect(response.body.total).toBe(7);
      expect(response.body.hits.map((hit: { id: string }) => named(hit.id)).sort()).toEqual(['g1', 'g2', 'j1', 'j2', 'j3', 'j4', 'j5']);
      const facets = response.body.facets;
      expect(counts(facets.type)).toEqual({ job: 5, grant: 2 });
      expect(counts(facets.sector)).toEqual({ food: 3, hospitality: 1, agriculture: 1, cleaning: 1, retail: 1 });
      expect(counts(facets.region)).toEqual({ north: 4, south: 2 });
      expect(counts(facets.remote)).toEqual({ true: 2, false: 5 });
      expect(counts(facets.languages)).toEqual({ en: 4, es: 2, ar: 1 });
      expect(counts(facets.wage)).toEqual({ '1000_1250': 1, '1250_1500': 2, '1500_2000': 1, '2000_plus': 1 });
    });

    it.each([
      ['type=job', ['j1', 'j2', 'j3', 'j4', 'j5']],
      ['type=grant', ['g1', 'g2']],
      ['type=job,grant', ['g1', 'g2', 'j1', 'j2', 'j3', 'j4', 'j5']],
      ['sector=food', ['g2', 'j1', 'j5']],
      ['sector=food,cleaning', ['g2', 'j1', 'j4', 'j5']],
      ['region=north', ['g1', 'j1', 'j3', 'j5']],
      ['region=north,south&type=job', ['j1', 'j2', 'j3', 'j4', 'j5']],
      ['remote=true', ['j2', 'j5']],
      ['remote=false', ['g1', 'g2', 'j1', 'j3', 'j4']],
      ['language=es', ['j2', 'j3']],
      ['language=ar,es', ['j2', 'j3', 'j4']],
      ['wageMin=1300', ['j2', 'j3', 'j4', 'j5']],
      ['wageMax=1300', ['j1', 'j4']],
      ['wageMin=1300&wageMax=1600', ['j2', 'j4', 'j5']],
      ['wageMin=0&type=grant', []],
      ['type=job&region=north&remote=false', ['j1', 'j3']],
      ['q=baker', ['j1']],
      ['q=grants&sector=retail', ['g1']],
    ])('filters %s', async (query, expected) => {
      const response = await search(query).then(status(200));
      expect(response.body.hits.map((hit: { id: string }) => named(hit.id)).sort()).toEqual(expected);
      expect(response.body.total).toBe(expected.length);
    });

    it('counts facets over the filtered results', async () => {
      const response = await search('sector=food').then(status(200));
      expect(counts(response.body.facets.type)).toEqual({ job: 2, grant: 1 });
      expect(counts(response.body.facets.region)).toEqual({ north: 2 });
      expect(counts(response.body.facets.remote)).toEqual({ true: 1, false: 2 });
    });
  });

  describe('sorting and paging', () => {
    it('sorts newest first, and by relevance falls back to newest without words', async () => {
      const newest = ['g1', 'j5', 'j4', 'j3', 'j2', 'j1', 'g2'];
      expect(await found('sort=newest')).toEqual(newest);
      expect(await found('')).toEqual(newest);
      const hits = (await search('sort=newest').then(status(200))).body.hits;
      expect(hits[0].publishedAt).toBe(new Date(t.clock.now().getTime() - 6 * HOUR).toISOString());
    });

    it('sorts by hourly wage, highest first, grants last', async () => {
      expect(await found('sort=wage')).toEqual(['j3', 'j2', 'j5', 'j4', 'j1', 'g1', 'g2']);
    });

    it('pages without overlap or gaps', async () => {
      const pages: string[][] = [];
      for (let page = 1; page <= 4; page++) {
        const response = await search(`sort=newest&pageSize=3&page=${page}`).then(status(200));
        expect(response.body).toMatchObject({ page, pageSize: 3, total: 7 });
        pages.push(response.body.hits.map((hit: { id: string }) => named(hit.id)));
      }
      expect(pages).toEqual([['g1', 'j5', 'j4'], ['j3', 'j2', 'j1'], ['g2'], []]);
      expect((await search('').then(status(200))).body).toMatchObject({ page: 1, pageSize: 20 });
      expect((await search('pageSize=50&page=50').then(status(200))).body.hits).toEqual([]);
    });
  });

  describe('what survivors see', () => {
    it('shows a job and a grant in full, without the employer’s private details', async () => {
      const job = await survivor.get(`/api/v1/opportunities/jobs/${ids.j1}`).then(status(200));
      expect(job.body).toMatchObject({ id: ids.j1, title: 'Bread baker', employerName: 'Harbour Foods', regionName: 'North', wage: { amountMinor: 1100, currency: 'GBP', period: 'hour' } });
      const grant = await survivor.get(`/api/v1/opportunities/grants/${ids.g1}`).then(status(200));
      expect(grant.body).toMatchObject({ id: ids.g1, title: 'Market stall grants', funderName: 'Seedling Fund', regionName: 'North' });
      const results = await search('q=baker').then(status(200));
      for (const json of [JSON.stringify(job.body), JSON.stringify(results.body)]) {
        for (const secret of Object.values(PRIVATE)) expect(json).not.toContain(secret);
      }
    });

    it.each(['draft', 'closed', 'pastClosingDate', 'pendingEmployer', 'suspendedEmployer'])('answers 404 for a job that is not visible: %s', async (key) => {
      await survivor.get(`/api/v1/opportunities/jobs/${hidden[key]}`).then(status(404));
    });

    it.each(['draftGrant', 'closedGrant', 'pastDeadline'])('answers 404 for a grant programme that is not visible: %s', async (key) => {
      await survivor.get(`/api/v1/opportunities/grants/${hidden[key]}`).then(status(404));
    });

    it('does not mix up jobs and grants, and refuses an id that is not one', async () => {
      await survivor.get(`/api/v1/opportunities/jobs/${ids.g1}`).then(status(404));
      await survivor.get(`/api/v1/opportunities/grants/${ids.j1}`).then(status(404));
      expect((await survivor.get('/api/v1/opportunities/jobs/42').then(status(400))).body.fields).toHaveProperty('id');
    });

    it('holds in the index only what a survivor may see (safety rule 4)', async () => {
      const rows: Array<{ id: string; doc: Record<string, unknown> }> = await db.query(`SELECT id, doc FROM search_documents ORDER BY id`);
      expect(rows.map((row) => named(String(row.doc.sourceId))).sort()).toEqual(['g1', 'g2', 'j1', 'j2', 'j3', 'j4', 'j5']);
      const everything = JSON.stringify(rows);
      for (const secret of Object.values(PRIVATE)) expect(everything).not.toContain(secret);
      for (const hiddenId of Object.values(hidden)) expect(everything).not.toContain(hiddenId);
      // A field added to the document later has to be added here on purpose.
      const allowed = [
        'id', 'type', 'sourceId', 'title', 'description', 'organisationName', 'skills', 'skillLabels', 'sector', 'region', 'remote',
        'languages', 'hourlyWageMinor', 'wage', 'amount', 'closesOn', 'publishedAt', 'visibleUntil',
      ];
      for (const row of rows) expect(allowed).toEqual(expect.arrayContaining(Object.keys(row.doc)));
    });

    it.each(['survivor', 'employer', 'caseworker', 'admin'] as const)('lets a signed-in %s search', async (role) => {
      const client = await signIn(role);
      expect((await search('type=job', client).then(status(200))).body.total).toBe(5);
      await client.get(`/api/v1/opportunities/jobs/${ids.j1}`).then(status(200));
    });

    it('refuses an anonymous caller with 401', async () => {
      const anonymous = new HttpClient(t.app);
      expect((await search('', anonymous).then(status(401))).body.code).toBe('unauthenticated');
      await anonymous.get(`/api/v1/opportunities/jobs/${ids.j1}`).then(status(401));
      await anonymous.get(`/api/v1/opportunities/grants/${ids.g1}`).then(status(401));
    });
  });

  // Last: it takes the index away for a moment.
  describe('when the embedded engine cannot answer', () => {
    it('answers 503 search_unavailable with Retry-After, while detail pages still work', async () => {
      await queryAsOwner(t.db, `ALTER TABLE search_documents RENAME TO search_documents_offline`);
      try {
        // A search not asked before, so no cached answer can stand in for the engine.
        const response = await search('q=orchard&sort=wage').then(status(503));
        expect(response.body).toMatchObject({ code: 'search_unavailable', message: expect.stringMatching(/try again/i) });
        expect(response.body).not.toHaveProperty('errorId');
        expect(JSON.stringify(response.body)).not.toMatch(/search_documents|relation|SELECT/);
        expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
        await survivor.get(`/api/v1/opportunities/jobs/${ids.j1}`).then(status(200));
      } finally {
        await queryAsOwner(t.db, `ALTER TABLE search_documents_offline RENAME TO search_documents`);
      }
      expect(await found('q=orchard&sort=wage')).toEqual(['j3']);
    });
  });
});
