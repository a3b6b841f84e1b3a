import { createTestApp, Factories, HttpClient, status, TEST_PASSWORD, TestApp } from '@onward/api/testing';
import { Role } from '@onward/shared';
import supertest from 'supertest';
import { DataSource } from 'typeorm';

const DAY = 86_400_000;
const MISSING_ID = '9f1c1f1e-4b7a-4c39-9d7e-3a0f5d8e2b11';
const EMPLOYER_PLACEMENT_KEYS = ['endDate', 'endReason', 'hoursPerWeek', 'id', 'job', 'startDate', 'survivor', 'wage'];

/**
 * Placements: made by a hire, seen whole by the survivor and their organisation's caseworkers,
 * seen by the employer through its allowlist, and ended once by any of them.
 */
describe('Placements', () => {
  let t: TestApp;
  let factories: Factories;
  let db: DataSource;
  let providerId: string;
  let caseworker: HttpClient;
  let caseworkerId: string;
  let otherCaseworker: HttpClient;
  let employerId: string;
  let employer: HttpClient;
  let otherEmployer: HttpClient;
  let admin: HttpClient;

  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT_PER_IP: '10000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '10000' } });
    factories = new Factories(t.app);
    db = t.app.get(DataSource);
    await factories.region({ code: 'riverside', name: 'Riverside' });
    providerId = (await factories.organisation({ kind: 'service_provider', name: 'Riverside Support' })).id;
    ({ client: caseworker, id: caseworkerId } = await signIn('caseworker', providerId));
    ({ client: otherCaseworker } = await signIn('caseworker'));
    employerId = (await factories.employer({ name: 'Green Valley Foods' })).organisationId;
    ({ client: employer } = await signIn('employer', employerId));
    ({ client: otherEmployer } = await signIn('employer', (await factories.employer()).organisationId));
    ({ client: admin } = await signIn('admin', providerId));
  });
  afterAll(() => t.close());

  async function signIn(role: Role, organisationId?: string): Promise<{ client: HttpClient; id: string }> {
    const user = await factories.user({ role, organisationId });
    const client = new HttpClient(t.app);
    await client.login(user.email, TEST_PASSWORD).then(status(200));
    return { client, id: user.id };
  }

  const dateIn = (days: number) => new Date(t.clock.now().getTime() + days * DAY).toISOString().slice(0, 10);

  /** A survivor with an account, hired through the application routes; the placement started `startIn` days from today. */
  async function hired(startIn = -30) {
    const { client, id: userId } = await signIn('survivor', providerId);
    const profile = await factories.survivor({ organisationId: providerId, caseworkerId, userId, skills: ['hospitality.cafe_counter'], personal: { legalName: 'Maria Lopez Garcia', phone: '+44 7700 900123' } });
    const job = await factories.job({ employerId, regionCode: 'riverside', status: 'published', title: 'Kitchen assistant' });
    const application = (await client.post('/api/v1/applications', { jobId: job.id }).then(status(201))).body;
    await client.post(`/api/v1/applications/${application.id}/share`, { consent: { fields: ['skills'] } }).then(status(200));
    await employer.post(`/api/v1/applications/${application.id}/offer`, {}).then(status(200));
    const body = { startDate: dateIn(startIn), wage: { amountMinor: 52_000, currency: 'GBP', period: 'week' }, hoursPerWeek: 40 };
    await employer.post(`/api/v1/applications/${application.id}/hire`, body).then(status(200));
    const placementId = (await client.get(`/api/v1/applications/${application.id}`).then(status(200))).body.placementId as string;
    return { survivorId: profile.id, pseudonym: profile.pseudonym, client, job, applicationId: application.id, placementId, startDate: body.startDate };
  }

  const row = async (id: string) => (await db.query(`SELECT end_date::text AS end_date, end_reason, end_note, ended_by_role, ended_by_id FROM placements WHERE id = $1`, [id]))[0];
  const listIds = async (client: HttpClient, query = '') => (await client.get(`/api/v1/placements${query}`).then(status(200))).body.items.map((item: { id: string }) => item.id) as string[];

  async function refusedWithoutChange(id: string, request: () => Promise<supertest.Response>, expected: number) {
    const before = await row(id);
    const response = await request().then(status(expected));
    expect(await row(id)).toEqual(before);
    return response;
  }

  describe('seeing placements', () => {
    it('shows the survivor and their caseworker the whole placement, and lists it for them', async () => {
      const placement = await hired();
      const mine = (await placement.client.get(`/api/v1/placements/${placement.placementId}`).then(status(200))).body;
      expect(mine).toEqual({
        id: placement.placementId,
        applicationId: placement.applicationId,
        survivor: { id: placement.survivorId, pseudonym: placement.pseudonym },
        job: { id: placement.job.id, title: 'Kitchen assistant', employerId, employerName: 'Green Valley Foods' },
        startDate: placement.startDate,
        endDate: null,
        endReason: null,
        endNote: null,
        endedByRole: null,
        active: true,
        hoursPerWeek: 40,
        wage: { amountMinor: 52_000, currency: 'GBP', period: 'week' },
        createdAt: expect.any(String),
      });
      expect((await caseworker.get(`/api/v1/placements/${placement.placementId}`).then(status(200))).body).toEqual(mine);
      expect(await listIds(placement.client)).toEqual([placement.placementId]);
      expect(await listIds(caseworker, `?survivorId=${placement.survivorId}`)).toEqual([placement.placementId]);
      expect(await listIds(caseworker, `?survivorId=${placement.survivorId}&active=false`)).toEqual([]);
    });

    it('shows the employer its placements through the allowlist only, and logs the view for the survivor', async () => {
      const placement = await hired();
      const seen = (await employer.get(`/api/v1/placements/${placement.placementId}`).then(status(200))).body;
      expect(Object.keys(seen).sort()).toEqual(EMPLOYER_PLACEMENT_KEYS);
      expect(seen).toEqual({
        id: placement.placementId,
        job: { id: placement.job.id, title: 'Kitchen assistant' },
        survivor: { pseudonym: placement.pseudonym },
        startDate: placement.startDate,
        endDate: null,
        endReason: null,
        hoursPerWeek: 40,
        wage: { amountMinor: 52_000, currency: 'GBP', period: 'week' },
      });
      const listed = (await employer.get('/api/v1/placements').then(status(200))).body.items;
      expect(listed.find((item: { id: string }) => item.id === placement.placementId)).toEqual(seen);
      const text = JSON.stringify(listed);
      for (const secret of [placement.survivorId, placement.applicationId, 'Maria Lopez Garcia', '+44 7700 900123', caseworkerId]) expect(text).not.toContain(secret);
      const views = await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'placement.view' AND subject_type = 'survivor' AND subject_id = $1 AND actor_role = 'employer'`, [placement.survivorId]);
      expect(views[0].n).toBe(2);
    });

    it('answers 404 to another employer, a caseworker of another organisation, another survivor and an admin', async () => {
      const placement = await hired();
      const stranger = await hired();
      for (const client of [otherEmployer, otherCaseworker, stranger.client, admin]) {
        expect((await client.get(`/api/v1/placements/${placement.placementId}`).then(status(404))).body.code).toBe('not_found');
        await refusedWithoutChange(placement.placementId, () => client.post(`/api/v1/placements/${placement.placementId}/end`, { endDate: dateIn(0), reason: 'dismissed' }), 404);
      }
      expect(await listIds(otherEmployer)).not.toContain(placement.placementId);
      expect(await listIds(otherCaseworker)).not.toContain(placement.placementId);
      expect(await listIds(stranger.client)).toEqual([stranger.placementId]);
      await admin.get('/api/v1/placements').then(status(404));
      await otherCaseworker.get(`/api/v1/placements?survivorId=${placement.survivorId}`).then(status(404));
      await employer.get(`/api/v1/placements?survivorId=${placement.survivorId}`).then(status(400));
      await employer.get(`/api/v1/placements/${MISSING_ID}`).then(status(404));
    });

    it('refuses malformed ids and queries with 400', async () => {
      expect((await caseworker.get('/api/v1/placements/1;DROP').then(status(400))).body.fields).toHaveProperty('id');
      expect((await caseworker.post('/api/v1/placements/1;DROP/end', { endDate: dateIn(0), reason: 'resigned' }).then(status(400))).body.fields).toHaveProperty('id');
      expect((await caseworker.get('/api/v1/placements?active=maybe').then(status(400))).body.fields).toHaveProperty('active');
      expect((await caseworker.get('/api/v1/placements?survivorId=me').then(status(400))).body.fields).toHaveProperty('survivorId');
    });
  });

  describe('ending a placement', () => {
    it('lets the survivor say they left; the note stays with the survivor and caseworker, the reason too', async () => {
      const placement = await hired();
      const ended = (await placement.client.post(`/api/v1/placements/${placement.placementId}/end`, { endDate: dateIn(0), reason: 'unsafe', note: 'The manager kept my passport' }).then(status(200))).body;
      expect(ended).toMatchObject({ endDate: dateIn(0), endReason: 'unsafe', endNote: 'The manager kept my passport', endedByRole: 'survivor', active: false });
      const [{ id: userId }] = await db.query(`SELECT user_id AS id FROM survivor_profiles WHERE id = $1`, [placement.survivorId]);
      expect(await row(placement.placementId)).toEqual({ end_date: dateIn(0), end_reason: 'unsafe', end_note: 'The manager kept my passport', ended_by_role: 'survivor', ended_by_id: userId });
      expect((await caseworker.get(`/api/v1/placements/${placement.placementId}`).then(status(200))).body.endNote).toBe('The manager kept my passport');

      const seen = (await employer.get(`/api/v1/placements/${placement.placementId}`).then(status(200))).body;
      expect(Object.keys(seen).sort()).toEqual(EMPLOYER_PLACEMENT_KEYS);
      expect(seen).toMatchObject({ endDate: dateIn(0), endReason: null });
      const listed = JSON.stringify((await employer.get('/api/v1/placements').then(status(200))).body);
      expect(listed).not.toContain('passport');
      expect(listed).not.toContain('unsafe');
      expect(await listIds(placement.client, '?active=false')).toEqual([placement.placementId]);
      expect(await listIds(placement.client, '?active=true')).toEqual([]);
      const audits = await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'placement.end' AND subject_id = $1`, [placement.placementId]);
      expect(audits[0].n).toBe(1);
    });

    it('lets the employer record a separation, with its reason shown back to it but never the note', async () => {
      const placement = await hired();
      const ended = (await employer.post(`/api/v1/placements/${placement.placementId}/end`, { endDate: dateIn(-1), reason: 'contract_ended', note: 'Seasonal contract' }).then(status(200))).body;
      expect(Object.keys(ended).sort()).toEqual(EMPLOYER_PLACEMENT_KEYS);
      expect(ended).toMatchObject({ endDate: dateIn(-1), endReason: 'contract_ended' });
      expect(JSON.stringify(ended)).not.toContain('Seasonal contract');
      expect((await placement.client.get(`/api/v1/placements/${placement.placementId}`).then(status(200))).body).toMatchObject({ endNote: 'Seasonal contract', endedByRole: 'employer' });
    });

    it("lets the survivor's caseworker end it, and only once: 409 naming the end date", async () => {
      const placement = await hired();
      await caseworker.post(`/api/v1/placements/${placement.placementId}/end`, { endDate: dateIn(-2), reason: 'resigned' }).then(status(200));
      expect((await row(placement.placementId)).ended_by_role).toBe('caseworker');
      for (const client of [caseworker, employer, placement.client]) {
        const again = await refusedWithoutChange(placement.placementId, () => client.post(`/api/v1/placements/${placement.placementId}/end`, { endDate: dateIn(0), reason: 'dismissed' }), 409);
        expect(again.body.message).toBe(`This placement already ended on ${dateIn(-2)}.`);
      }
    });

    it('refuses an end before the start, after today, or with a bad body: 400, nothing changes', async () => {
      const placement = await hired(-10);
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ endDate: dateIn(-11), reason: 'resigned' }, 'endDate'],
        [{ endDate: dateIn(1), reason: 'resigned' }, 'endDate'],
        [{ endDate: '2027-02-30', reason: 'resigned' }, 'endDate'],
        [{ endDate: 'yesterday', reason: 'resigned' }, 'endDate'],
        [{ reason: 'resigned' }, 'endDate'],
        [{ endDate: dateIn(0), reason: 'bored' }, 'reason'],
        [{ endDate: dateIn(0) }, 'reason'],
        [{ endDate: dateIn(0), reason: 'resigned', note: 'x'.repeat(2001) }, 'note'],
        [{ endDate: dateIn(0), reason: 'resigned', endedByRole: 'employer' }, 'endedByRole'],
      ];
      for (const [body, field] of cases) {
        const refused = await refusedWithoutChange(placement.placementId, () => employer.post(`/api/v1/placements/${placement.placementId}/end`, body), 400);
        expect({ body, fields: Object.keys(refused.body.fields ?? {}) }).toEqual({ body, fields: [field] });
      }
      // The start day itself and today are both allowed.
      expect((await employer.post(`/api/v1/placements/${placement.placementId}/end`, { endDate: placement.startDate, reason: 'resigned' }).then(status(200))).body.endDate).toBe(placement.startDate);
    });

    it('accepts today as the end date', async () => {
      const placement = await hired(0);
      expect((await placement.client.post(`/api/v1/placements/${placement.placementId}/end`, { endDate: dateIn(0), reason: 'other' }).then(status(200))).body.endDate).toBe(dateIn(0));
    });
  });
});
