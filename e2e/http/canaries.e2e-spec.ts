import { CheckInsService, createTestApp, Factories, HttpClient, SearchIndexer, SmtpCapture, status, TEST_PASSWORD, TestApp, waitFor } from '@onward/api/testing';
import { Role } from '@onward/shared';
import { randomBytes } from 'node:crypto';
import supertest from 'supertest';
import { DataSource } from 'typeorm';

const DAY = 86_400_000;

/**
 * Personal-data canaries (DESIGN.md safety rule 4): marker strings planted in every personal
 * field and free text a survivor or their caseworker writes, carried through the whole life of
 * a case through the API with the worker running and a real SMTP server; then the logs, the
 * queue's job payloads (and results), the search index, every email (subject and body, to
 * survivors and staff) and every URL the system made (links in emails, Location headers) are
 * searched for any of them. There must be none.
 */
describe('Personal-data canaries', () => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let factories: Factories;
  let db: DataSource;
  const tag = randomBytes(3).toString('hex');
  /** One marker per field, so a hit names where it came from. */
  const canary = (field: string) => `canary${field}${tag}`;
  const planted = new Map<string, string>();
  const plant = (field: string) => {
    const marker = canary(field);
    planted.set(marker, field);
    return marker;
  };
  const responses: supertest.Response[] = [];
  const keep = (response: supertest.Response) => {
    responses.push(response);
    return response;
  };

  beforeAll(async () => {
    smtp = await SmtpCapture.start();
    t = await createTestApp({ env: { SMTP_URL: smtp.url, LOGIN_RATE_LIMIT_PER_IP: '10000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '10000', LOG_LEVEL: 'debug' } });
    factories = new Factories(t.app);
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const succeeded = (response: supertest.Response) => {
    if (response.status >= 300) throw new Error(`Expected success, got ${response.status}: ${response.text}`);
    return response;
  };

  async function signIn(role: Role, organisationId?: string, email?: string, password = TEST_PASSWORD) {
    const user = email ? null : await factories.user({ role, organisationId });
    const client = new HttpClient(t.app);
    await client.login(email ?? user!.email, password).then(status(200));
    return { client, id: user?.id ?? '' };
  }

  it('plants markers in every personal field and free text, walks a whole case, and finds none of them in logs, job payloads, the search index, emails or URLs', async () => {
    await factories.region({ code: 'riverside', name: 'Riverside' });
    const providerId = (await factories.organisation({ kind: 'service_provider' })).id;
    const { client: caseworker } = await signIn('caseworker', providerId);
    await factories.user({ role: 'caseworker', organisationId: providerId, isSupervisor: true });
    const employerId = (await factories.employer({ regions: ['riverside'] })).organisationId;
    const { client: employer } = await signIn('employer', employerId);
    const job = await factories.job({ employerId, regionCode: 'riverside', status: 'published', requiredSkills: ['hospitality.cafe_counter'] });
    await t.app.get(SearchIndexer).reindexAll();

    // A caseworker records a survivor with markers in every personal field, and invites them.
    const survivorEmail = `${plant('emailaddress')}@example.org`;
    const created = keep(
      await caseworker
        .post('/api/v1/survivors', {
          pseudonym: plant('Pseudonym'),
          personal: { legalName: plant('LegalName'), dateOfBirth: '1990-01-02', phone: '+44 7700 900456', email: survivorEmail },
          skills: [{ code: 'hospitality.cafe_counter', level: 'experienced', years: 3 }],
          languages: [{ code: 'es', level: 'native' }],
          regionCode: 'riverside',
          exclusions: { regionCodes: [], employerIds: [], sectors: ['agriculture'] },
          inviteEmail: survivorEmail,
        })
        .then(status(201)),
    ).body;
    const invitationEmail = await waitFor(() => smtp.to(survivorEmail)[0], 'the invitation email');
    const token = /#([A-Za-z0-9_-]{43})/.exec(invitationEmail.parsed.text ?? '')![1];
    const survivorPassword = 'canary-walk-password-1';
    // Accepting signs the survivor in.
    const survivor = new HttpClient(t.app);
    keep(await survivor.post('/api/v1/invitations/accept', { token, displayName: plant('DisplayName'), password: survivorPassword }).then(status(200)));

    // The survivor searches (a word of their own in the query), applies with a message, shares it.
    keep(await survivor.get(`/api/v1/opportunities/search?q=${plant('searchword')}`).then(status(200)));
    keep(await survivor.get('/api/v1/survivors/me/matches').then(status(200)));
    const application = keep(await survivor.post('/api/v1/applications', { jobId: job.id, message: `Hello, ${plant('ApplicationMessage')}` }).then(status(201))).body;
    keep(await survivor.post(`/api/v1/applications/${application.id}/share`, { consent: { fields: ['skills', 'contact', 'legal_name'] } }).then(status(200)));
    keep(await employer.get(`/api/v1/applications/${application.id}`).then(status(200)));
    keep(await employer.post(`/api/v1/applications/${application.id}/interview`, { note: plant('InterviewNote') }).then(status(200)));
    keep(await employer.post(`/api/v1/applications/${application.id}/offer`, {}).then(status(200)));
    const startDate = new Date(t.clock.now().getTime() - 8 * DAY).toISOString().slice(0, 10);
    keep(await employer.post(`/api/v1/applications/${application.id}/hire`, { startDate, wage: { amountMinor: 1_500, currency: 'GBP', period: 'hour' }, hoursPerWeek: 30 }).then(status(200)));

    // The day-7 check-in falls due: a reminder; the survivor answers "not paid" with a note.
    await t.app.get(CheckInsService).scan();
    const checkIn = (await survivor.get('/api/v1/survivors/me/check-ins').then(status(200))).body.items.find((item: { status: string }) => item.status === 'due');
    keep(await survivor.post(`/api/v1/check-ins/${checkIn.id}/answers`, { stillWorking: true, paidAsPromised: false, hoursAsPromised: true, feelSafe: true, housingStable: true, pastContact: false, note: plant('CheckInNote') }).then(succeeded));
    keep(await survivor.post('/api/v1/survivors/me/alarm', {}).then(status(202)));

    // The caseworker works the flag with notes, records a grant application with a business plan.
    const flags = (await caseworker.get('/api/v1/flags').then(status(200))).body.items;
    for (const flag of flags) {
      keep(await caseworker.post(`/api/v1/flags/${flag.id}/acknowledge`, {}).then(status(200)));
      keep(await caseworker.post(`/api/v1/flags/${flag.id}/notes`, { note: plant(`FlagNote${flags.indexOf(flag)}`) }).then(succeeded));
    }
    const programme = await factories.grantProgramme({ status: 'open' });
    keep(
      await caseworker
        .post('/api/v1/grant-applications', { programmeId: programme.id, survivorId: created.id, businessPlan: `A bakery stall at the market on Saturdays. ${plant('BusinessPlan')}`, requestedMinor: 50_000, survivorAgreement: plant('Agreement') })
        .then(status(201)),
    );
    keep(await caseworker.get(`/api/v1/survivors/${created.id}/timeline`).then(status(200)));
    keep(await caseworker.get(`/api/v1/survivors/${created.id}/export`).then(status(200)));
    keep(await caseworker.get(`/api/v1/retention?format=csv`).then(status(200)));

    // Someone reports a concern about the employer, in words of their own.
    keep(await new HttpClient(t.app).post(`/api/v1/employers/${employerId}/concerns`, { category: 'wages_withheld', details: `Wages kept back. ${plant('ConcernDetails')}` }).then(status(202)));
    keep(await survivor.post('/api/v1/survivors/me/erasure-request', {}).then(succeeded));

    // Let the worker send everything queued.
    await waitFor(async () => (await db.query(`SELECT count(*)::int AS n FROM outbound_emails WHERE sent_at IS NULL`))[0].n === 0 || undefined, 'every email sent', 20_000);
    expect(smtp.messages.length).toBeGreaterThanOrEqual(5);

    // Where the markers must never be.
    const places: Array<[string, string]> = [];
    places.push(['logs', t.logs.join('\n')]);
    for (const row of await db.query(`SELECT name, data::text AS data, output::text AS output FROM pgboss.job UNION ALL SELECT name, data::text, output::text FROM pgboss.archive`)) {
      places.push([`job ${row.name} payload`, `${row.data} ${row.output ?? ''}`]);
    }
    for (const row of await db.query(`SELECT id, doc::text AS doc FROM search_documents`)) places.push([`search document ${row.id}`, row.doc]);
    for (const row of await db.query(`SELECT subject, text_body, last_error FROM outbound_emails`)) places.push([`email "${row.subject}"`, `${row.subject}\n${row.text_body}\n${row.last_error ?? ''}`]);
    for (const message of smtp.messages) {
      const { parsed } = message;
      places.push([`delivered email "${parsed.subject}"`, `${parsed.subject}\n${parsed.text ?? ''}\n${typeof parsed.html === 'string' ? parsed.html : ''}`]);
    }
    const urls = [
      ...smtp.messages.flatMap((message) => (message.parsed.text ?? '').match(/https?:\/\/\S+/g) ?? []),
      ...responses.map((response) => response.headers.location).filter(Boolean),
    ];
    places.push(['URLs', urls.join('\n')]);
    for (const row of await db.query(`SELECT action, subject_type, subject_id, client_address FROM audit_events`)) places.push(['audit trail', Object.values(row).join(' ')]);

    const hits: string[] = [];
    for (const [place, text] of places) {
      for (const [marker, field] of planted) if (text.toLowerCase().includes(marker.toLowerCase())) hits.push(`${field} in ${place}`);
    }
    console.log(`canaries: ${planted.size} markers planted, ${places.length} places searched (${t.logs.length} log lines, ${smtp.messages.length} emails, ${urls.length} URLs), ${hits.length} hits`);
    expect(hits).toEqual([]);
    // The walk reached the places it searched: emails were sent, jobs ran, the index and logs hold documents.
    expect(places.filter(([place]) => place.startsWith('job ')).length).toBeGreaterThan(3);
    expect(urls.length).toBeGreaterThan(2);
    // And the markers are really there to be found: the survivor's own export holds them.
    const exported = (await survivor.get('/api/v1/survivors/me/export').then(status(200))).text;
    expect(exported).toContain(canary('LegalName'));
  });
});
