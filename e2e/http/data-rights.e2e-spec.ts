import {
  CASEWORKER_ONLY_SECTIONS,
  CheckInsService,
  createTestApp,
  EXPORT_SECTIONS,
  Factories,
  HttpClient,
  Outbox,
  RiskService,
  SearchIndexer,
  status,
  SURVIVOR_DATA_COLUMNS,
  TEST_PASSWORD,
  TestApp,
} from '@onward/api/testing';
import { Role } from '@onward/shared';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import supertest from 'supertest';
import { DataSource } from 'typeorm';

const DAY = 86_400_000;
const PASSWORD = 'a-long-enough-password';
const PLAN = 'A market stall selling fresh bread and pastries, baked each morning in a shared kitchen.';
const ALL_WELL = { stillWorking: true, paidAsPromised: true, hoursAsPromised: true, feelSafe: true, housingStable: true, pastContact: false };
const RETENTION_QUERIES = ['', 'groupBy=employer', 'groupBy=sector', 'groupBy=job', 'groupBy=cohort_month', 'subject=grants', 'subject=grants&groupBy=employer'];

/** A survivor with something written in every field that holds their words or their details. */
interface Planted {
  id: string;
  /** Written into every free-text and personal field: after erasure it must be nowhere. */
  marker: string;
  pseudonym: string;
  email: string;
  client: HttpClient;
  runningPlacementId: string;
}

/**
 * A survivor's data rights: the download of everything Onward holds about them (their own, and
 * their caseworker's complete one), the request to erase, and erasure by their caseworker. No
 * worker runs in this app: the test runs the scans itself and reads queued emails from the outbox.
 */
describe('Data rights: export and erasure', () => {
  let t: TestApp;
  let factories: Factories;
  let db: DataSource;
  let outbox: Outbox;
  let providerId: string;
  let caseworker: HttpClient;
  let caseworkerId: string;
  let caseworkerEmail: string;
  let otherCaseworker: HttpClient;
  let employerId: string;
  let employer: HttpClient;
  let admin: HttpClient;
  let avoidedEmployerId: string;
  let programmeId: string;
  let secondProgrammeId: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { RUN_WORKERS: 'false', LOGIN_RATE_LIMIT_PER_IP: '10000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '10000' } });
    factories = new Factories(t.app);
    db = t.app.get(DataSource);
    outbox = new Outbox(t.app);
    await factories.region({ code: 'riverside', name: 'Riverside' });
    await factories.region({ code: 'hilltop', name: 'Hilltop' });
    providerId = (await factories.organisation({ kind: 'service_provider', name: 'Riverside Support' })).id;
    ({ client: caseworker, id: caseworkerId, email: caseworkerEmail } = await signIn('caseworker', providerId));
    ({ client: otherCaseworker } = await signIn('caseworker'));
    employerId = (await factories.employer({ name: 'Green Valley Foods' })).organisationId;
    ({ client: employer } = await signIn('employer', employerId));
    ({ client: admin } = await signIn('admin', providerId));
    avoidedEmployerId = (await factories.employer({ name: 'Hilltop Farms' })).organisationId;
    const funderId = (await factories.organisation({ kind: 'funder', name: 'Open Door Fund' })).id;
    programmeId = (await factories.grantProgramme({ status: 'open', funderId, title: 'Market stall grants' })).id;
    secondProgrammeId = (await factories.grantProgramme({ status: 'open', funderId, title: 'Tools grants' })).id;
  });
  afterAll(() => t.close());

  async function signIn(role: Role, organisationId?: string): Promise<{ client: HttpClient; id: string; email: string }> {
    const user = await factories.user({ role, organisationId });
    const client = new HttpClient(t.app);
    await client.login(user.email, TEST_PASSWORD).then(status(200));
    return { client, id: user.id, email: user.email };
  }

  /** A survivor of the provider with an account, made by the factories: a profile and nothing else. */
  async function plainSurvivor(): Promise<{ id: string; pseudonym: string; client: HttpClient }> {
    const { client, id: userId } = await signIn('survivor', providerId);
    const profile = await factories.survivor({ organisationId: providerId, caseworkerId, userId, personal: { legalName: 'Someone Plain' } });
    return { id: profile.id, pseudonym: profile.pseudonym, client };
  }

  const dateIn = (days: number) => new Date(t.clock.now().getTime() + days * DAY).toISOString().slice(0, 10);

  /** Reads as the database's owner: every schema and table, pg-boss's and the migrations' included. */
  async function asOwner<Row>(sql: string, params: unknown[] = []): Promise<Row[]> {
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as Row[];
    } finally {
      await client.end();
    }
  }

  /** Every table of every schema with `text` in any column: each row read as text (text, jsonb, arrays, tsvector), bytea columns decoded. */
  async function tablesHolding(text: string): Promise<string[]> {
    const tables = await asOwner<{ name: string }>(
      `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
    );
    const byteas = await asOwner<{ name: string; column: string }>(
      `SELECT format('%I.%I', table_schema, table_name) AS name, quote_ident(column_name) AS column FROM information_schema.columns
        WHERE data_type = 'bytea' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    const pattern = `%${text}%`;
    const found = new Set<string>();
    for (const { name } of tables) {
      const [row] = await asOwner<{ hit: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${name} AS r WHERE r::text ILIKE $1) AS hit`, [pattern]);
      if (row.hit) found.add(name);
    }
    for (const { name, column } of byteas) {
      const [row] = await asOwner<{ hit: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${name} WHERE encode(${column}, 'escape') ILIKE $1) AS hit`, [pattern]);
      if (row.hit) found.add(name);
    }
    return [...found].sort();
  }

  /**
   * Through the API, as people would: a profile with personal details and an invitation taken
   * up; consents; an application taken to a hire and ended, another made by the caseworker and
   * still open; a job running with a check-in answered; a grant awarded, a milestone met and
   * paid, another grant application open; a concern reported; the alarm, followed up with notes
   * and resolved; and the caseworker opening the record.
   */
  async function planted(): Promise<Planted> {
    const marker = `mk${randomBytes(6).toString('hex')}`;
    const email = `${marker}.account@example.org`;
    const pseudonym = `Pseud ${marker}`;
    const created = (
      await caseworker
        .post('/api/v1/survivors', {
          pseudonym,
          personal: { legalName: `Legal ${marker}`, dateOfBirth: '1991-04-12', phone: '+44 7700 900123', email: `${marker}.personal@example.org` },
          skills: [{ code: 'hospitality.cafe_counter', level: 'experienced', years: 4 }],
          languages: [{ code: 'en', level: 'fluent' }],
          regionCode: 'riverside',
          availability: { hoursPerWeek: 30, shifts: ['mornings'] },
          preferences: { sectors: ['hospitality'], workplace: 'either', minimumHourlyWageMinor: 1250 },
          exclusions: { regionCodes: ['hilltop'], employerIds: [avoidedEmployerId], sectors: ['agriculture'] },
          inviteEmail: email,
        })
        .then(status(201))
    ).body;
    const id: string = created.id;
    const [invitation] = await outbox.emailsTo(email);
    const token = /\/invite#([A-Za-z0-9_-]{43})\b/.exec(invitation.text_body)![1];
    const client = new HttpClient(t.app);
    await client.post('/api/v1/invitations/accept', { token, displayName: `Display ${marker}`, password: PASSWORD }).then(status(200));

    const kitchen = await factories.job({ employerId, regionCode: 'riverside', status: 'published', title: 'Kitchen assistant' });
    const hired = (await client.post('/api/v1/applications', { jobId: kitchen.id, message: `Message ${marker}` }).then(status(201))).body;
    await client.post('/api/v1/survivors/me/consents', { employerId, fields: ['skills', 'languages'] }).then(status(201));
    await client.post(`/api/v1/applications/${hired.id}/share`, { consent: { fields: ['skills'] } }).then(status(200));
    await employer.post(`/api/v1/applications/${hired.id}/offer`, { note: `Offer ${marker}` }).then(status(200));
    await employer.post(`/api/v1/applications/${hired.id}/hire`, { startDate: dateIn(0), wage: { amountMinor: 1350, currency: 'GBP', period: 'hour' }, hoursPerWeek: 30 }).then(status(200));
    const [hiredPlacement] = await db.query(`SELECT id FROM placements WHERE application_id = $1`, [hired.id]);
    await caseworker.post(`/api/v1/placements/${hiredPlacement.id}/end`, { endDate: dateIn(0), reason: 'resigned', note: `End ${marker}` }).then(status(200));
    const cafe = await factories.job({ employerId, regionCode: 'riverside', status: 'published', title: 'Café counter' });
    await caseworker.post('/api/v1/applications', { jobId: cafe.id, survivorId: id, survivorAgreement: `Agreement ${marker}`, message: `For them ${marker}` }).then(status(201));

    const running = await factories.placement({ survivorId: id, employerId, regionCode: 'riverside', startDate: dateIn(-7), jobTitle: 'Packer' });
    await t.app.get(CheckInsService).scan();
    const [due] = await db.query(`SELECT id FROM check_ins WHERE placement_id = $1 AND status = 'due'`, [running.id]);
    await client.post(`/api/v1/check-ins/${due.id}/answers`, { ...ALL_WELL, note: `Checkin ${marker}` }).then(status(200));

    const grant = (await client.post('/api/v1/grant-applications', { programmeId, businessPlan: `${PLAN} ${marker}`, requestedMinor: 30_000 }).then(status(201))).body;
    await caseworker.post(`/api/v1/grant-applications/${grant.id}/review`).then(status(200));
    const award = (
      await caseworker
        .post(`/api/v1/grant-applications/${grant.id}/award`, { amountMinor: 30_000, note: `Decision ${marker}`, milestones: [{ title: `Milestone ${marker}`, dueDate: dateIn(30), trancheMinor: 30_000 }] })
        .then(status(200))
    ).body;
    const milestoneId = award.milestones[0].id;
    await caseworker.post(`/api/v1/grant-applications/${grant.id}/milestones/${milestoneId}/status`, { status: 'met', note: `Met ${marker}` }).then(status(200));
    await caseworker.post(`/api/v1/grant-applications/${grant.id}/milestones/${milestoneId}/disbursements`, { amountMinor: 30_000, paidOn: dateIn(0), reference: `Ref ${marker}` }).then(status(201));
    await client.post('/api/v1/grant-applications', { programmeId: secondProgrammeId, businessPlan: `${PLAN} Again ${marker}`, requestedMinor: 20_000 }).then(status(201));

    await client.post(`/api/v1/employers/${avoidedEmployerId}/concerns`, { category: 'other', details: `Concern ${marker}` }).then(status(202));

    await client.post('/api/v1/survivors/me/alarm').then(status(202));
    const [flag] = await db.query(`SELECT id FROM flags WHERE survivor_id = $1 AND status <> 'resolved'`, [id]);
    await caseworker.post(`/api/v1/flags/${flag.id}/acknowledge`).then(status(200));
    await caseworker.post(`/api/v1/flags/${flag.id}/notes`, { note: `Note ${marker}` }).then(status(200));
    await caseworker.post(`/api/v1/flags/${flag.id}/resolve`, { outcome: 'support_given', note: `Resolved ${marker}` }).then(status(200));

    await caseworker.get(`/api/v1/survivors/${id}`).then(status(200));
    return { id, marker, pseudonym, email, client, runningPlacementId: running.id };
  }

  describe('what counts as survivor data', () => {
    it('has every column that can point at a survivor or hold an address decided, one by one', async () => {
      const columns = await asOwner<{ col: string }>(`
        SELECT c.table_name || '.' || c.column_name AS col FROM information_schema.columns c
         WHERE c.table_schema = 'public'
           AND (c.column_name IN ('survivor_id', 'user_id', 'caseworker_id', 'actor_id', 'assigned_to_id', 'email', 'to_address', 'from_address', 'client_address')
             OR c.column_name LIKE '%\\_user\\_id' OR c.column_name LIKE '%\\_by\\_id' OR c.column_name LIKE '%email%' OR c.column_name LIKE '%\\_address')
        UNION
        SELECT con.conrelid::regclass::text || '.' || att.attname FROM pg_constraint con
          JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = ANY (con.conkey)
         WHERE con.contype = 'f' AND con.confrelid IN ('survivor_profiles'::regclass, 'users'::regclass)`);
      // A new table or column holding a survivor's id, their account's or an address fails here
      // until survivor-data-map.ts says what export and erasure do with it.
      expect(columns.map((row) => row.col).sort()).toEqual(Object.keys(SURVIVOR_DATA_COLUMNS).sort());
    });

    it('keeps no survivor in the search index: it holds jobs and grant programmes only', async () => {
      await factories.job({ employerId, regionCode: 'riverside', status: 'published' });
      await t.app.get(SearchIndexer).reindexAll();
      const kinds = await asOwner<{ type: string }>(`SELECT DISTINCT type FROM search_documents ORDER BY type`);
      expect(kinds.map((row) => row.type)).toEqual(['grant', 'job']);
    });
  });

  describe('the download', () => {
    let s: Planted;
    let other: { id: string; client: HttpClient };

    beforeAll(async () => {
      s = await planted();
      other = await plainSurvivor();
    });

    // By role: the test's clock stands still, so every export has the same time and time cannot order them.
    const exportsOf = async (survivorId: string) =>
      asOwner<{ actor_user_id: string; actor_role: string }>(`SELECT actor_user_id, actor_role FROM audit_events WHERE action = 'survivor.export' AND subject_id = $1 ORDER BY actor_role`, [survivorId]);

    it('gives the survivor everything held about them, as a file named by the day only, without the follow-ups', async () => {
      const response = await s.client.get('/api/v1/survivors/me/export').then(status(200));
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.headers['content-disposition']).toBe(`attachment; filename="onward-data-${dateIn(0)}.json"`);
      expect(response.headers['cache-control']).toBe('no-store');
      const file = response.body;
      expect(file).toMatchObject({ format: 'onward.survivor-data', version: 1, audience: 'survivor', exportedAt: expect.any(String) });
      const { data } = file;
      const m = s.marker;

      expect(data.profile).toMatchObject({
        id: s.id,
        pseudonym: s.pseudonym,
        personal: { legalName: `Legal ${m}`, dateOfBirth: '1991-04-12', phone: '+44 7700 900123', email: `${m}.personal@example.org` },
        skills: [{ code: 'hospitality.cafe_counter', level: 'experienced', years: 4 }],
        languages: [{ code: 'en', level: 'fluent' }],
        regionCode: 'riverside',
        availability: { hoursPerWeek: 30, shifts: ['mornings'] },
        preferences: { sectors: ['hospitality'], workplace: 'either', minimumHourlyWageMinor: 1250 },
        exclusions: { regionCodes: ['hilltop'], employerIds: [avoidedEmployerId], sectors: ['agriculture'], employers: [{ id: avoidedEmployerId, name: 'Hilltop Farms' }] },
        caseworker: { id: caseworkerId },
        erasedAt: null,
      });
      expect(data.organisation).toEqual({ id: providerId, name: 'Riverside Support' });
      expect(data.account).toMatchObject({ email: s.email, displayName: `Display ${m}`, disabledAt: null });
      expect(data.sessions.length).toBeGreaterThan(0);
      expect(data.invitations).toEqual([expect.objectContaining({ email: s.email, acceptedAt: expect.any(String), revokedAt: null })]);
      expect(data.consents.length).toBe(2);
      expect(data.consents.every((consent: { employer: { name: string } }) => consent.employer.name === 'Green Valley Foods')).toBe(true);

      const [hired, open] = data.applications;
      expect(hired).toMatchObject({ job: { title: 'Kitchen assistant' }, employer: { id: employerId, name: 'Green Valley Foods' }, status: 'hired', message: `Message ${m}` });
      expect(hired.history.map((step: { toStatus: string }) => step.toStatus)).toEqual(['submitted', 'shared', 'offer', 'hired']);
      expect(hired.history.find((step: { toStatus: string }) => step.toStatus === 'offer')).toMatchObject({ actorRole: 'employer', note: `Offer ${m}` });
      expect(open).toMatchObject({ job: { title: 'Café counter' }, status: 'submitted', survivorAgreement: `Agreement ${m}`, message: `For them ${m}` });

      // Oldest start first: the job that has run for a week, then the one started and ended today.
      expect(data.placements).toEqual([
        expect.objectContaining({ id: s.runningPlacementId, job: expect.objectContaining({ title: 'Packer' }), endDate: null }),
        expect.objectContaining({ job: expect.objectContaining({ title: 'Kitchen assistant' }), endDate: dateIn(0), endReason: 'resigned', endNote: `End ${m}`, wageMinor: 1350, wagePeriod: 'hour' }),
      ]);
      const [awarded, submitted] = data.grantApplications;
      expect(awarded).toMatchObject({
        programme: { id: programmeId, title: 'Market stall grants' },
        funder: { name: 'Open Door Fund' },
        status: 'awarded',
        businessPlan: `${PLAN} ${m}`,
        awardedMinor: 30_000,
        decisionNote: `Decision ${m}`,
        milestones: [{ title: `Milestone ${m}`, status: 'met', statusNote: `Met ${m}`, trancheMinor: 30_000 }],
        disbursements: [{ amountMinor: 30_000, paidOn: dateIn(0), reference: `Ref ${m}` }],
      });
      expect(awarded.history.map((step: { toStatus: string }) => step.toStatus)).toEqual(['submitted', 'in_review', 'awarded']);
      expect(submitted).toMatchObject({ programme: { title: 'Tools grants' }, status: 'submitted' });
      expect(data.checkIns).toEqual(expect.arrayContaining([expect.objectContaining({ placementId: s.runningPlacementId, dayOffset: 7, status: 'answered', answers: ALL_WELL, note: `Checkin ${m}`, answeredByRole: 'survivor' })]));
      expect(data.concernReports).toEqual([expect.objectContaining({ employer: { id: avoidedEmployerId, name: 'Hilltop Farms' }, category: 'other', details: `Concern ${m}`, status: 'open' })]);

      // Emails: what and when, never the text (the invitation's link) nor the address.
      expect(data.emails.map((email: { subject: string }) => email.subject)).toEqual(expect.arrayContaining(['Your account invitation', 'You have a message waiting']));
      expect(Object.keys(data.emails[0]).sort()).toEqual(['createdAt', 'sentAt', 'status', 'subject']);
      expect(data.accessLog).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'survivor.view', actorRole: 'caseworker', organisationName: 'Riverside Support' })]));
      expect(data.ownActivity.map((entry: { action: string }) => entry.action)).toEqual(expect.arrayContaining(['invitation.accept', 'check_in.answer', 'concern.report']));

      // Not in the survivor's own file: follow-ups, their notes, the signals, network addresses.
      expect(data.riskSignals).toBeNull();
      expect(data.flags).toBeNull();
      expect(data.ownActivity.every((entry: { clientAddress: string | null }) => entry.clientAddress === null)).toBe(true);
      // Nor that they pressed the alarm, nor anything an account keeps secret.
      const text = JSON.stringify(file).toLowerCase();
      for (const hidden of [`Note ${m}`, `Resolved ${m}`, 'alarm', 'password_hash', 'passwordHash', 'sealed_personal', 'sealedPersonal', 'token']) expect(text).not.toContain(hidden.toLowerCase());

      // The summary: a sentence and a count for each section, and a word on what is left out.
      const summary = file.summary;
      expect(summary.items.map((item: { section: string }) => item.section)).toEqual(EXPORT_SECTIONS.filter((section) => !CASEWORKER_ONLY_SECTIONS.includes(section)));
      expect(summary.items.find((item: { section: string }) => item.section === 'applications')).toEqual({ section: 'applications', count: 2, text: expect.stringContaining('2 job applications') });
      expect(summary.items.every((item: { text: string }) => item.text.length > 10)).toBe(true);
      expect(summary.notes.join(' ')).toContain('Ask your caseworker');

      expect(await exportsOf(s.id)).toEqual([expect.objectContaining({ actor_role: 'survivor' })]);
    });

    it('gives their caseworker the complete file, follow-ups and case notes included, with every section the map names', async () => {
      const response = await caseworker.get(`/api/v1/survivors/${s.id}/export`).then(status(200));
      expect(response.headers['content-disposition']).toBe(`attachment; filename="onward-data-${dateIn(0)}.json"`);
      const { data, audience, summary } = response.body;
      expect(audience).toBe('caseworker');
      expect(data.flags).toEqual([
        expect.objectContaining({
          level: 'critical',
          status: 'resolved',
          outcome: 'support_given',
          history: expect.arrayContaining([expect.objectContaining({ type: 'note', note: `Note ${s.marker}` }), expect.objectContaining({ type: 'resolved', note: `Resolved ${s.marker}` })]),
        }),
      ]);
      expect(data.riskSignals.map((signal: { type: string }) => signal.type)).toEqual(expect.arrayContaining(['alarm']));
      expect(data.ownActivity.some((entry: { clientAddress: string | null }) => typeof entry.clientAddress === 'string')).toBe(true);
      expect(data.ownActivity.map((entry: { action: string }) => entry.action)).toContain('survivor.alarm');
      expect(summary.items.map((item: { section: string }) => item.section)).toEqual([...EXPORT_SECTIONS]);

      // Every section the map says holds survivor data has the planted survivor's rows in it.
      for (const [column, rule] of Object.entries(SURVIVOR_DATA_COLUMNS)) {
        if (rule.holds !== 'survivor' || !rule.exportedIn) continue;
        const section = data[rule.exportedIn];
        expect({ column, held: Array.isArray(section) ? section.length > 0 : section !== null }).toEqual({ column, held: true });
      }

      expect(await exportsOf(s.id)).toEqual([expect.objectContaining({ actor_role: 'caseworker' }), expect.objectContaining({ actor_role: 'survivor' })]);
      // The survivor sees the caseworker's download in "who has seen my information".
      const log = (await s.client.get('/api/v1/survivors/me/access-log').then(status(200))).body;
      expect(log).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'survivor.export', actorRole: 'caseworker', organisationName: 'Riverside Support' })]));
    });

    it('answers 404 to everyone else, like every survivor route, and records nothing', async () => {
      const before = (await exportsOf(s.id)).length;
      for (const client of [otherCaseworker, employer, admin, other.client, s.client]) {
        await client.get(`/api/v1/survivors/${s.id}/export`).then(status(404));
      }
      for (const client of [caseworker, employer, admin]) await client.get('/api/v1/survivors/me/export').then(status(404));
      await caseworker.get('/api/v1/survivors/not-a-uuid/export').then(status(400));
      await supertest(t.app.getHttpServer()).get('/api/v1/survivors/me/export').then(status(401));
      expect(await exportsOf(s.id)).toHaveLength(before);
    });
  });

  describe('asking for erasure', () => {
    it('records the request once and tells the caseworker in an email that names no one; no follow-up, no alarm', async () => {
      const survivor = await plainSurvivor();
      const mailsBefore = (await outbox.emailsTo(caseworkerEmail)).length;
      await survivor.client.post('/api/v1/survivors/me/erasure-request', { everything: true }).then(status(400));
      const first = (await survivor.client.post('/api/v1/survivors/me/erasure-request').then(status(202))).body;
      expect(first.requestedAt).toBe(t.clock.now().toISOString());

      const mails = (await outbox.emailsTo(caseworkerEmail)).slice(mailsBefore);
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toBe('A request is waiting for you');
      expect(mails[0].text_body).toContain(`/caseworker/survivors/${survivor.id}`);
      for (const word of [survivor.pseudonym, 'Someone Plain', 'traffick']) expect(`${mails[0].subject} ${mails[0].text_body}`.toLowerCase()).not.toContain(word.toLowerCase());

      t.clock.advance(60_000);
      const again = (await survivor.client.post('/api/v1/survivors/me/erasure-request').then(status(202))).body;
      expect(again.requestedAt).toBe(first.requestedAt);
      expect((await outbox.emailsTo(caseworkerEmail)).slice(mailsBefore)).toHaveLength(1);

      expect((await caseworker.get(`/api/v1/survivors/${survivor.id}`).then(status(200))).body).toMatchObject({ erasureRequestedAt: first.requestedAt, erasedAt: null });
      expect(await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'survivor.erasure_request' AND subject_id = $1`, [survivor.id])).toEqual([{ n: 2 }]);
      expect(await db.query(`SELECT count(*)::int AS n FROM risk_signals WHERE survivor_id = $1`, [survivor.id])).toEqual([{ n: 0 }]);
      expect(await db.query(`SELECT count(*)::int AS n FROM flags WHERE survivor_id = $1`, [survivor.id])).toEqual([{ n: 0 }]);
      // Nothing is erased by asking: only a caseworker erases.
      expect((await survivor.client.get('/api/v1/survivors/me').then(status(200))).body.pseudonym).toBe(survivor.pseudonym);
      await survivor.client.post(`/api/v1/survivors/${survivor.id}/erasure`, { confirmPseudonym: survivor.pseudonym, reason: 'Myself' }).then(status(404));
    });

    it('answers 404 to anyone without a profile of their own', async () => {
      for (const client of [caseworker, employer, admin]) await client.post('/api/v1/survivors/me/erasure-request').then(status(404));
    });
  });

  describe('erasure', () => {
    const snapshot = async (survivorId: string) => ({
      profile: await asOwner(`SELECT * FROM survivor_profiles WHERE id = $1`, [survivorId]),
      account: await asOwner(`SELECT u.* FROM users u JOIN survivor_profiles s ON s.user_id = u.id WHERE s.id = $1`, [survivorId]),
      sessions: await asOwner(`SELECT s.id FROM sessions s JOIN survivor_profiles p ON p.user_id = s.user_id WHERE p.id = $1 ORDER BY s.id`, [survivorId]),
      erasures: await asOwner(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'survivor.erase'`),
    });

    it('refuses bad input, a wrong pseudonym and an open follow-up, changing nothing; 404 to everyone else', async () => {
      const survivor = await plainSurvivor();
      await survivor.client.post('/api/v1/survivors/me/alarm').then(status(202));
      const erase = (body: unknown, client = caseworker, id = survivor.id) => client.post(`/api/v1/survivors/${id}/erasure`, body);
      const good = { confirmPseudonym: survivor.pseudonym, reason: 'Asked in person' };
      const before = await snapshot(survivor.id);

      for (const client of [otherCaseworker, employer, admin, survivor.client]) await erase(good, client).then(status(404));
      const bad: Array<[unknown, string]> = [
        [{}, 'confirmPseudonym'],
        [{ confirmPseudonym: survivor.pseudonym }, 'reason'],
        [{ reason: 'Asked in person' }, 'confirmPseudonym'],
        [{ ...good, confirmPseudonym: '   ' }, 'confirmPseudonym'],
        [{ ...good, reason: '' }, 'reason'],
        [{ ...good, reason: 'x'.repeat(501) }, 'reason'],
        [{ ...good, alsoDelete: 'everything' }, 'alsoDelete'],
        [{ ...good, confirmPseudonym: `${survivor.pseudonym} 2` }, 'confirmPseudonym'],
      ];
      for (const [body, field] of bad) {
        const response = await erase(body).then(status(400));
        expect({ field, fields: Object.keys(response.body.fields ?? {}) }).toEqual({ field, fields: expect.arrayContaining([field]) });
      }
      await erase(good, caseworker, 'not-a-uuid').then(status(400));
      const open = await erase(good).then(status(409));
      expect(open.body).toMatchObject({ code: 'conflict', message: expect.stringContaining('Resolve it first') });
      expect(await snapshot(survivor.id)).toEqual(before);
    });

    it('removes every planted word from every table, keeps the retention figures, and leaves a read-only record nobody can sign in to', async () => {
      const s = await planted();
      await s.client.post('/api/v1/survivors/me/erasure-request').then(status(202));
      // The words are all over the database first, so the search below can fail.
      await t.app.get(SearchIndexer).reindexAll();
      expect(await tablesHolding(s.marker)).toEqual(
        expect.arrayContaining(
          ['survivor_profiles', 'users', 'invitations', 'outbound_emails', 'applications', 'application_events', 'placements', 'check_ins', 'grant_applications', 'grant_milestones', 'grant_disbursements', 'flag_events', 'concern_reports'].map(
            (table) => `public.${table}`,
          ),
        ),
      );
      const emailIds = (await outbox.emailsTo(s.email)).map((email) => email.id);
      expect(emailIds.length).toBeGreaterThan(0);
      const kept = async () => ({
        placements: await db.query(`SELECT id, job_id, employer_id, start_date::text, end_date::text, end_reason, wage_minor, hours_per_week FROM placements WHERE survivor_id = $1 ORDER BY id`, [s.id]),
        checkIns: await db.query(`SELECT id, placement_id, day_offset, due_on::text, answers FROM check_ins WHERE survivor_id = $1 ORDER BY id`, [s.id]),
        flags: await db.query(`SELECT id, level, score, status, outcome, opened_at, resolved_at FROM flags WHERE survivor_id = $1 ORDER BY id`, [s.id]),
        flagEvents: await db.query(`SELECT e.type, e.at, e.level FROM flag_events e JOIN flags f ON f.id = e.flag_id WHERE f.survivor_id = $1 ORDER BY e.sequence`, [s.id]),
        signals: await db.query(`SELECT type, occurred_at FROM risk_signals WHERE survivor_id = $1 ORDER BY id`, [s.id]),
        awards: await db.query(`SELECT id, status, awarded_minor, decided_at, trading_ended_on FROM grant_applications WHERE survivor_id = $1 AND status = 'awarded'`, [s.id]),
        audit: await asOwner(`SELECT * FROM audit_events WHERE subject_id = $1 ORDER BY id`, [s.id]),
      });
      const keptBefore = await kept();
      const retention = () => Promise.all(RETENTION_QUERIES.map(async (query) => (await caseworker.get(`/api/v1/retention?${query}`).then(status(200))).body));
      const retentionBefore = await retention();
      expect(retentionBefore[0].overall.count).toBeGreaterThanOrEqual(2);
      expect(retentionBefore[5].overall.count).toBeGreaterThanOrEqual(1);

      // Case and spaces do not matter in the confirmation.
      const erased = (await caseworker.post(`/api/v1/survivors/${s.id}/erasure`, { confirmPseudonym: `  ${s.pseudonym.toUpperCase()} `, reason: 'Asked by phone; identity checked' }).then(status(200))).body;
      expect(erased).toEqual({ id: s.id, erasedAt: t.clock.now().toISOString() });

      // Not a trace of their words or details anywhere: any table, any schema, the search index and the queue included.
      await t.app.get(SearchIndexer).reindexAll();
      expect(await tablesHolding(s.marker)).toEqual([]);
      expect(await outbox.emailsTo(s.email)).toEqual([]);
      expect(await asOwner(`SELECT id FROM pgboss.job WHERE data->>'emailId' = ANY($1::text[])`, [emailIds])).toEqual([]);
      // Opened, not just sealed: the caseworker's view opens nothing, and nothing sealed is left to open.
      const view = (await caseworker.get(`/api/v1/survivors/${s.id}`).then(status(200))).body;
      expect(view).toMatchObject({
        pseudonym: 'Erased record',
        personal: { legalName: null, dateOfBirth: null, phone: null, email: null },
        skills: [],
        languages: [],
        regionCode: null,
        exclusions: { regionCodes: [], employerIds: [], sectors: [] },
        preferences: { sectors: [], minimumHourlyWageMinor: null },
        erasedAt: erased.erasedAt,
        erasureReason: 'Asked by phone; identity checked',
      });
      expect(await db.query(`SELECT sealed_personal, personal_key_id FROM survivor_profiles WHERE id = $1`, [s.id])).toEqual([{ sealed_personal: '', personal_key_id: '' }]);
      expect(await tablesHolding('900123')).toEqual([]);

      // What retention counts stays, and the figures are the same.
      const keptAfter = await kept();
      expect(keptAfter.placements).toEqual(keptBefore.placements);
      expect(keptAfter.flags).toEqual(keptBefore.flags);
      expect(keptAfter.flagEvents).toEqual(keptBefore.flagEvents);
      expect(keptAfter.signals).toEqual(keptBefore.signals);
      expect(keptAfter.awards).toEqual(keptBefore.awards);
      expect(keptAfter.checkIns).toEqual(keptBefore.checkIns);
      expect(await retention()).toEqual(retentionBefore);
      // Check-ins still to come are cancelled (nobody will answer them); the answered one stays answered.
      const statuses = await db.query(`SELECT status, count(*)::int AS n FROM check_ins WHERE survivor_id = $1 GROUP BY status ORDER BY status`, [s.id]);
      expect(statuses).toEqual([{ status: 'answered', n: 1 }, { status: 'cancelled', n: expect.any(Number) }]);
      // The audit trail keeps every row, and one more: the erasure, by the caseworker.
      expect(keptAfter.audit).toEqual(expect.arrayContaining(keptBefore.audit));
      expect(await asOwner(`SELECT actor_user_id, actor_role FROM audit_events WHERE action = 'survivor.erase' AND subject_id = $1`, [s.id])).toEqual([{ actor_user_id: caseworkerId, actor_role: 'caseworker' }]);

      // Open applications withdrawn, consents revoked: the employer sees nothing of them any more.
      expect(await db.query(`SELECT status FROM applications WHERE survivor_id = $1 ORDER BY created_at`, [s.id])).toEqual([{ status: 'hired' }, { status: 'withdrawn' }]);
      expect(await db.query(`SELECT status FROM grant_applications WHERE survivor_id = $1 ORDER BY created_at`, [s.id])).toEqual([{ status: 'awarded' }, { status: 'withdrawn' }]);
      expect(await db.query(`SELECT count(*)::int AS n FROM consents WHERE survivor_id = $1 AND revoked_at IS NULL`, [s.id])).toEqual([{ n: 0 }]);

      // The account: signed out, and no way back in.
      await s.client.get('/api/v1/auth/me').then(status(401));
      await new HttpClient(t.app).login(s.email, PASSWORD).then(status(401));
      const [account] = await asOwner<{ email: string; display_name: string; password_hash: string; disabled_at: Date | null }>(
        `SELECT u.email, u.display_name, u.password_hash, u.disabled_at FROM users u JOIN survivor_profiles s ON s.user_id = u.id WHERE s.id = $1`,
        [s.id],
      );
      expect(account).toMatchObject({ email: expect.stringMatching(/@erased\.invalid$/), display_name: 'Erased account', password_hash: '', disabled_at: expect.any(Date) });

      // Read-only from now on, whoever tries.
      const refusedAsErased = async (request: Promise<supertest.Response>) => expect((await request.then(status(409))).body.code).toBe('erased');
      await refusedAsErased(caseworker.patch(`/api/v1/survivors/${s.id}`, { pseudonym: 'Back again' }));
      await refusedAsErased(caseworker.post(`/api/v1/survivors/${s.id}/erasure`, { confirmPseudonym: 'Erased record', reason: 'Again' }));
      await refusedAsErased(caseworker.post(`/api/v1/survivors/${s.id}/consents`, { employerId, fields: ['skills'] }));
      await refusedAsErased(employer.post(`/api/v1/placements/${s.runningPlacementId}/end`, { endDate: dateIn(0), reason: 'contract_ended' }));
      expect(await db.query(`SELECT end_date FROM placements WHERE id = $1`, [s.runningPlacementId])).toEqual([{ end_date: null }]);
      // The scans and an employer's trouble pass it by: no reminder, no missed check-in, no follow-up about nobody.
      t.clock.advance(45 * DAY);
      await t.app.get(CheckInsService).scan();
      await t.app.get(RiskService).scanWithoutWork();
      await t.app.get(RiskService).employerEvent({ employerId, type: 'employer_reported', sourceType: 'concern', sourceId: randomUUID() });
      expect(await db.query(`SELECT type, occurred_at FROM risk_signals WHERE survivor_id = $1 ORDER BY id`, [s.id])).toEqual(keptBefore.signals);
      expect(await outbox.emailsTo(s.email)).toEqual([]);

      // Gone from the caseworker's list; their complete download holds only what is kept.
      await caseworker.login(caseworkerEmail, TEST_PASSWORD).then(status(200));
      const list = (await caseworker.get('/api/v1/survivors?limit=100').then(status(200))).body;
      expect(list.items.map((item: { id: string }) => item.id)).not.toContain(s.id);
      const file = (await caseworker.get(`/api/v1/survivors/${s.id}/export`).then(status(200))).body;
      expect(JSON.stringify(file)).not.toContain(s.marker);
      expect(file.data).toMatchObject({ profile: { pseudonym: 'Erased record' }, account: { displayName: 'Erased account' }, sessions: [], invitations: [], emails: [] });
      expect(t.logs.join('\n')).not.toContain(s.marker);
    });

    it('erases a record that never had an account or any history', async () => {
      const profile = await factories.survivor({ organisationId: providerId, caseworkerId, personal: { legalName: 'Nobody Else', phone: '+44 7700 900555' } });
      const erased = await caseworker.post(`/api/v1/survivors/${profile.id}/erasure`, { confirmPseudonym: profile.pseudonym, reason: 'Duplicate record' }).then(status(200));
      expect(erased.body.id).toBe(profile.id);
      expect((await caseworker.get(`/api/v1/survivors/${profile.id}`).then(status(200))).body).toMatchObject({ pseudonym: 'Erased record', personal: { legalName: null, phone: null }, hasAccount: false });
    });
  });
});
