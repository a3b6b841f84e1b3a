import { createTestApp, Factories, HttpClient, status, TEST_PASSWORD, TestApp } from '@onward/api/testing';
import { Role } from '@onward/shared';
import supertest from 'supertest';
import { DataSource } from 'typeorm';

const DAY = 86_400_000;
const MISSING_ID = '9f1c1f1e-4b7a-4c39-9d7e-3a0f5d8e2b11';

/** The survivor's sealed details, to check an employer sees them only with consent. */
const PERSONAL = { legalName: 'Maria Lopez Garcia', phone: '+44 7700 900123', email: 'maria.lopez@example.org' };

/** Every key the employer's view may have, and every key of its survivor; the rest must never appear. */
const EMPLOYER_VIEW_KEYS = ['createdAt', 'id', 'job', 'message', 'sharedFields', 'status', 'statusChangedAt', 'survivor'];

/**
 * Applications to jobs: applying (by the survivor or a caseworker for them), sharing with the
 * employer under consent, the employer's consent-limited view, every step to a hire, and who
 * may see or move which application, through the real HTTP pipeline.
 */
describe('Applications', () => {
  let t: TestApp;
  let factories: Factories;
  let db: DataSource;
  let providerId: string;
  let caseworker: HttpClient;
  let caseworkerId: string;
  let otherCaseworker: HttpClient;
  let employerId: string;
  let employer: HttpClient;
  let employerUserId: string;
  let otherEmployer: HttpClient;
  let admin: HttpClient;

  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT_PER_IP: '10000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '10000' } });
    factories = new Factories(t.app);
    db = t.app.get(DataSource);
    await factories.region({ code: 'riverside', name: 'Riverside' });
    await factories.region({ code: 'hilltop', name: 'Hilltop' });
    providerId = (await factories.organisation({ kind: 'service_provider', name: 'Riverside Support' })).id;
    ({ client: caseworker, id: caseworkerId } = await signIn('caseworker', providerId));
    ({ client: otherCaseworker } = await signIn('caseworker'));
    employerId = (await factories.employer({ name: 'Green Valley Foods' })).organisationId;
    ({ client: employer, id: employerUserId } = await signIn('employer', employerId));
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

  /** A survivor of the provider with their own account, skills, languages and sealed details. */
  async function survivor(overrides: Parameters<Factories['survivor']>[0] = {}) {
    const { client, id: userId } = await signIn('survivor', providerId);
    const profile = await factories.survivor({
      organisationId: providerId,
      caseworkerId,
      userId,
      regionCode: 'riverside',
      skills: [{ code: 'hospitality.cafe_counter', level: 'experienced', years: 4 }],
      languages: [{ code: 'es', level: 'native' }],
      personal: PERSONAL,
      excludedRegionCodes: ['hilltop'],
      excludedSectors: ['agriculture'],
      ...overrides,
    });
    return { id: profile.id, pseudonym: profile.pseudonym, client, userId };
  }

  const publishedJob = (overrides: Partial<Parameters<Factories['job']>[0]> = {}) =>
    factories.job({ employerId, regionCode: 'riverside', status: 'published', title: 'Kitchen assistant', ...overrides });

  async function apply(client: HttpClient, jobId: string, extra: Record<string, unknown> = {}) {
    return (await client.post('/api/v1/applications', { jobId, ...extra }).then(status(201))).body;
  }

  /** A survivor's application, shared with the employer under a consent for these fields. */
  async function sharedApplication(fields: string[], overrides: Parameters<Factories['survivor']>[0] = {}) {
    const person = await survivor(overrides);
    const job = await publishedJob();
    const application = await apply(person.client, job.id, { message: 'I worked in a café for four years.' });
    await person.client.post(`/api/v1/applications/${application.id}/share`, { consent: { fields } }).then(status(200));
    return { ...person, job, application };
  }

  const count = async (sql: string, params: unknown[]) => (await db.query(sql, params))[0].n as number;
  const applicationCount = (survivorId: string) => count(`SELECT count(*)::int AS n FROM applications WHERE survivor_id = $1`, [survivorId]);
  const eventCount = (applicationId: string) => count(`SELECT count(*)::int AS n FROM application_events WHERE application_id = $1`, [applicationId]);
  const consentCount = (survivorId: string) => count(`SELECT count(*)::int AS n FROM consents WHERE survivor_id = $1`, [survivorId]);
  const employerViews = (survivorId: string) =>
    count(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'application.view' AND subject_type = 'survivor' AND subject_id = $1 AND actor_user_id = $2`, [survivorId, employerUserId]);
  const statusOf = async (applicationId: string) => (await db.query(`SELECT status FROM applications WHERE id = $1`, [applicationId]))[0].status as string;
  const listIds = async (client: HttpClient, query = '') => (await client.get(`/api/v1/applications${query}`).then(status(200))).body.items.map((item: { id: string }) => item.id) as string[];

  /** Runs a request that must fail and checks the application and its history are as they were. */
  async function refusedWithoutChange(applicationId: string, request: () => Promise<supertest.Response>, expected: number) {
    const before = { status: await statusOf(applicationId), events: await eventCount(applicationId) };
    const response = await request().then(status(expected));
    expect({ status: await statusOf(applicationId), events: await eventCount(applicationId) }).toEqual(before);
    return response;
  }

  describe('applying', () => {
    it('lets a survivor apply for themself: submitted, with its first history step, audited', async () => {
      const person = await survivor();
      const job = await publishedJob();
      const created = await apply(person.client, job.id, { message: 'I can start on Monday.' });
      expect(created).toMatchObject({
        status: 'submitted',
        message: 'I can start on Monday.',
        survivorAgreement: null,
        survivor: { id: person.id, pseudonym: person.pseudonym },
        job: { id: job.id, title: 'Kitchen assistant', employerId, employerName: 'Green Valley Foods', regionCode: 'riverside', remote: false },
        placementId: null,
      });
      expect(created.history).toEqual([{ from: null, to: 'submitted', at: expect.any(String), actorRole: 'survivor', note: null }]);
      expect((await person.client.get(`/api/v1/applications/${created.id}`).then(status(200))).body).toEqual(created);
      expect(await listIds(person.client)).toEqual([created.id]);
      expect(await listIds(caseworker, `?survivorId=${person.id}`)).toEqual([created.id]);
      expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'application.submit' AND subject_id = $1`, [created.id])).toBe(1);
    });

    it('refuses a survivor naming a survivor or an agreement: 400, nothing saved', async () => {
      const person = await survivor();
      const other = await survivor();
      const job = await publishedJob();
      const refused = await person.client.post('/api/v1/applications', { jobId: job.id, survivorId: other.id }).then(status(400));
      expect(refused.body.fields).toHaveProperty('survivorId');
      const agreement = await person.client.post('/api/v1/applications', { jobId: job.id, survivorAgreement: 'I agree' }).then(status(400));
      expect(agreement.body.fields).toHaveProperty('survivorAgreement');
      expect(await applicationCount(person.id)).toBe(0);
      expect(await applicationCount(other.id)).toBe(0);
    });

    it("lets a caseworker apply for their organisation's survivor, only with the survivor's agreement recorded", async () => {
      const person = await survivor();
      const job = await publishedJob();
      const missing = await caseworker.post('/api/v1/applications', { jobId: job.id, survivorId: person.id }).then(status(400));
      expect(missing.body.fields).toHaveProperty('survivorAgreement');
      const blank = await caseworker.post('/api/v1/applications', { jobId: job.id, survivorId: person.id, survivorAgreement: '   ' }).then(status(400));
      expect(blank.body.fields).toHaveProperty('survivorAgreement');
      const nobody = await caseworker.post('/api/v1/applications', { jobId: job.id, survivorAgreement: 'agreed by phone 3 Dec' }).then(status(400));
      expect(nobody.body.fields).toHaveProperty('survivorId');
      expect(await applicationCount(person.id)).toBe(0);

      const created = (await caseworker.post('/api/v1/applications', { jobId: job.id, survivorId: person.id, survivorAgreement: 'agreed by phone 3 Dec' }).then(status(201))).body;
      expect(created).toMatchObject({ status: 'submitted', survivorAgreement: 'agreed by phone 3 Dec', survivor: { id: person.id } });
      expect(created.history).toEqual([expect.objectContaining({ from: null, to: 'submitted', actorRole: 'caseworker' })]);
      // The survivor sees the application made for them.
      expect(await listIds(person.client)).toEqual([created.id]);
    });

    it("refuses a caseworker of another organisation, an employer and an admin with 404, nothing saved", async () => {
      const person = await survivor();
      const job = await publishedJob();
      const body = { jobId: job.id, survivorId: person.id, survivorAgreement: 'agreed by phone 3 Dec' };
      for (const client of [otherCaseworker, employer, admin]) {
        expect((await client.post('/api/v1/applications', body).then(status(404))).body.code).toBe('not_found');
      }
      for (const client of [employer, admin]) {
        expect((await client.post('/api/v1/applications', { jobId: job.id }).then(status(404))).body.code).toBe('not_found');
      }
      expect(await applicationCount(person.id)).toBe(0);
    });

    it('answers "The job was not found" for a draft, a closed or a past-closing job, and for an employer that may not publish', async () => {
      const person = await survivor();
      const suspended = await factories.employer({ status: 'suspended', statusReason: 'Wages withheld' });
      const lapsed = await factories.employer({ vettedUntil: new Date(t.clock.now().getTime() - DAY) });
      const yesterday = new Date(t.clock.now().getTime() - DAY).toISOString().slice(0, 10);
      const jobs = [
        await publishedJob({ status: 'draft' }),
        await publishedJob({ status: 'closed' }),
        await publishedJob({ closingDate: yesterday }),
        await publishedJob({ employerId: suspended.organisationId }),
        await publishedJob({ employerId: lapsed.organisationId }),
      ];
      for (const job of [...jobs, { id: MISSING_ID }]) {
        const refused = await person.client.post('/api/v1/applications', { jobId: job.id }).then(status(404));
        expect(refused.body.message).toBe('The job was not found.');
      }
      expect(await applicationCount(person.id)).toBe(0);
      // The same job of an employer in good standing is open to applications.
      await apply(person.client, (await publishedJob()).id);
    });

    it("refuses a job whose employer, region or sector is in the survivor's safety exclusions: 400 on jobId", async () => {
      const excludedEmployer = await factories.employer();
      const person = await survivor({ excludedEmployerIds: [excludedEmployer.organisationId] });
      const jobs = [
        await publishedJob({ employerId: excludedEmployer.organisationId }),
        await publishedJob({ regionCode: 'hilltop' }),
        await publishedJob({ sector: 'agriculture' }),
      ];
      for (const job of jobs) {
        const refused = await person.client.post('/api/v1/applications', { jobId: job.id }).then(status(400));
        expect(refused.body.fields.jobId[0]).toContain('your safety exclusions');
        const forThem = await caseworker.post('/api/v1/applications', { jobId: job.id, survivorId: person.id, survivorAgreement: 'in person' }).then(status(400));
        expect(forThem.body.fields.jobId[0]).toContain("the survivor's safety exclusions");
      }
      expect(await applicationCount(person.id)).toBe(0);
    });

    it('refuses a second open application to the same job with 409; once withdrawn, the survivor may apply again', async () => {
      const person = await survivor();
      const job = await publishedJob();
      const first = await apply(person.client, job.id);
      expect((await person.client.post('/api/v1/applications', { jobId: job.id }).then(status(409))).body.code).toBe('conflict');
      await caseworker.post('/api/v1/applications', { jobId: job.id, survivorId: person.id, survivorAgreement: 'in person' }).then(status(409));
      expect(await applicationCount(person.id)).toBe(1);
      await person.client.post(`/api/v1/applications/${first.id}/withdraw`, {}).then(status(200));
      await apply(person.client, job.id);
      expect(await applicationCount(person.id)).toBe(2);
    });

    it('refuses unknown fields, malformed ids and over-long messages with 400', async () => {
      const person = await survivor();
      const job = await publishedJob();
      expect((await person.client.post('/api/v1/applications', { jobId: job.id, status: 'hired' }).then(status(400))).body.fields).toHaveProperty('status');
      expect((await person.client.post('/api/v1/applications', { jobId: job.id, employerId }).then(status(400))).body.fields).toHaveProperty('employerId');
      expect((await person.client.post('/api/v1/applications', { jobId: '1;DROP' }).then(status(400))).body.fields).toHaveProperty('jobId');
      expect((await person.client.post('/api/v1/applications', { jobId: job.id, message: 'x'.repeat(2001) }).then(status(400))).body.fields).toHaveProperty('message');
      expect(await applicationCount(person.id)).toBe(0);
      expect((await person.client.get('/api/v1/applications/not-a-uuid').then(status(400))).body.fields).toHaveProperty('id');
      expect((await person.client.get('/api/v1/applications?jobId=nope').then(status(400))).body.fields).toHaveProperty('jobId');
      expect((await person.client.get('/api/v1/applications?status=lost').then(status(400))).body.fields).toHaveProperty('status');
      for (const action of ['share', 'interview', 'offer', 'hire', 'decline', 'withdraw']) {
        await employer.post(`/api/v1/applications/1;DROP/${action}`, {}).then(status(400));
      }
    });
  });

  describe('sharing under consent', () => {
    it('keeps a submitted application from the employer, even with an employer-wide consent in force', async () => {
      const person = await survivor();
      const application = await apply(person.client, (await publishedJob()).id);
      await factories.consent({ survivorId: person.id, employerId, fields: ['skills', 'contact'] });
      expect((await employer.get(`/api/v1/applications/${application.id}`).then(status(404))).body.code).toBe('not_found');
      expect(await listIds(employer)).not.toContain(application.id);
      expect(await listIds(employer, '?status=submitted')).toEqual([]);
      await refusedWithoutChange(application.id, () => employer.post(`/api/v1/applications/${application.id}/interview`, {}), 404);
      await refusedWithoutChange(application.id, () => employer.post(`/api/v1/applications/${application.id}/decline`, {}), 404);
      expect(await employerViews(person.id)).toBe(0);
    });

    it('keeps an application withdrawn before it was ever shared from the employer, whatever the consent', async () => {
      const person = await survivor();
      const application = await apply(person.client, (await publishedJob()).id);
      await person.client.post(`/api/v1/applications/${application.id}/withdraw`, { note: 'Changed my mind' }).then(status(200));
      await factories.consent({ survivorId: person.id, employerId, fields: ['skills'] });
      await employer.get(`/api/v1/applications/${application.id}`).then(status(404));
      expect(await listIds(employer)).not.toContain(application.id);
    });

    it('refuses to share without an active consent: 403 consent_required, and nothing changes', async () => {
      const person = await survivor();
      const application = await apply(person.client, (await publishedJob()).id);
      // A consent to another employer, a revoked one and an expired one do not count.
      const elsewhere = await factories.employer();
      await factories.consent({ survivorId: person.id, employerId: elsewhere.organisationId });
      await factories.consent({ survivorId: person.id, employerId, revokedAt: t.clock.now() });
      await factories.consent({ survivorId: person.id, employerId, expiresAt: new Date(t.clock.now().getTime() - 1000) });
      const consentsBefore = await consentCount(person.id);
      for (const [client, body] of [
        [person.client, {}],
        [person.client, undefined],
        [caseworker, {}],
      ] as const) {
        const refused = await refusedWithoutChange(application.id, () => client.post(`/api/v1/applications/${application.id}/share`, body), 403);
        expect(refused.body.code).toBe('consent_required');
      }
      expect(await statusOf(application.id)).toBe('submitted');
      expect(await eventCount(application.id)).toBe(1);
      expect(await consentCount(person.id)).toBe(consentsBefore);
      await employer.get(`/api/v1/applications/${application.id}`).then(status(404));
    });

    it('leaves no consent behind when a share with consent is refused for the state of the application', async () => {
      const person = await survivor();
      const application = await apply(person.client, (await publishedJob()).id);
      await person.client.post(`/api/v1/applications/${application.id}/withdraw`, {}).then(status(200));
      const refused = await refusedWithoutChange(application.id, () => person.client.post(`/api/v1/applications/${application.id}/share`, { consent: { fields: ['contact'] } }), 409);
      expect(refused.body.message).toBe('This application is withdrawn, so it cannot be shared.');
      expect(await consentCount(person.id)).toBe(0);
    });

    it('shares with a consent given on the way; the employer then sees only the consented fields', async () => {
      const { id, application, client, job } = await sharedApplication(['skills']);
      const mine = (await client.get(`/api/v1/applications/${application.id}`).then(status(200))).body;
      expect(mine.status).toBe('shared');
      expect(mine.history.map((step: { from: string | null; to: string }) => [step.from, step.to])).toEqual([
        [null, 'submitted'],
        ['submitted', 'shared'],
      ]);
      const consents = await db.query(`SELECT application_id, fields FROM consents WHERE survivor_id = $1`, [id]);
      expect(consents).toEqual([{ application_id: application.id, fields: ['skills'] }]);

      const seen = (await employer.get(`/api/v1/applications/${application.id}`).then(status(200))).body;
      expect(Object.keys(seen).sort()).toEqual(EMPLOYER_VIEW_KEYS);
      expect(seen).toMatchObject({ id: application.id, status: 'shared', message: 'I worked in a café for four years.', job: { id: job.id, title: 'Kitchen assistant' }, sharedFields: ['skills'] });
      expect(Object.keys(seen.job).sort()).toEqual(['id', 'title']);
      expect(seen.survivor).toEqual({ pseudonym: expect.any(String), skills: [{ code: 'hospitality.cafe_counter', level: 'experienced', years: 4 }] });
      // Nothing that identifies or endangers the survivor, anywhere in the answer.
      const text = JSON.stringify(seen);
      for (const secret of [id, PERSONAL.legalName, PERSONAL.phone, PERSONAL.email, 'hilltop', 'agriculture', 'riverside', caseworkerId]) expect(text).not.toContain(secret);

      const listed = (await employer.get('/api/v1/applications').then(status(200))).body;
      expect(listed.items.find((item: { id: string }) => item.id === application.id)).toEqual(seen);
    });

    it('shows the decrypted contact details and legal name when those are consented, and nothing else', async () => {
      const { application } = await sharedApplication(['contact', 'legal_name']);
      const seen = (await employer.get(`/api/v1/applications/${application.id}`).then(status(200))).body;
      expect(seen.sharedFields).toEqual(['contact', 'legal_name']);
      expect(seen.survivor).toEqual({ pseudonym: expect.any(String), contact: { phone: PERSONAL.phone, email: PERSONAL.email }, legalName: PERSONAL.legalName });
    });

    it('shows the pseudonym alone under a consent to no fields', async () => {
      const { application } = await sharedApplication([]);
      const seen = (await employer.get(`/api/v1/applications/${application.id}`).then(status(200))).body;
      expect(seen.sharedFields).toEqual([]);
      expect(Object.keys(seen.survivor)).toEqual(['pseudonym']);
    });

    it("lets the survivor's caseworker share, recording the consent the survivor gave them", async () => {
      const person = await survivor();
      const application = await apply(person.client, (await publishedJob()).id);
      const done = (await caseworker.post(`/api/v1/applications/${application.id}/share`, { consent: { fields: ['languages'], days: 30 } }).then(status(200))).body;
      expect(done.status).toBe('shared');
      expect(done.history[1]).toMatchObject({ from: 'submitted', to: 'shared', actorRole: 'caseworker' });
      const [consent] = await db.query(`SELECT granted_by_id, application_id, expires_at - granted_at AS span FROM consents WHERE survivor_id = $1`, [person.id]);
      expect(consent).toMatchObject({ granted_by_id: caseworkerId, application_id: application.id });
      expect(consent.span).toMatchObject({ days: 30 });
      const seen = (await employer.get(`/api/v1/applications/${application.id}`).then(status(200))).body;
      expect(seen.survivor).toEqual({ pseudonym: person.pseudonym, languages: [{ code: 'es', level: 'native' }] });
    });

    it('shares under an employer-wide consent already in force, without a new one', async () => {
      const person = await survivor();
      const application = await apply(person.client, (await publishedJob()).id);
      await factories.consent({ survivorId: person.id, employerId, fields: ['skills', 'languages'] });
      await person.client.post(`/api/v1/applications/${application.id}/share`, {}).then(status(200));
      expect(await consentCount(person.id)).toBe(1);
      expect((await employer.get(`/api/v1/applications/${application.id}`).then(status(200))).body.sharedFields).toEqual(['skills', 'languages']);
    });

    it('refuses bad consent bodies with 400 and shares nothing', async () => {
      const person = await survivor();
      const application = await apply(person.client, (await publishedJob()).id);
      for (const body of [{ consent: { fields: ['everything'] } }, { consent: { fields: ['skills'], days: 0 } }, { consent: { fields: ['skills'], days: 366 } }, { consent: 'yes' }, { consent: { fields: ['skills'] }, employerId }]) {
        await refusedWithoutChange(application.id, () => person.client.post(`/api/v1/applications/${application.id}/share`, body), 400);
      }
      expect(await consentCount(person.id)).toBe(0);
    });

    it("logs every employer view, one line per survivor shown, on the survivor's \"who viewed my data\"", async () => {
      const { id, application, client } = await sharedApplication(['skills']);
      expect(await employerViews(id)).toBe(0);
      await employer.get(`/api/v1/applications/${application.id}`).then(status(200));
      expect(await employerViews(id)).toBe(1);
      await employer.get('/api/v1/applications').then(status(200));
      expect(await employerViews(id)).toBe(2);
      await employer.get(`/api/v1/applications?jobId=${application.job.id}`).then(status(200));
      expect(await employerViews(id)).toBe(3);
      // A list that does not show the survivor does not log them.
      await employer.get('/api/v1/applications?status=hired').then(status(200));
      expect(await employerViews(id)).toBe(3);
      const log = (await client.get('/api/v1/survivors/me/access-log').then(status(200))).body;
      expect(log.filter((entry: { action: string }) => entry.action === 'application.view')[0]).toMatchObject({ actorRole: 'employer', organisationName: 'Green Valley Foods' });
    });

    it("hides the application from the employer at once when the survivor revokes consent", async () => {
      const { id, application, client } = await sharedApplication(['skills', 'contact']);
      await employer.get(`/api/v1/applications/${application.id}`).then(status(200));
      const [{ id: consentId }] = await db.query(`SELECT id FROM consents WHERE survivor_id = $1`, [id]);
      await client.post(`/api/v1/survivors/me/consents/${consentId}/revoke`).then(status(200));
      const viewsBefore = await employerViews(id);

      expect((await employer.get(`/api/v1/applications/${application.id}`).then(status(404))).body.code).toBe('not_found');
      expect(await listIds(employer)).not.toContain(application.id);
      for (const action of ['interview', 'offer', 'decline']) {
        await refusedWithoutChange(application.id, () => employer.post(`/api/v1/applications/${application.id}/${action}`, {}), 404);
      }
      expect(await employerViews(id)).toBe(viewsBefore);
      // Still the survivor's: they and their caseworker see it as before.
      expect((await client.get(`/api/v1/applications/${application.id}`).then(status(200))).body.status).toBe('shared');
    });

    it('hides the application from the employer the moment its consent expires', async () => {
      const person = await survivor();
      const application = await apply(person.client, (await publishedJob()).id);
      await factories.consent({ survivorId: person.id, employerId, fields: ['skills'], expiresAt: new Date(t.clock.now().getTime() + 60_000) });
      await person.client.post(`/api/v1/applications/${application.id}/share`, {}).then(status(200));
      await employer.get(`/api/v1/applications/${application.id}`).then(status(200));
      expect(await listIds(employer)).toContain(application.id);

      t.clock.advance(61_000);

      await employer.get(`/api/v1/applications/${application.id}`).then(status(404));
      expect(await listIds(employer)).not.toContain(application.id);
      await refusedWithoutChange(application.id, () => employer.post(`/api/v1/applications/${application.id}/interview`, {}), 404);
    });
  });

  describe('from shared to hired', () => {
    const hireBody = (overrides: Record<string, unknown> = {}) => ({
      startDate: new Date(t.clock.now().getTime() + 7 * DAY).toISOString().slice(0, 10),
      wage: { amountMinor: 1350, currency: 'GBP', period: 'hour' },
      hoursPerWeek: 30,
      ...overrides,
    });

    it('moves interview → offer → hire, making a placement the survivor, caseworker and employer can see', async () => {
      const { id, application, client, job } = await sharedApplication(['skills']);
      const interviewed = (await employer.post(`/api/v1/applications/${application.id}/interview`, { note: 'Tuesday 10am at the café' }).then(status(200))).body;
      expect(Object.keys(interviewed).sort()).toEqual(EMPLOYER_VIEW_KEYS);
      expect(interviewed.status).toBe('interview');
      await employer.post(`/api/v1/applications/${application.id}/offer`, {}).then(status(200));
      const body = hireBody();
      const hired = (await employer.post(`/api/v1/applications/${application.id}/hire`, body).then(status(200))).body;
      expect(hired.status).toBe('hired');
      expect(Object.keys(hired).sort()).toEqual(EMPLOYER_VIEW_KEYS);

      const mine = (await client.get(`/api/v1/applications/${application.id}`).then(status(200))).body;
      expect(mine.history.map((step: { to: string; actorRole: string }) => [step.to, step.actorRole])).toEqual([
        ['submitted', 'survivor'],
        ['shared', 'survivor'],
        ['interview', 'employer'],
        ['offer', 'employer'],
        ['hired', 'employer'],
      ]);
      expect(mine.history[2].note).toBe('Tuesday 10am at the café');
      expect(mine.placementId).toEqual(expect.any(String));

      const placement = (await client.get(`/api/v1/placements/${mine.placementId}`).then(status(200))).body;
      expect(placement).toMatchObject({
        applicationId: application.id,
        survivor: { id },
        job: { id: job.id, employerId },
        startDate: body.startDate,
        wage: body.wage,
        hoursPerWeek: 30,
        endDate: null,
        active: true,
      });
      expect((await caseworker.get(`/api/v1/placements/${mine.placementId}`).then(status(200))).body.id).toBe(mine.placementId);
      const employerPlacement = (await employer.get(`/api/v1/placements/${mine.placementId}`).then(status(200))).body;
      expect(Object.keys(employerPlacement).sort()).toEqual(['endDate', 'endReason', 'hoursPerWeek', 'id', 'job', 'startDate', 'survivor', 'wage']);
      expect(employerPlacement.survivor).toEqual({ pseudonym: expect.any(String) });
      expect(JSON.stringify(employerPlacement)).not.toContain(id);
      expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE action IN ('application.interview', 'application.offer', 'application.hire') AND subject_id = $1`, [application.id])).toBe(3);
    });

    it('goes straight from shared to offer', async () => {
      const { application } = await sharedApplication([]);
      expect((await employer.post(`/api/v1/applications/${application.id}/offer`, {}).then(status(200))).body.status).toBe('offer');
    });

    it("refuses a hire below the region's wage floor, as publishing would be refused", async () => {
      const { application } = await sharedApplication([]);
      await employer.post(`/api/v1/applications/${application.id}/offer`, {}).then(status(200));
      const low = await refusedWithoutChange(application.id, () => employer.post(`/api/v1/applications/${application.id}/hire`, hireBody({ wage: { amountMinor: 1199, currency: 'GBP', period: 'hour' } })), 400);
      expect(low.body).toMatchObject({ code: 'wage_below_floor', message: 'The wage is below the minimum for Riverside: at least 12.00 GBP an hour.' });
      // 36,000 a year for 60 hours a week is 11.53 an hour: below the floor too.
      await refusedWithoutChange(application.id, () => employer.post(`/api/v1/applications/${application.id}/hire`, hireBody({ wage: { amountMinor: 3_600_000, currency: 'GBP', period: 'year' }, hoursPerWeek: 60 })), 400);
      expect(await count(`SELECT count(*)::int AS n FROM placements WHERE application_id = $1`, [application.id])).toBe(0);
    });

    it('stops a suspended employer taking any application further, until it is vetted again', async () => {
      const { application } = await sharedApplication([]);
      await db.query(`UPDATE employer_profiles SET vetting_status = 'suspended', status_reason = 'Under review' WHERE organisation_id = $1`, [employerId]);
      try {
        for (const step of ['interview', 'offer']) {
          const refused = await refusedWithoutChange(application.id, () => employer.post(`/api/v1/applications/${application.id}/${step}`, {}), 403);
          expect(refused.body.code).toBe('employer_not_vetted');
        }
      } finally {
        await db.query(`UPDATE employer_profiles SET vetting_status = 'vetted', status_reason = NULL WHERE organisation_id = $1`, [employerId]);
      }
      await employer.post(`/api/v1/applications/${application.id}/offer`, {}).then(status(200));
      await db.query(`UPDATE employer_profiles SET vetting_status = 'suspended' WHERE organisation_id = $1`, [employerId]);
      try {
        const refused = await refusedWithoutChange(application.id, () => employer.post(`/api/v1/applications/${application.id}/hire`, hireBody()), 403);
        expect(refused.body.code).toBe('employer_not_vetted');
      } finally {
        await db.query(`UPDATE employer_profiles SET vetting_status = 'vetted' WHERE organisation_id = $1`, [employerId]);
      }
      expect(await count(`SELECT count(*)::int AS n FROM placements WHERE application_id = $1`, [application.id])).toBe(0);
    });

    it('refuses a move the state does not allow with 409 naming the state, changing nothing', async () => {
      const { application, client } = await sharedApplication(['skills']);
      await employer.post(`/api/v1/applications/${application.id}/offer`, {}).then(status(200));
      const backwards = await refusedWithoutChange(application.id, () => employer.post(`/api/v1/applications/${application.id}/interview`, {}), 409);
      expect(backwards.body.message).toBe('This application is at offer, so it cannot be moved to interview.');
      await client.post(`/api/v1/applications/${application.id}/withdraw`, { note: 'Found other work' }).then(status(200));
      const hire = await refusedWithoutChange(application.id, () => employer.post(`/api/v1/applications/${application.id}/hire`, hireBody()), 409);
      expect(hire.body).toMatchObject({ code: 'conflict', message: 'This application is withdrawn, so it cannot be hired.' });
      expect(await count(`SELECT count(*)::int AS n FROM placements WHERE application_id = $1`, [application.id])).toBe(0);
      const again = await refusedWithoutChange(application.id, () => client.post(`/api/v1/applications/${application.id}/withdraw`, {}), 409);
      expect(again.body.message).toBe('This application is withdrawn, so it cannot be withdrawn.');
      // The employer still sees it, withdrawn, while the consent lasts; never the survivor's note.
      const seen = (await employer.get(`/api/v1/applications/${application.id}`).then(status(200))).body;
      expect(seen.status).toBe('withdrawn');
      expect(JSON.stringify(seen)).not.toContain('Found other work');
    });

    it('refuses to hire an application not yet offered, or one already hired', async () => {
      const { application } = await sharedApplication([]);
      const early = await refusedWithoutChange(application.id, () => employer.post(`/api/v1/applications/${application.id}/hire`, hireBody()), 409);
      expect(early.body.message).toBe('This application is shared, so it cannot be hired.');
      await employer.post(`/api/v1/applications/${application.id}/offer`, {}).then(status(200));
      await employer.post(`/api/v1/applications/${application.id}/hire`, hireBody()).then(status(200));
      const twice = await refusedWithoutChange(application.id, () => employer.post(`/api/v1/applications/${application.id}/hire`, hireBody()), 409);
      expect(twice.body.message).toBe('This application is hired, so it cannot be hired.');
      expect(await count(`SELECT count(*)::int AS n FROM placements WHERE application_id = $1`, [application.id])).toBe(1);
    });

    it('needs the whole hire body: no default wage, the job currency, hours in range, a start at most a year ago', async () => {
      const { application } = await sharedApplication([]);
      await employer.post(`/api/v1/applications/${application.id}/offer`, {}).then(status(200));
      const longAgo = new Date(t.clock.now().getTime() - 367 * DAY).toISOString().slice(0, 10);
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ wage: undefined }, 'wage'],
        [{ hoursPerWeek: undefined }, 'hoursPerWeek'],
        [{ startDate: undefined }, 'startDate'],
        [{ wage: { amountMinor: 1350, currency: 'EUR', period: 'hour' } }, 'wage.currency'],
        [{ wage: { amountMinor: -1, currency: 'GBP', period: 'hour' } }, 'wage.amountMinor'],
        [{ wage: { amountMinor: 1350, currency: 'GBP', period: 'fortnight' } }, 'wage.period'],
        [{ hoursPerWeek: 61 }, 'hoursPerWeek'],
        [{ startDate: '2027-02-30' }, 'startDate'],
        [{ startDate: longAgo }, 'startDate'],
        [{ placementId: MISSING_ID }, 'placementId'],
      ];
      for (const [overrides, field] of cases) {
        const refused = await refusedWithoutChange(application.id, () => employer.post(`/api/v1/applications/${application.id}/hire`, hireBody(overrides)), 400);
        expect({ field, fields: Object.keys(refused.body.fields ?? {}) }).toEqual({ field, fields: expect.arrayContaining([field]) });
      }
      await employer.post(`/api/v1/applications/${application.id}/hire`, {}).then(status(400));
      expect(await count(`SELECT count(*)::int AS n FROM placements WHERE application_id = $1`, [application.id])).toBe(0);
      // Eleven months ago is fine.
      const recent = new Date(t.clock.now().getTime() - 330 * DAY).toISOString().slice(0, 10);
      expect((await employer.post(`/api/v1/applications/${application.id}/hire`, hireBody({ startDate: recent })).then(status(200))).body.status).toBe('hired');
    });

    it('lets the employer or the caseworker decline, and keeps each step to its own people', async () => {
      const first = await sharedApplication([]);
      // The survivor sees the application, so a step that is not theirs is 403, not 404.
      for (const action of ['interview', 'offer', 'decline']) {
        expect((await refusedWithoutChange(first.application.id, () => first.client.post(`/api/v1/applications/${first.application.id}/${action}`, {}), 403)).body.code).toBe('forbidden');
      }
      await refusedWithoutChange(first.application.id, () => caseworker.post(`/api/v1/applications/${first.application.id}/interview`, {}), 403);
      await refusedWithoutChange(first.application.id, () => employer.post(`/api/v1/applications/${first.application.id}/withdraw`, {}), 403);
      const declined = (await employer.post(`/api/v1/applications/${first.application.id}/decline`, { note: 'Position filled' }).then(status(200))).body;
      expect(declined.status).toBe('declined');
      expect(JSON.stringify(declined)).not.toContain('Position filled');
      expect((await first.client.get(`/api/v1/applications/${first.application.id}`).then(status(200))).body.history[2]).toMatchObject({ to: 'declined', actorRole: 'employer', note: 'Position filled' });

      const second = await survivor();
      const application = await apply(second.client, (await publishedJob()).id);
      const byCaseworker = (await caseworker.post(`/api/v1/applications/${application.id}/decline`, { note: 'Not safe to travel there' }).then(status(200))).body;
      expect(byCaseworker).toMatchObject({ status: 'declined', survivor: { id: second.id } });
    });

    it('answers 404 to another employer, a caseworker of another organisation, another survivor and an admin, on every route', async () => {
      const { application } = await sharedApplication(['contact']);
      const stranger = await survivor();
      const routes: Array<[string, (client: HttpClient) => Promise<supertest.Response>]> = [
        ['GET', (client) => client.get(`/api/v1/applications/${application.id}`)],
        ['share', (client) => client.post(`/api/v1/applications/${application.id}/share`, {})],
        ['interview', (client) => client.post(`/api/v1/applications/${application.id}/interview`, {})],
        ['offer', (client) => client.post(`/api/v1/applications/${application.id}/offer`, {})],
        ['hire', (client) => client.post(`/api/v1/applications/${application.id}/hire`, hireBody())],
        ['decline', (client) => client.post(`/api/v1/applications/${application.id}/decline`, {})],
        ['withdraw', (client) => client.post(`/api/v1/applications/${application.id}/withdraw`, {})],
      ];
      for (const [who, client] of [
        ['other employer', otherEmployer],
        ['other caseworker', otherCaseworker],
        ['other survivor', stranger.client],
        ['admin', admin],
      ] as const) {
        for (const [route, request] of routes) {
          const response = await refusedWithoutChange(application.id, () => request(client), 404);
          expect({ who, route, code: response.body.code }).toEqual({ who, route, code: 'not_found' });
        }
        expect(JSON.stringify((await client.get('/api/v1/applications').then((response) => response.body)) ?? {})).not.toContain(application.id);
      }
      await admin.get('/api/v1/applications').then(status(404));
      await otherCaseworker.get(`/api/v1/applications?survivorId=${application.survivor.id}`).then(status(404));
      await employer.get(`/api/v1/applications?survivorId=${application.survivor.id}`).then(status(400));
      await employer.get(`/api/v1/applications/${MISSING_ID}`).then(status(404));
    });
  });

  describe('lists', () => {
    it("gives a caseworker their organisation's applications only, filtered by status, job and survivor", async () => {
      const person = await survivor();
      const job = await publishedJob();
      const mine = await apply(person.client, job.id);
      const outsider = await factories.survivor({ skills: [] });
      await db.query(`INSERT INTO applications (survivor_id, job_id, employer_id, status, status_changed_at) VALUES ($1, $2, $3, 'submitted', now())`, [outsider.id, job.id, employerId]);
      const ids = await listIds(caseworker, `?jobId=${job.id}`);
      expect(ids).toEqual([mine.id]);
      expect(await listIds(caseworker, `?jobId=${job.id}&status=shared,interview`)).toEqual([]);
      expect(await listIds(caseworker, `?survivorId=${person.id}&status=submitted`)).toEqual([mine.id]);
      const page = (await caseworker.get('/api/v1/applications?limit=1').then(status(200))).body;
      expect(page.items).toHaveLength(1);
      expect(page.total).toBeGreaterThan(1);
      await person.client.get(`/api/v1/applications?survivorId=${person.id}`).then(status(400));
    });
  });
});
