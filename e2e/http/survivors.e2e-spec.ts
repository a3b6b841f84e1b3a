import { createTestApp, Factories, HttpClient, Outbox, readMailFile, status, TEST_PASSWORD, TestApp } from '@onward/api/testing';
import { Role } from '@onward/shared';
import { randomBytes, randomUUID } from 'node:crypto';
import supertest from 'supertest';
import { DataSource } from 'typeorm';

const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString('hex')}@example.org`;

/**
 * Survivor profiles: created by a caseworker, personal details sealed at rest, seen only by the
 * survivor and their own organisation's caseworkers; the survivor's own profile, consents and
 * "who viewed my data".
 */
describe('Survivor profiles', () => {
  let t: TestApp;
  let factories: Factories;
  let db: DataSource;
  let providerId: string;
  let caseworker: HttpClient;
  let caseworkerId: string;
  let otherCaseworker: HttpClient;
  let employer: HttpClient;
  let employerId: string;
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
    ({ client: employer } = await signIn('employer', employerId));
    ({ client: admin } = await signIn('admin', providerId));
  });
  afterAll(() => t.close());

  async function signIn(role: Role, organisationId?: string): Promise<{ client: HttpClient; id: string }> {
    const user = await factories.user({ role, organisationId });
    const client = new HttpClient(t.app);
    await client.login(user.email, TEST_PASSWORD).then(status(200));
    return { client, id: user.id };
  }

  const profileBody = (overrides: Record<string, unknown> = {}) => ({
    pseudonym: 'Sunflower',
    personal: { legalName: 'Maria Lopez Garcia', dateOfBirth: '1991-04-12', phone: '+44 7700 900123', email: 'maria.lopez@example.org' },
    skills: [
      { code: 'hospitality.cafe_counter', level: 'experienced', years: 4 },
      { code: 'hospitality.barista', level: 'learning', years: 0 },
    ],
    languages: [
      { code: 'es', level: 'native' },
      { code: 'en', level: 'conversational' },
    ],
    regionCode: 'riverside',
    availability: { hoursPerWeek: 30, shifts: ['mornings', 'afternoons'] },
    preferences: { sectors: ['hospitality'], workplace: 'either', minimumHourlyWageMinor: 1250 },
    exclusions: { regionCodes: ['hilltop'], employerIds: [], sectors: ['agriculture'] },
    ...overrides,
  });

  const create = async (overrides: Record<string, unknown> = {}) => (await caseworker.post('/api/v1/survivors', profileBody(overrides)).then(status(201))).body;
  const rawRow = async (id: string) => (await db.query(`SELECT * FROM survivor_profiles WHERE id = $1`, [id]))[0];

  describe('created by a caseworker', () => {
    it('keeps the profile with the caseworker assigned and the personal details sealed at rest', async () => {
      const created = await create();
      expect(created).toMatchObject({
        pseudonym: 'Sunflower',
        personal: { legalName: 'Maria Lopez Garcia', dateOfBirth: '1991-04-12', phone: '+44 7700 900123', email: 'maria.lopez@example.org' },
        regionCode: 'riverside',
        regionName: 'Riverside',
        availability: { hoursPerWeek: 30, shifts: ['mornings', 'afternoons'] },
        preferences: { sectors: ['hospitality'], workplace: 'either', minimumHourlyWageMinor: 1250 },
        exclusions: { regionCodes: ['hilltop'], employerIds: [], sectors: ['agriculture'], employers: [] },
        caseworker: { id: caseworkerId },
        hasAccount: false,
      });
      const row = await rawRow(created.id);
      const stored = JSON.stringify(row);
      for (const secret of ['Maria', 'Lopez', '1991-04-12', '900123', 'maria.lopez']) expect(stored).not.toContain(secret);
      expect(row.sealed_personal).toMatch(/^v1\.[^.]+\./);
      expect(row.personal_key_id).toBe(t.config.encryption.keys[0].id);
      expect(row.skill_codes).toEqual(['hospitality.cafe_counter', 'hospitality.barista']);
      expect(row.language_codes).toEqual(['es', 'en']);
      // Nor in the logs, nor in any queued job.
      expect(t.logs.join('\n')).not.toMatch(/Maria|Lopez|900123/);
      expect(JSON.stringify(await db.query(`SELECT data FROM pgboss.job`))).not.toMatch(/Maria|Lopez|900123/);
    });

    it('lists only the own organisation’s survivors, without personal details', async () => {
      const mine = await create({ pseudonym: 'Listed here' });
      const theirs = (await otherCaseworker.post('/api/v1/survivors', profileBody({ pseudonym: 'Not yours' })).then(status(201))).body;
      const page = (await caseworker.get('/api/v1/survivors?limit=100').then(status(200))).body;
      const ids = page.items.map((item: { id: string }) => item.id);
      expect(ids).toContain(mine.id);
      expect(ids).not.toContain(theirs.id);
      expect(JSON.stringify(page)).not.toContain('Maria');
      const found = (await caseworker.get('/api/v1/survivors?q=listed').then(status(200))).body;
      expect(found.items.map((item: { id: string }) => item.id)).toEqual([mine.id]);
    });

    it('refuses bad input with a 400 naming the field, and stores nothing', async () => {
      const count = async () => (await db.query(`SELECT count(*)::int AS n FROM survivor_profiles WHERE organisation_id = $1`, [providerId]))[0].n;
      const before = await count();
      const cases: [Record<string, unknown>, string][] = [
        [{ skills: [{ code: 'no.such_skill', level: 'can_do', years: 1 }] }, 'skills'],
        [{ skills: [{ code: 'hospitality.barista', level: 'guru', years: 1 }] }, 'skills'],
        [{ regionCode: 'atlantis' }, 'regionCode'],
        [{ exclusions: { regionCodes: [], employerIds: [randomUUID()], sectors: [] } }, 'exclusions.employerIds'],
        [{ exclusions: { regionCodes: [], employerIds: [providerId], sectors: [] } }, 'exclusions.employerIds'],
        [{ personal: { legalName: 'X', shoeSize: 42 } }, 'personal'],
        [{ favouriteColour: 'blue' }, 'favouriteColour'],
        [{ pseudonym: '' }, 'pseudonym'],
        [{ availability: { hoursPerWeek: 90, shifts: [] } }, 'availability'],
      ];
      for (const [overrides, field] of cases) {
        const response = await caseworker.post('/api/v1/survivors', profileBody(overrides)).then(status(400));
        expect(JSON.stringify(response.body.fields ?? response.body.message)).toContain(field.split('.')[0]);
      }
      expect(await count()).toBe(before);
    });

    it('updates the sealed fields that are sent and keeps the others', async () => {
      const created = await create();
      const updated = (await caseworker.patch(`/api/v1/survivors/${created.id}`, { personal: { phone: '+44 7700 900999' } }).then(status(200))).body;
      expect(updated.personal).toEqual({ legalName: 'Maria Lopez Garcia', dateOfBirth: '1991-04-12', phone: '+44 7700 900999', email: 'maria.lopez@example.org' });
      expect(JSON.stringify(await rawRow(created.id))).not.toContain('900999');
    });
  });

  describe('who may see a survivor', () => {
    it('answers 404 to employers, admins and other organisations’ caseworkers, on every survivor route', async () => {
      const created = await create();
      for (const client of [employer, admin, otherCaseworker]) {
        await client.get(`/api/v1/survivors/${created.id}`).then(status(404));
        await client.patch(`/api/v1/survivors/${created.id}`, { pseudonym: 'Taken over' }).then(status(404));
        await client.get(`/api/v1/survivors/${created.id}/consents`).then(status(404));
        await client.get(`/api/v1/survivors/${created.id}/matches`).then(status(404));
        await client.post(`/api/v1/survivors/${created.id}/invitation`, { email: uniqueEmail('x') }).then(status(404));
      }
      for (const client of [employer, admin]) {
        await client.get('/api/v1/survivors').then(status(404));
        await client.post('/api/v1/survivors', profileBody()).then(status(404));
        await client.get('/api/v1/survivors/me').then(status(404));
      }
      expect((await rawRow(created.id)).pseudonym).toBe('Sunflower');
    });

    it('answers 400 to a malformed id and 401 without a session', async () => {
      await caseworker.get('/api/v1/survivors/not-a-uuid').then(status(400));
      await supertest(t.app.getHttpServer()).get('/api/v1/survivors/me').then(status(401));
    });
  });

  describe('the survivor’s own account', () => {
    async function invitedSurvivor(): Promise<{ id: string; client: HttpClient; userId: string }> {
      const email = uniqueEmail('survivor');
      const created = await create({ inviteEmail: email });
      const rows = await new Outbox(t.app).emailsTo(email);
      const { parsed } = await readMailFile(t.config.mail.dir, rows[rows.length - 1].id);
      const token = /\/invite#([A-Za-z0-9_-]{43})\b/.exec(parsed.text ?? '')![1];
      // Discreet: the email names neither the survivor nor what the service is.
      expect(parsed.text).not.toMatch(/Maria|Sunflower|traffick|survivor/i);
      const client = new HttpClient(t.app);
      const accepted = await client.post('/api/v1/invitations/accept', { token, displayName: 'Sunny', password: 'a-long-enough-password' }).then(status(200));
      return { id: created.id, client, userId: accepted.body.id };
    }

    it('takes over the profile from the invitation, and reads and edits it', async () => {
      const { id, client } = await invitedSurvivor();
      const own = (await client.get('/api/v1/survivors/me').then(status(200))).body;
      expect(own).toMatchObject({ id, pseudonym: 'Sunflower', hasAccount: true, personal: { legalName: 'Maria Lopez Garcia' } });
      const edited = (
        await client.patch('/api/v1/survivors/me', {
          skills: [{ code: 'hospitality.cafe_counter', level: 'experienced', years: 5 }],
          exclusions: { regionCodes: [], employerIds: [employerId], sectors: [] },
        }).then(status(200))
      ).body;
      expect(edited.skills).toEqual([{ code: 'hospitality.cafe_counter', level: 'experienced', years: 5 }]);
      expect(edited.exclusions.employers).toEqual([{ id: employerId, name: 'Green Valley Foods' }]);
      expect((await rawRow(id)).skill_codes).toEqual(['hospitality.cafe_counter']);
      // Nobody else's profile through "me", and no way to reach another by id.
      await client.get(`/api/v1/survivors/${(await create()).id}`).then(status(404));
      await client.patch('/api/v1/survivors/me', { caseworkerId: randomUUID() }).then(status(400));
    });

    it('shows who viewed the record: caseworkers by name and organisation, not the survivor themself', async () => {
      const { id, client } = await invitedSurvivor();
      await client.get('/api/v1/survivors/me').then(status(200));
      expect((await client.get('/api/v1/survivors/me/access-log').then(status(200))).body.filter((entry: { action: string }) => entry.action === 'survivor.view')).toEqual([]);
      t.clock.advance(60_000);
      await caseworker.get(`/api/v1/survivors/${id}`).then(status(200));
      const log = (await client.get('/api/v1/survivors/me/access-log').then(status(200))).body;
      expect(log[0]).toMatchObject({ action: 'survivor.view', actorRole: 'caseworker', organisationName: 'Riverside Support' });
      expect(log[0].actorName).toEqual(expect.any(String));
      // A refused look by another organisation is not a view of the record.
      await otherCaseworker.get(`/api/v1/survivors/${id}`).then(status(404));
      expect((await client.get('/api/v1/survivors/me/access-log').then(status(200))).body).toHaveLength(log.length);
    });

    it('grants consent only to an employer applied to, lists it, and revokes it', async () => {
      const { id, client } = await invitedSurvivor();
      await client.post('/api/v1/survivors/me/consents', { employerId, fields: ['skills'] }).then(status(400));
      const job = await factories.job({ employerId, regionCode: 'riverside', status: 'published' });
      await db.query(`INSERT INTO applications (survivor_id, job_id, employer_id, status, status_changed_at) VALUES ($1, $2, $3, 'submitted', now())`, [id, job.id, employerId]);
      const granted = (await client.post('/api/v1/survivors/me/consents', { employerId, fields: ['skills', 'contact'], days: 30 }).then(status(201))).body;
      expect(granted).toMatchObject({ employerId, employerName: 'Green Valley Foods', applicationId: null, fields: ['skills', 'contact'], state: 'active', revokedAt: null });
      expect(new Date(granted.expiresAt).getTime() - new Date(granted.grantedAt).getTime()).toBe(30 * 86_400_000);
      await client.post('/api/v1/survivors/me/consents', { employerId, fields: ['everything'] }).then(status(400));
      const revoked = (await client.post(`/api/v1/survivors/me/consents/${granted.id}/revoke`).then(status(200))).body;
      expect(revoked.state).toBe('revoked');
      const listed = (await client.get('/api/v1/survivors/me/consents').then(status(200))).body;
      expect(listed.map((consent: { id: string; state: string }) => [consent.id, consent.state])).toEqual([[granted.id, 'revoked']]);
      // The caseworker sees the same consents; an employer cannot reach them at all.
      expect((await caseworker.get(`/api/v1/survivors/${id}/consents`).then(status(200))).body).toHaveLength(1);
      await employer.get(`/api/v1/survivors/${id}/consents`).then(status(404));
      // Another survivor's consent cannot be revoked through "me".
      const other = await invitedSurvivor();
      await other.client.post(`/api/v1/survivors/me/consents/${granted.id}/revoke`).then(status(404));
    });
  });
});
