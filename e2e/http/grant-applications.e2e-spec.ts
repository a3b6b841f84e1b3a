import { createTestApp, Factories, HttpClient, status, TEST_PASSWORD, TestApp, waitFor } from '@onward/api/testing';
import { MILESTONES_MAX, Role, Sector } from '@onward/shared';
import supertest from 'supertest';
import { DataSource } from 'typeorm';

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
const API = '/api/v1/grant-applications';
const PLAN = 'A market stall selling fresh bread and pastries, baked each morning in a shared kitchen.';
const UNKNOWN_ID = '9f1c1f1e-4b7a-4c39-9d7e-3a0f5d8e2b11';

interface Survivor {
  id: string;
  pseudonym: string;
  client: HttpClient;
}

interface Application {
  id: string;
  status: string;
  milestones: { id: string; position: number; title: string; dueDate: string; trancheMinor: number; status: string; disbursedMinor: number }[];
  [key: string]: unknown;
}

/**
 * Grant applications: a survivor applies (or their caseworker for them, with their agreement),
 * the caseworker reviews, awards with milestones or declines, marks milestones and records
 * payments. Nobody outside the survivor and their organisation's caseworkers sees any of it.
 */
describe('Grant applications', () => {
  let t: TestApp;
  let factories: Factories;
  let db: DataSource;
  let organisationId: string;
  let caseworkerId: string;
  let caseworker: HttpClient;
  let funderId: string;
  /** Open, 100.00 to 500.00 GBP, no deadline. */
  let programmeId: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT_PER_IP: '10000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '10000' } });
    factories = new Factories(t.app);
    db = t.app.get(DataSource);
    organisationId = (await factories.organisation({ kind: 'service_provider', name: 'Harbour House' })).id;
    const caseworkerUser = await factories.user({ role: 'caseworker', organisationId });
    caseworkerId = caseworkerUser.id;
    caseworker = await login(caseworkerUser.email);
    funderId = (await factories.organisation({ kind: 'funder', name: 'Seedling Fund' })).id;
    programmeId = (await programme()).id;
  });
  afterAll(() => t.close());

  async function login(email: string): Promise<HttpClient> {
    const client = new HttpClient(t.app);
    await client.login(email, TEST_PASSWORD).then(status(200));
    return client;
  }

  async function signIn(role: Role, organisation?: string): Promise<HttpClient> {
    return login((await factories.user({ role, organisationId: organisation })).email);
  }

  /** A survivor of `organisation` (Harbour House by default) with their own account. */
  async function newSurvivor(overrides: { organisation?: string; excludedEmployerIds?: string[]; excludedRegionCodes?: string[]; excludedSectors?: Sector[] } = {}): Promise<Survivor> {
    const organisation = overrides.organisation ?? organisationId;
    const user = await factories.user({ role: 'survivor', organisationId: organisation });
    const profile = await factories.survivor({
      organisationId: organisation,
      caseworkerId: organisation === organisationId ? caseworkerId : null,
      userId: user.id,
      excludedEmployerIds: overrides.excludedEmployerIds ?? [],
      excludedRegionCodes: overrides.excludedRegionCodes ?? [],
      excludedSectors: overrides.excludedSectors ?? [],
    });
    return { id: profile.id, pseudonym: profile.pseudonym, client: await login(user.email) };
  }

  function programme(overrides: Parameters<Factories['grantProgramme']>[0] = {}) {
    return factories.grantProgramme({ status: 'open', funderId, title: 'Market stall grants', amountMinMinor: 10_000, amountMaxMinor: 50_000, currency: 'GBP', ...overrides });
  }

  const dateIn = (days: number) => new Date(t.clock.now().getTime() + days * DAY).toISOString().slice(0, 10);

  const body = (overrides: Record<string, unknown> = {}) => ({ programmeId, businessPlan: PLAN, requestedMinor: 30_000, ...overrides });

  async function apply(survivor: Survivor, overrides: Record<string, unknown> = {}): Promise<Application> {
    return (await survivor.client.post(API, body(overrides)).then(status(201))).body;
  }

  const read = async (id: string): Promise<Application> => (await caseworker.get(`${API}/${id}`).then(status(200))).body;

  const count = async (table: string, survivorId?: string): Promise<number> =>
    survivorId
      ? (await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE survivor_id = $1`, [survivorId]))[0].n
      : (await db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  /** The audit trail's changes to an application (reads, and the request-level lines such as "POST /grant-applications/:id/award", left out), sorted: the fake clock gives them one time. */
  const audited = async (id: string): Promise<string[]> =>
    (await db.query(`SELECT action FROM audit_events WHERE subject_type = 'grant_application' AND subject_id = $1 AND action <> 'grant_application.view' AND action NOT LIKE '% %' ORDER BY action`, [id])).map(
      (row: { action: string }) => row.action,
    );

  /** The request is answered `expected`, and the application reads exactly as before. */
  async function refusedWithoutChange(id: string, request: () => Promise<supertest.Response>, expected: number): Promise<supertest.Response> {
    const before = await read(id);
    const milestones = await count('grant_milestones');
    const disbursements = await count('grant_disbursements');
    const response = await request().then(status(expected));
    expect(await read(id)).toEqual(before);
    expect(await count('grant_milestones')).toBe(milestones);
    expect(await count('grant_disbursements')).toBe(disbursements);
    return response;
  }

  /**
   * Sends the requests while the test holds a row lock that stalls each of them part-way, and
   * lets go once all are waiting on a lock: they are in flight together, whatever the timing.
   * Answers their statuses, sorted.
   */
  async function together(lockSql: string, lockParams: unknown[], requests: (() => Promise<supertest.Response>)[]): Promise<number[]> {
    const waiting = async () =>
      (await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%grant%'`))[0].n as number;
    const runner = db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    let responses: Promise<supertest.Response[]> | undefined;
    try {
      await runner.query(lockSql, lockParams);
      responses = Promise.all(requests.map((request) => request()));
      await waitFor(async () => (await waiting()) >= requests.length, 'every request to wait on a lock');
    } finally {
      await runner.commitTransaction();
      await runner.release();
    }
    return (await responses).map((response) => response.status).sort();
  }

  const post = (client: HttpClient, path: string, payload?: unknown) => () => client.post(`${API}${path}`, payload);

  const milestonesBody = (amountMinor = 30_000) => ({
    amountMinor,
    note: 'For the stall licence, scales and first stock.',
    milestones: [
      { title: 'First stock bought', dueDate: dateIn(60), trancheMinor: amountMinor - 20_000 },
      { title: 'Stall licence', dueDate: dateIn(10), trancheMinor: 20_000 },
    ],
  });

  async function inReview(survivor?: Survivor): Promise<Application> {
    const application = await apply(survivor ?? (await newSurvivor()));
    return (await caseworker.post(`${API}/${application.id}/review`).then(status(200))).body;
  }

  async function awarded(survivor?: Survivor): Promise<Application> {
    const application = await inReview(survivor);
    return (await caseworker.post(`${API}/${application.id}/award`, milestonesBody()).then(status(200))).body;
  }

  describe('applying', () => {
    it('lets a survivor apply for themself: submitted, in the programme currency, with the first history step', async () => {
      const survivor = await newSurvivor();
      const euro = await programme({ title: 'Euro grants', currency: 'EUR' });
      const created = await apply(survivor, { programmeId: euro.id, businessPlan: `   ${PLAN}   ` });
      expect(created).toMatchObject({
        status: 'submitted',
        statusChangedAt: t.clock.now().toISOString(),
        businessPlan: PLAN,
        requestedMinor: 30_000,
        currency: 'EUR',
        awardedMinor: null,
        decisionNote: null,
        decidedAt: null,
        survivor: { id: survivor.id, pseudonym: survivor.pseudonym },
        programme: { id: euro.id, title: 'Euro grants', funderName: 'Seedling Fund', amountMinMinor: 10_000, amountMaxMinor: 50_000 },
        milestones: [],
        disbursements: [],
        totals: { awardedMinor: 0, disbursedMinor: 0, remainingMinor: 0 },
        history: [{ fromStatus: null, toStatus: 'submitted', occurredAt: t.clock.now().toISOString(), actorRole: 'survivor', note: null }],
      });
      expect((await survivor.client.get(`${API}/${created.id}`).then(status(200))).body).toEqual(created);
      expect(await read(created.id)).toEqual(created);
    });

    it("lets a caseworker apply on a survivor's behalf only with the survivor's agreement, kept in the history", async () => {
      const survivor = await newSurvivor();
      const missing = await caseworker.post(API, body({ survivorId: survivor.id })).then(status(400));
      expect(missing.body.fields).toHaveProperty('survivorAgreement');
      const blank = await caseworker.post(API, body({ survivorId: survivor.id, survivorAgreement: '   ' })).then(status(400));
      expect(blank.body.fields).toHaveProperty('survivorAgreement');
      const noSurvivor = await caseworker.post(API, body({ survivorAgreement: 'Agreed in person.' })).then(status(400));
      expect(noSurvivor.body.fields).toHaveProperty('survivorId');
      expect(await count('grant_applications', survivor.id)).toBe(0);

      const agreement = 'Agreed in person at our office; we wrote the plan together.';
      const created = (await caseworker.post(API, body({ survivorId: survivor.id, survivorAgreement: agreement })).then(status(201))).body;
      expect(created).toMatchObject({ status: 'submitted', survivor: { id: survivor.id } });
      expect(created.history).toEqual([{ fromStatus: null, toStatus: 'submitted', occurredAt: expect.any(String), actorRole: 'caseworker', note: agreement }]);
      // The survivor sees it as their own.
      expect((await survivor.client.get(`${API}/${created.id}`).then(status(200))).body).toEqual(created);
    });

    it("answers 404 to a caseworker applying for another organisation's survivor, and saves nothing", async () => {
      const elsewhere = await newSurvivor({ organisation: (await factories.organisation({ kind: 'service_provider' })).id });
      const refused = await caseworker.post(API, body({ survivorId: elsewhere.id, survivorAgreement: 'Agreed.' })).then(status(404));
      expect(refused.body.code).toBe('not_found');
      expect(await count('grant_applications', elsewhere.id)).toBe(0);
    });

    it('refuses a survivor who records an agreement or names another survivor', async () => {
      const survivor = await newSurvivor();
      const other = await newSurvivor();
      expect((await survivor.client.post(API, body({ survivorAgreement: 'I agree.' })).then(status(400))).body.fields).toHaveProperty('survivorAgreement');
      await survivor.client.post(API, body({ survivorId: other.id })).then(status(404));
      expect(await count('grant_applications', survivor.id)).toBe(0);
      expect(await count('grant_applications', other.id)).toBe(0);
    });

    it.each([
      ['a draft programme', 'draft'],
      ['a closed programme', 'closed'],
      ['a programme that does not exist', null],
    ] as const)('answers 404 to an application to %s, and saves nothing', async (_what, programmeStatus) => {
      const survivor = await newSurvivor();
      const id = programmeStatus ? (await programme({ status: programmeStatus })).id : UNKNOWN_ID;
      const refused = await survivor.client.post(API, body({ programmeId: id })).then(status(404));
      expect(refused.body.message).toBe('The grant programme was not found.');
      expect(await count('grant_applications', survivor.id)).toBe(0);
    });

    it('refuses an open programme whose deadline has passed with 400 on programmeId; the deadline day itself is fine', async () => {
      const survivor = await newSurvivor();
      const late = await programme({ deadline: dateIn(-1) });
      const refused = await survivor.client.post(API, body({ programmeId: late.id })).then(status(400));
      expect(refused.body.fields.programmeId).toEqual([`This programme closed to applications on ${late.deadline}.`]);
      expect(await count('grant_applications', survivor.id)).toBe(0);

      const lastDay = await programme({ deadline: dateIn(0) });
      await apply(survivor, { programmeId: lastDay.id });
    });

    it.each([
      ['below the smallest grant', 9_999],
      ['above the largest grant', 50_001],
    ])('refuses an amount %s with 400 naming the range in money', async (_what, requestedMinor) => {
      const survivor = await newSurvivor();
      const refused = await survivor.client.post(API, body({ requestedMinor })).then(status(400));
      expect(refused.body.fields.requestedMinor).toEqual(['This programme grants between 100.00 and 500.00 GBP.']);
      expect(await count('grant_applications', survivor.id)).toBe(0);
    });

    it('accepts the smallest and the largest grant', async () => {
      await apply(await newSurvivor(), { requestedMinor: 10_000 });
      await apply(await newSurvivor(), { requestedMinor: 50_000 });
    });

    it("refuses a programme aimed at a region or sector on the survivor's safety exclusions", async () => {
      const region = await factories.region();
      const regional = await programme({ regionCode: region.code, sector: 'beauty' });
      for (const survivor of [await newSurvivor({ excludedRegionCodes: [region.code] }), await newSurvivor({ excludedSectors: ['beauty'] })]) {
        const refused = await survivor.client.post(API, body({ programmeId: regional.id })).then(status(400));
        expect(refused.body.fields.programmeId[0]).toMatch(/safety exclusions/);
        expect(await count('grant_applications', survivor.id)).toBe(0);
      }
      await apply(await newSurvivor({ excludedSectors: ['care'] }), { programmeId: regional.id });
    });

    it("refuses a programme whose funder is on the survivor's safety exclusions, for the survivor and for their caseworker", async () => {
      const survivor = await newSurvivor({ excludedEmployerIds: [funderId] });
      for (const request of [
        () => survivor.client.post(API, body()),
        () => caseworker.post(API, body({ survivorId: survivor.id, survivorAgreement: 'Agreed by phone.' })),
      ]) {
        const refused = await request().then(status(400));
        expect(refused.body.fields.programmeId[0]).toMatch(/safety exclusions/);
      }
      expect(await count('grant_applications', survivor.id)).toBe(0);

      // Another funder's programme is open to them.
      const otherFunder = await factories.organisation({ kind: 'funder' });
      await apply(survivor, { programmeId: (await programme({ funderId: otherFunder.id })).id });
    });

    it('allows one open application per survivor and programme (409), and a new one once withdrawn or declined', async () => {
      const survivor = await newSurvivor();
      const first = await apply(survivor);
      const duplicate = await survivor.client.post(API, body()).then(status(409));
      expect(duplicate.body.code).toBe('conflict');
      await caseworker.post(API, body({ survivorId: survivor.id, survivorAgreement: 'Agreed.' })).then(status(409));
      expect(await count('grant_applications', survivor.id)).toBe(1);

      await caseworker.post(`${API}/${first.id}/review`).then(status(200));
      await survivor.client.post(API, body()).then(status(409));

      await survivor.client.post(`${API}/${first.id}/withdraw`, {}).then(status(200));
      const second = await apply(survivor);
      await caseworker.post(`${API}/${second.id}/decline`, { note: 'The plan needs costings.' }).then(status(200));
      const third = await apply(survivor);
      expect(new Set([first.id, second.id, third.id]).size).toBe(3);
      expect(await count('grant_applications', survivor.id)).toBe(3);
    });

    it('lets only one of two identical applications through when they arrive at once', async () => {
      const survivor = await newSurvivor();
      const own = await programme();
      // Holding the programme row stalls each application at its insert (the foreign key check).
      const statuses = await together('SELECT id FROM grant_programmes WHERE id = $1 FOR UPDATE', [own.id], [0, 1].map(() => () => survivor.client.post(API, body({ programmeId: own.id }))));
      expect(statuses).toEqual([201, 409]);
      expect(await count('grant_applications', survivor.id)).toBe(1);
    });

    it('keeps an awarded application open: no second application to the programme', async () => {
      const survivor = await newSurvivor();
      await awarded(survivor);
      await survivor.client.post(API, body()).then(status(409));
    });

    it.each([
      ['a plan under 50 characters after trimming', { businessPlan: `  ${'x'.repeat(49)}  ` }, 'businessPlan'],
      ['a plan over 5000 characters', { businessPlan: 'x'.repeat(5001) }, 'businessPlan'],
      ['no amount', { requestedMinor: undefined }, 'requestedMinor'],
      ['an amount of 0', { requestedMinor: 0 }, 'requestedMinor'],
      ['a fractional amount', { requestedMinor: 150.5 }, 'requestedMinor'],
      ['a malformed programme id', { programmeId: 'programme-1' }, 'programmeId'],
      ['an unknown field', { status: 'awarded' }, 'status'],
    ])('refuses %s with 400 naming the field', async (_what, overrides, field) => {
      const survivor = await newSurvivor();
      const refused = await survivor.client.post(API, body(overrides)).then(status(400));
      expect(refused.body.code).toBe('validation_failed');
      expect(refused.body.fields).toHaveProperty([field]);
      expect(await count('grant_applications', survivor.id)).toBe(0);
    });
  });

  describe('who sees them', () => {
    it("lists a survivor's own applications only, and a caseworker's organisation's only, with filters", async () => {
      const survivor = await newSurvivor();
      const neighbour = await newSurvivor();
      const elsewhereOrganisation = (await factories.organisation({ kind: 'service_provider' })).id;
      const elsewhere = await newSurvivor({ organisation: elsewhereOrganisation });
      const second = await programme({ title: 'Second programme' });
      const mine = await apply(survivor);
      const mineSecond = await apply(survivor, { programmeId: second.id });
      await caseworker.post(`${API}/${mineSecond.id}/review`).then(status(200));
      const theirs = await apply(neighbour);
      const foreign = await apply(elsewhere);

      const ids = (response: supertest.Response) => response.body.items.map((item: { id: string }) => item.id);
      const own = await survivor.client.get(API).then(status(200));
      expect(ids(own)).toEqual([mineSecond.id, mine.id]);
      expect(own.body.total).toBe(2);
      expect(own.body.items[0]).toEqual({
        id: mineSecond.id,
        status: 'in_review',
        statusChangedAt: expect.any(String),
        createdAt: expect.any(String),
        requestedMinor: 30_000,
        awardedMinor: null,
        currency: 'GBP',
        survivor: { id: survivor.id, pseudonym: survivor.pseudonym },
        programme: { id: second.id, title: 'Second programme', funderName: 'Seedling Fund', amountMinMinor: 10_000, amountMaxMinor: 50_000 },
      });
      expect(ids(await survivor.client.get(`${API}?status=submitted`).then(status(200)))).toEqual([mine.id]);
      expect(ids(await survivor.client.get(`${API}?programmeId=${second.id}`).then(status(200)))).toEqual([mineSecond.id]);
      expect(ids(await survivor.client.get(`${API}?survivorId=${survivor.id}`).then(status(200)))).toEqual([mineSecond.id, mine.id]);
      await survivor.client.get(`${API}?survivorId=${neighbour.id}`).then(status(404));

      const all = ids(await caseworker.get(`${API}?limit=100`).then(status(200)));
      expect(all).toEqual(expect.arrayContaining([mine.id, mineSecond.id, theirs.id]));
      expect(all).not.toContain(foreign.id);
      expect(ids(await caseworker.get(`${API}?survivorId=${neighbour.id}`).then(status(200)))).toEqual([theirs.id]);
      expect(ids(await caseworker.get(`${API}?survivorId=${survivor.id}&status=in_review,awarded`).then(status(200)))).toEqual([mineSecond.id]);
      const page = await caseworker.get(`${API}?survivorId=${survivor.id}&limit=1&offset=1`).then(status(200));
      expect(ids(page)).toEqual([mine.id]);
      expect(page.body.total).toBe(2);
      await caseworker.get(`${API}?survivorId=${elsewhere.id}`).then(status(404));

      const otherCaseworker = await signIn('caseworker', elsewhereOrganisation);
      expect(ids(await otherCaseworker.get(API).then(status(200)))).toEqual([foreign.id]);
    });

    it('refuses bad list filters with 400', async () => {
      await caseworker.get(`${API}?status=approved`).then(status(400));
      await caseworker.get(`${API}?survivorId=someone`).then(status(400));
      await caseworker.get(`${API}?limit=0`).then(status(400));
      await caseworker.get(`${API}?sort=status`).then(status(400));
    });

    it('answers 404 to employers, funder members, admins, other caseworkers and other survivors, on every route, and changes nothing', async () => {
      const survivor = await newSurvivor();
      const submitted = await apply(survivor);
      const award = await awarded();
      const milestone = award.milestones[0].id;
      const outsiders: [string, HttpClient][] = [
        ['an employer', await signIn('employer', (await factories.employer()).organisationId)],
        ["the programme funder's member", await signIn('employer', funderId)],
        ['an admin', await signIn('admin')],
        ["another organisation's caseworker", await signIn('caseworker')],
        ['another survivor', (await newSurvivor()).client],
      ];
      for (const [who, client] of outsiders) {
        for (const [id, request] of [
          [submitted.id, () => client.get(`${API}/${submitted.id}`)],
          [submitted.id, post(client, `/${submitted.id}/review`)],
          [submitted.id, post(client, `/${submitted.id}/decline`, { note: 'No.' })],
          [submitted.id, post(client, `/${submitted.id}/withdraw`, {})],
          [award.id, post(client, `/${award.id}/award`, milestonesBody())],
          [award.id, post(client, `/${award.id}/milestones/${milestone}/status`, { status: 'missed' })],
          [award.id, post(client, `/${award.id}/milestones/${milestone}/disbursements`, { amountMinor: 100, paidOn: dateIn(0) })],
        ] as const) {
          const refused = await refusedWithoutChange(id, request, 404);
          expect({ who, code: refused.body.code, message: refused.body.message }).toEqual({ who, code: 'not_found', message: 'The grant application was not found.' });
        }
      }
      // Listing and applying are the survivor's and their caseworker's alone.
      for (const [, client] of outsiders.slice(0, 3)) {
        await client.get(API).then(status(404));
        await client.post(API, body({ programmeId: (await programme()).id, survivorId: survivor.id, survivorAgreement: 'Agreed.' })).then(status(404));
      }
    });

    it('answers the survivor 403 for a caseworker decision on their own application, and changes nothing', async () => {
      const survivor = await newSurvivor();
      const submitted = await apply(survivor);
      for (const request of [post(survivor.client, `/${submitted.id}/review`), post(survivor.client, `/${submitted.id}/decline`, { note: 'Not for me.' })]) {
        expect((await refusedWithoutChange(submitted.id, request, 403)).body.code).toBe('forbidden');
      }
      await caseworker.post(`${API}/${submitted.id}/review`).then(status(200));
      expect((await refusedWithoutChange(submitted.id, post(survivor.client, `/${submitted.id}/award`, milestonesBody()), 403)).body.code).toBe('forbidden');

      const other = await newSurvivor();
      const award = await awarded(other);
      const milestone = award.milestones[0].id;
      for (const request of [
        post(other.client, `/${award.id}/milestones/${milestone}/status`, { status: 'met' }),
        post(other.client, `/${award.id}/milestones/${milestone}/disbursements`, { amountMinor: 100, paidOn: dateIn(0) }),
      ]) {
        expect((await refusedWithoutChange(award.id, request, 403)).body.code).toBe('forbidden');
      }
    });

    it('answers 400 to malformed ids and 404 to unknown ones', async () => {
      const award = await awarded();
      await caseworker.get(`${API}/not-a-uuid`).then(status(400));
      await caseworker.post(`${API}/not-a-uuid/review`).then(status(400));
      await caseworker.post(`${API}/${award.id}/milestones/not-a-uuid/status`, { status: 'met' }).then(status(400));
      await caseworker.get(`${API}/${UNKNOWN_ID}`).then(status(404));
      await caseworker.post(`${API}/${UNKNOWN_ID}/review`).then(status(404));
      const unknownMilestone = await refusedWithoutChange(award.id, post(caseworker, `/${award.id}/milestones/${UNKNOWN_ID}/status`, { status: 'met' }), 404);
      expect(unknownMilestone.body.message).toBe('The milestone was not found.');
      // Another award's milestone is not this one's.
      const other = await awarded();
      await refusedWithoutChange(award.id, post(caseworker, `/${award.id}/milestones/${other.milestones[0].id}/disbursements`, { amountMinor: 100, paidOn: dateIn(0) }), 404);
    });
  });

  describe('decisions', () => {
    it('reviews, then awards with milestones kept in due-date order; every step is in the history and the audit trail', async () => {
      const survivor = await newSurvivor();
      const submitted = await apply(survivor);
      const reviewed = (await caseworker.post(`${API}/${submitted.id}/review`).then(status(200))).body;
      expect(reviewed).toMatchObject({ status: 'in_review', decidedAt: null });

      const award = await caseworker.post(`${API}/${submitted.id}/award`, {
        amountMinor: 45_000,
        note: '  For the stall licence, scales and first stock.  ',
        milestones: [
          { title: 'First stock bought', dueDate: dateIn(60), trancheMinor: 25_000 },
          { title: 'Stall licence', dueDate: dateIn(10), trancheMinor: 15_000 },
          { title: 'Scales', dueDate: dateIn(10), trancheMinor: 5_000 },
          { title: 'Opening day', dueDate: dateIn(0), trancheMinor: 0 },
        ],
      }).then(status(200));
      expect(award.body).toMatchObject({
        status: 'awarded',
        awardedMinor: 45_000,
        decisionNote: 'For the stall licence, scales and first stock.',
        decidedAt: t.clock.now().toISOString(),
        totals: { awardedMinor: 45_000, disbursedMinor: 0, remainingMinor: 45_000 },
      });
      expect(award.body.milestones.map(({ position, title, dueDate, trancheMinor, status: milestoneStatus, disbursedMinor }: Application['milestones'][number]) => ({ position, title, dueDate, trancheMinor, milestoneStatus, disbursedMinor }))).toEqual([
        { position: 1, title: 'Opening day', dueDate: dateIn(0), trancheMinor: 0, milestoneStatus: 'pending', disbursedMinor: 0 },
        { position: 2, title: 'Stall licence', dueDate: dateIn(10), trancheMinor: 15_000, milestoneStatus: 'pending', disbursedMinor: 0 },
        { position: 3, title: 'Scales', dueDate: dateIn(10), trancheMinor: 5_000, milestoneStatus: 'pending', disbursedMinor: 0 },
        { position: 4, title: 'First stock bought', dueDate: dateIn(60), trancheMinor: 25_000, milestoneStatus: 'pending', disbursedMinor: 0 },
      ]);
      expect(award.body.history.map(({ fromStatus, toStatus, actorRole, note }: { fromStatus: string; toStatus: string; actorRole: string; note: string }) => ({ fromStatus, toStatus, actorRole, note }))).toEqual([
        { fromStatus: null, toStatus: 'submitted', actorRole: 'survivor', note: null },
        { fromStatus: 'submitted', toStatus: 'in_review', actorRole: 'caseworker', note: null },
        { fromStatus: 'in_review', toStatus: 'awarded', actorRole: 'caseworker', note: 'For the stall licence, scales and first stock.' },
      ]);
      expect((await survivor.client.get(`${API}/${submitted.id}`).then(status(200))).body).toEqual(award.body);

      expect(await audited(submitted.id)).toEqual(['grant_application.award', 'grant_application.review', 'grant_application.submit']);
    });

    it('refuses tranches that do not add up to the award with 400 naming both sums, and stores nothing', async () => {
      const application = await inReview();
      const refused = await refusedWithoutChange(
        application.id,
        post(caseworker, `/${application.id}/award`, {
          amountMinor: 40_000,
          milestones: [
            { title: 'Stall licence', dueDate: dateIn(10), trancheMinor: 20_000 },
            { title: 'First stock', dueDate: dateIn(30), trancheMinor: 10_000 },
          ],
        }),
        400,
      );
      expect(refused.body.fields.milestones).toEqual(['The milestone tranches add up to 300.00 GBP, but the award is 400.00 GBP. They must be equal.']);
      expect((await read(application.id)).status).toBe('in_review');
    });

    it.each([
      ['an award above the programme maximum', { ...{ amountMinor: 50_001 }, milestones: [{ title: 'Everything', dueDate: '$today', trancheMinor: 50_001 }] }, 'amountMinor'],
      ['a milestone due before today', { amountMinor: 30_000, milestones: [{ title: 'Late', dueDate: '$yesterday', trancheMinor: 30_000 }] }, 'milestones.0.dueDate'],
      ['a date that does not exist', { amountMinor: 30_000, milestones: [{ title: 'Odd', dueDate: '2031-02-30', trancheMinor: 30_000 }] }, 'milestones.0.dueDate'],
      ['a date in another format', { amountMinor: 30_000, milestones: [{ title: 'Odd', dueDate: '30/03/2031', trancheMinor: 30_000 }] }, 'milestones.0.dueDate'],
      ['no milestones', { amountMinor: 30_000, milestones: [] }, 'milestones'],
      ['a negative tranche', { amountMinor: 30_000, milestones: [{ title: 'Back', dueDate: '$today', trancheMinor: -1 }, { title: 'Forth', dueDate: '$today', trancheMinor: 30_001 }] }, 'milestones.0.trancheMinor'],
      ['an unknown milestone field', { amountMinor: 30_000, milestones: [{ title: 'Stock', dueDate: '$today', trancheMinor: 30_000, status: 'met' }] }, 'milestones.0.status'],
      ['an award of 0', { amountMinor: 0, milestones: [{ title: 'Nothing', dueDate: '$today', trancheMinor: 0 }] }, 'amountMinor'],
    ])('refuses %s with 400 naming the field, and stores nothing', async (_what, award, field) => {
      const application = await inReview();
      const dated = JSON.parse(JSON.stringify(award).replaceAll('$today', dateIn(0)).replaceAll('$yesterday', dateIn(-1)));
      const refused = await refusedWithoutChange(application.id, post(caseworker, `/${application.id}/award`, dated), 400);
      expect(refused.body.fields).toHaveProperty([field]);
    });

    it(`refuses more than ${MILESTONES_MAX} milestones, and accepts ${MILESTONES_MAX}`, async () => {
      const application = await inReview();
      const milestones = (n: number) => Array.from({ length: n }, (_, index) => ({ title: `Step ${index + 1}`, dueDate: dateIn(index), trancheMinor: 1_000 }));
      const refused = await refusedWithoutChange(application.id, post(caseworker, `/${application.id}/award`, { amountMinor: (MILESTONES_MAX + 1) * 1_000, milestones: milestones(MILESTONES_MAX + 1) }), 400);
      expect(refused.body.fields).toHaveProperty('milestones');
      const accepted = await caseworker.post(`${API}/${application.id}/award`, { amountMinor: MILESTONES_MAX * 1_000, milestones: milestones(MILESTONES_MAX) }).then(status(200));
      expect(accepted.body.milestones).toHaveLength(MILESTONES_MAX);
    });

    it('refuses to award an application that is not in review, with 409 naming its state', async () => {
      const application = await apply(await newSurvivor());
      const refused = await refusedWithoutChange(application.id, post(caseworker, `/${application.id}/award`, milestonesBody()), 409);
      expect(refused.body).toMatchObject({ code: 'conflict', message: 'This grant application is submitted, so it cannot be awarded.' });
    });

    it('declines only with a note, which the survivor sees; a declined application cannot move again', async () => {
      const survivor = await newSurvivor();
      const application = await inReview(survivor);
      for (const payload of [{}, { note: '   ' }, { note: 42 }]) {
        const refused = await refusedWithoutChange(application.id, post(caseworker, `/${application.id}/decline`, payload), 400);
        expect(refused.body.fields).toHaveProperty('note');
      }

      const declined = (await caseworker.post(`${API}/${application.id}/decline`, { note: 'The plan needs costings for the first six months.' }).then(status(200))).body;
      expect(declined).toMatchObject({ status: 'declined', decisionNote: 'The plan needs costings for the first six months.', decidedAt: t.clock.now().toISOString(), awardedMinor: null });
      expect((await survivor.client.get(`${API}/${application.id}`).then(status(200))).body.decisionNote).toBe('The plan needs costings for the first six months.');

      for (const [path, payload, verb] of [
        ['award', milestonesBody(), 'awarded'],
        ['review', undefined, 'taken into review'],
        ['decline', { note: 'Again.' }, 'declined'],
        ['withdraw', {}, 'withdrawn'],
      ] as const) {
        const refused = await refusedWithoutChange(application.id, post(caseworker, `/${application.id}/${path}`, payload), 409);
        expect(refused.body.message).toBe(`This grant application is declined, so it cannot be ${verb}.`);
      }
      await refusedWithoutChange(application.id, post(survivor.client, `/${application.id}/withdraw`, {}), 409);
    });

    it('declines a submitted application straight away', async () => {
      const application = await apply(await newSurvivor());
      const declined = (await caseworker.post(`${API}/${application.id}/decline`, { note: 'Outside the programme rules.' }).then(status(200))).body;
      expect(declined.history.map((step: { toStatus: string }) => step.toStatus)).toEqual(['submitted', 'declined']);
    });

    it('refuses to review twice', async () => {
      const application = await inReview();
      const refused = await refusedWithoutChange(application.id, post(caseworker, `/${application.id}/review`), 409);
      expect(refused.body.message).toBe('This grant application is in review, so it cannot be taken into review.');
    });

    it('lets the survivor withdraw before a decision, with a note, and not after an award', async () => {
      const survivor = await newSurvivor();
      const application = await inReview(survivor);
      const withdrawn = (await survivor.client.post(`${API}/${application.id}/withdraw`, { note: 'I found work instead.' }).then(status(200))).body;
      expect(withdrawn).toMatchObject({ status: 'withdrawn', statusChangedAt: t.clock.now().toISOString(), decisionNote: null, decidedAt: null });
      expect(withdrawn.history.at(-1)).toEqual({ fromStatus: 'in_review', toStatus: 'withdrawn', occurredAt: t.clock.now().toISOString(), actorRole: 'survivor', note: 'I found work instead.' });
      expect(await audited(application.id)).toEqual(['grant_application.review', 'grant_application.submit', 'grant_application.withdraw']);

      const award = await awarded(survivor);
      const refused = await refusedWithoutChange(award.id, post(survivor.client, `/${award.id}/withdraw`, {}), 409);
      expect(refused.body.message).toBe('This grant application is awarded, so it cannot be withdrawn.');
    });

    it("lets the caseworker withdraw a submitted application for the survivor", async () => {
      const application = await apply(await newSurvivor());
      const withdrawn = (await caseworker.post(`${API}/${application.id}/withdraw`, { note: 'The survivor asked us by phone.' }).then(status(200))).body;
      expect(withdrawn.history.at(-1)).toMatchObject({ fromStatus: 'submitted', toStatus: 'withdrawn', actorRole: 'caseworker', note: 'The survivor asked us by phone.' });
    });
  });

  describe('milestones and disbursements', () => {
    const markPath = (application: Application, index: number) => `/${application.id}/milestones/${application.milestones[index].id}/status`;
    const payPath = (application: Application, index: number) => `/${application.id}/milestones/${application.milestones[index].id}/disbursements`;

    it('marks a pending milestone met or missed, once', async () => {
      const award = await awarded();
      // Position 1 is the licence (due first), position 2 the stock.
      const met = (await caseworker.post(`${API}${markPath(award, 0)}`, { status: 'met', note: 'Licence seen.' }).then(status(200))).body;
      expect(met.milestones[0]).toMatchObject({ title: 'Stall licence', status: 'met', statusNote: 'Licence seen.', statusChangedAt: t.clock.now().toISOString() });
      expect(met.milestones[1]).toMatchObject({ status: 'pending', statusNote: null, statusChangedAt: null });
      expect(met.status).toBe('awarded');

      const missed = (await caseworker.post(`${API}${markPath(award, 1)}`, { status: 'missed' }).then(status(200))).body;
      expect(missed.milestones[1]).toMatchObject({ status: 'missed', statusNote: null });

      for (const [index, current] of [
        [0, 'met'],
        [1, 'missed'],
      ] as const) {
        for (const next of ['met', 'missed']) {
          const refused = await refusedWithoutChange(award.id, post(caseworker, markPath(award, index), { status: next }), 409);
          expect(refused.body.message).toBe(`This milestone is already marked ${current}.`);
        }
      }
      expect((await audited(award.id)).filter((action) => action.includes('milestone'))).toEqual(['grant_application.milestone_met', 'grant_application.milestone_missed']);
    });

    it('refuses a status other than met or missed', async () => {
      const award = await awarded();
      for (const next of ['pending', 'done', undefined]) {
        await refusedWithoutChange(award.id, post(caseworker, markPath(award, 0), { status: next }), 400);
      }
    });

    it('refuses milestone changes and payments on an application that is not awarded, with 409 naming its state', async () => {
      const application = await inReview();
      const mark = await refusedWithoutChange(application.id, post(caseworker, `/${application.id}/milestones/${UNKNOWN_ID}/status`, { status: 'met' }), 409);
      expect(mark.body.message).toBe('This grant application is in review, so its milestones cannot be marked.');
      const pay = await refusedWithoutChange(application.id, post(caseworker, `/${application.id}/milestones/${UNKNOWN_ID}/disbursements`, { amountMinor: 100, paidOn: dateIn(0) }), 409);
      expect(pay.body.message).toBe('This grant application is in review, so nothing can be paid out on it.');
    });

    it("pays up to a milestone's tranche and no more, and keeps the totals", async () => {
      const award = await awarded();
      // Licence: 200.00; stock: 100.00.
      const first = (await caseworker.post(`${API}${payPath(award, 0)}`, { amountMinor: 12_000, paidOn: dateIn(-3), reference: 'PAY-001' }).then(status(201))).body;
      expect(first.disbursements).toEqual([{ id: expect.any(String), milestoneId: award.milestones[0].id, amountMinor: 12_000, paidOn: dateIn(-3), reference: 'PAY-001', createdAt: expect.any(String) }]);
      expect(first.milestones[0].disbursedMinor).toBe(12_000);
      expect(first.totals).toEqual({ awardedMinor: 30_000, disbursedMinor: 12_000, remainingMinor: 18_000 });

      const over = await refusedWithoutChange(award.id, post(caseworker, payPath(award, 0), { amountMinor: 8_001, paidOn: dateIn(0) }), 400);
      expect(over.body.fields.amountMinor).toEqual(["Only 80.00 GBP of this milestone's 200.00 GBP remains to be paid."]);

      await caseworker.post(`${API}${payPath(award, 0)}`, { amountMinor: 8_000, paidOn: dateIn(0) }).then(status(201));
      const full = await refusedWithoutChange(award.id, post(caseworker, payPath(award, 0), { amountMinor: 1, paidOn: dateIn(0) }), 400);
      expect(full.body.fields.amountMinor).toEqual(['Nothing remains to be paid against this milestone: its 200.00 GBP has been paid.']);

      // Before the milestone is marked: a payment in advance.
      const last = (await caseworker.post(`${API}${payPath(award, 1)}`, { amountMinor: 10_000, paidOn: dateIn(0) }).then(status(201))).body;
      expect(last.milestones.map((milestone: { disbursedMinor: number }) => milestone.disbursedMinor)).toEqual([20_000, 10_000]);
      expect(last.disbursements.map((payment: { amountMinor: number; reference: string | null }) => [payment.amountMinor, payment.reference])).toEqual([
        [12_000, 'PAY-001'],
        [8_000, null],
        [10_000, null],
      ]);
      expect(last.totals).toEqual({ awardedMinor: 30_000, disbursedMinor: 30_000, remainingMinor: 0 });
      expect(await read(award.id)).toEqual(last);
      expect((await audited(award.id)).filter((action) => action === 'grant_application.disburse')).toHaveLength(3);
    });

    it('lets only one of two payments that together exceed the tranche through, when they arrive at once', async () => {
      const award = await awarded();
      // Holding the milestone row stalls each payment at its insert (the foreign key check).
      const statuses = await together(
        'SELECT id FROM grant_milestones WHERE id = $1 FOR UPDATE',
        [award.milestones[0].id],
        [0, 1].map(() => post(caseworker, payPath(award, 0), { amountMinor: 15_000, paidOn: dateIn(0) })),
      );
      expect(statuses).toEqual([201, 400]);
      expect((await read(award.id)).totals).toEqual({ awardedMinor: 30_000, disbursedMinor: 15_000, remainingMinor: 15_000 });
    });

    it('pays against a met milestone but not against a missed one', async () => {
      const award = await awarded();
      await caseworker.post(`${API}${markPath(award, 0)}`, { status: 'met' }).then(status(200));
      await caseworker.post(`${API}${payPath(award, 0)}`, { amountMinor: 20_000, paidOn: dateIn(0) }).then(status(201));

      await caseworker.post(`${API}${markPath(award, 1)}`, { status: 'missed', note: 'No stock bought by the due date.' }).then(status(200));
      const refused = await refusedWithoutChange(award.id, post(caseworker, payPath(award, 1), { amountMinor: 100, paidOn: dateIn(0) }), 409);
      expect(refused.body.message).toBe('This milestone was missed, so nothing can be paid against it.');
    });

    it.each([
      ['a payment date in the future', { amountMinor: 100, paidOn: '$tomorrow' }, 'paidOn'],
      ['a payment date that is not a date', { amountMinor: 100, paidOn: '2026-13-01' }, 'paidOn'],
      ['no payment date', { amountMinor: 100 }, 'paidOn'],
      ['an amount of 0', { amountMinor: 0, paidOn: '$today' }, 'amountMinor'],
      ['an unknown field', { amountMinor: 100, paidOn: '$today', milestoneId: UNKNOWN_ID }, 'milestoneId'],
    ])('refuses %s with 400 naming the field, and records nothing', async (_what, payment, field) => {
      const award = await awarded();
      const dated = JSON.parse(JSON.stringify(payment).replaceAll('$today', dateIn(0)).replaceAll('$tomorrow', dateIn(1)));
      const refused = await refusedWithoutChange(award.id, post(caseworker, payPath(award, 0), dated), 400);
      expect(refused.body.fields).toHaveProperty([field]);
    });
  });

  it('keeps the whole history in order, each step with who took it', async () => {
    const survivor = await newSurvivor();
    const first = await apply(survivor);
    await caseworker.post(`${API}/${first.id}/review`).then(status(200));
    await caseworker.post(`${API}/${first.id}/decline`, { note: 'Needs costings.' }).then(status(200));

    const second = (await caseworker.post(API, body({ survivorId: survivor.id, survivorAgreement: 'Agreed in person, with costings added.' })).then(status(201))).body;
    await caseworker.post(`${API}/${second.id}/review`).then(status(200));
    const done = (await caseworker.post(`${API}/${second.id}/award`, milestonesBody()).then(status(200))).body;
    // Milestone marks and payments are not status steps.
    await caseworker.post(`${API}/${second.id}/milestones/${done.milestones[0].id}/status`, { status: 'met' }).then(status(200));

    const history = async (id: string) => (await survivor.client.get(`${API}/${id}`).then(status(200))).body.history.map(({ fromStatus, toStatus, actorRole, note }: Record<string, unknown>) => [fromStatus, toStatus, actorRole, note]);
    expect(await history(first.id)).toEqual([
      [null, 'submitted', 'survivor', null],
      ['submitted', 'in_review', 'caseworker', null],
      ['in_review', 'declined', 'caseworker', 'Needs costings.'],
    ]);
    expect(await history(second.id)).toEqual([
      [null, 'submitted', 'caseworker', 'Agreed in person, with costings added.'],
      ['submitted', 'in_review', 'caseworker', null],
      ['in_review', 'awarded', 'caseworker', 'For the stall licence, scales and first stock.'],
    ]);
    expect(await audited(first.id)).toEqual(['grant_application.decline', 'grant_application.review', 'grant_application.submit']);
    expect(await audited(second.id)).toEqual(['grant_application.award', 'grant_application.milestone_met', 'grant_application.review', 'grant_application.submit']);
  });

  // Last: it moves the clock (by minutes, within the session's idle time).
  it('dates each step when it happened', async () => {
    const application = await apply(await newSurvivor());
    const submittedAt = t.clock.now().toISOString();
    t.clock.advance(10 * MINUTE);
    await caseworker.post(`${API}/${application.id}/review`).then(status(200));
    const reviewedAt = t.clock.now().toISOString();
    t.clock.advance(10 * MINUTE);
    const declined = (await caseworker.post(`${API}/${application.id}/decline`, { note: 'Outside the rules.' }).then(status(200))).body;
    expect(declined.history.map((step: { occurredAt: string }) => step.occurredAt)).toEqual([submittedAt, reviewedAt, t.clock.now().toISOString()]);
    expect(declined).toMatchObject({ statusChangedAt: t.clock.now().toISOString(), decidedAt: t.clock.now().toISOString() });
  });
});
