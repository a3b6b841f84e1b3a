import { createTestApp, Factories, HttpClient, status, TEST_PASSWORD, TestApp, waitFor } from '@onward/api/testing';
import { VETTING_CHECKLIST } from '@onward/shared';
import { randomBytes } from 'node:crypto';

/**
 * The path the "done when" walks, through the real HTTP pipeline, the real queue worker
 * and the embedded search engine: an employer registers, cannot publish, is vetted, publishes;
 * a survivor finds the job with a misspelt query; a suspension takes it out of search without
 * a reindex.
 */
describe('From registration to search', () => {
  let t: TestApp;
  let factories: Factories;
  let caseworker: HttpClient;
  let survivor: HttpClient;

  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT_PER_IP: '10000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '10000' } });
    factories = new Factories(t.app);
    await factories.region({ code: 'riverside', name: 'Riverside', hourlyWageFloorMinor: 1271 });
    caseworker = await signIn('caseworker');
    survivor = await signIn('survivor');
  });
  afterAll(() => t.close());

  async function signIn(role: 'caseworker' | 'survivor' | 'admin'): Promise<HttpClient> {
    const user = await factories.user({ role });
    const client = new HttpClient(t.app);
    await client.login(user.email, TEST_PASSWORD).then(status(200));
    return client;
  }

  const allConfirmed = VETTING_CHECKLIST.map((item) => ({ item, confirmed: true, note: 'Seen on the site visit', evidenceReference: `visit-${item}` }));

  const job = {
    title: 'Hospitality assistant in a carpentry workshop café',
    description: 'Serve coffee and lunches to the carpenters and visitors of our workshop café, and keep it clean.',
    requiredSkills: ['hospitality.cafe_counter'],
    preferredSkills: ['hospitality.barista'],
    sector: 'hospitality',
    regionCode: 'riverside',
    remote: false,
    wage: { amountMinor: 1300, currency: 'GBP', period: 'hour' },
    hoursPerWeek: 30,
    languages: ['en', 'es'],
  };

  const search = (q: string) => survivor.get(`/api/v1/opportunities/search?q=${encodeURIComponent(q)}`).then(status(200));
  const hitIds = (response: { body: { hits: Array<{ id: string }> } }) => response.body.hits.map((hit) => hit.id);

  it('takes a job from an unvetted employer to a survivor and back out', async () => {
    const employer = new HttpClient(t.app);
    const email = `owner-${randomBytes(4).toString('hex')}@example.org`;
    const registered = await employer
      .post('/api/v1/employers/register', {
        organisationName: 'Workshop Café',
        legalName: 'Workshop Café Ltd',
        registrationNumber: '01234567',
        sector: 'hospitality',
        regions: ['riverside'],
        contactName: 'Pat Owner',
        contactEmail: email,
        contactPhone: '+44 20 7946 0001',
        account: { displayName: 'Pat Owner', email, password: TEST_PASSWORD },
      })
      .then(status(201));
    const employerId: string = registered.body.user.organisation.id;

    const standing = await employer.get('/api/v1/employers/me').then(status(200));
    expect(standing.body).toMatchObject({ status: 'pending', canPublish: false });
    expect(standing.body.checklist).toHaveLength(VETTING_CHECKLIST.length);

    const draft = await employer.post('/api/v1/jobs', job).then(status(201));
    const refused = await employer.post(`/api/v1/jobs/${draft.body.id}/publish`).then(status(403));
    expect(refused.body.code).toBe('employer_not_vetted');
    expect(refused.body.message).toMatch(/not been vetted/);

    await caseworker.post(`/api/v1/employers/${employerId}/review`).then(status(200));
    const vetted = await caseworker.post(`/api/v1/employers/${employerId}/decision`, { decision: 'vetted', checklist: allConfirmed }).then(status(200));
    expect(vetted.body.status).toBe('vetted');

    await employer.post(`/api/v1/jobs/${draft.body.id}/publish`).then(status(200));
    // The index is updated by the queue worker: it shows up within seconds.
    for (const misspelt of ['hospitaility', 'carpentr']) {
      await waitFor(async () => hitIds(await search(misspelt)).includes(draft.body.id), `"${misspelt}" to find the job`);
    }
    const detail = await survivor.get(`/api/v1/opportunities/jobs/${draft.body.id}`).then(status(200));
    expect(detail.body).toMatchObject({ title: job.title, employerName: 'Workshop Café', regionName: 'Riverside' });
    expect(JSON.stringify(detail.body)).not.toContain(email);

    await caseworker.post(`/api/v1/employers/${employerId}/suspension`, { reason: 'Workers report unpaid wages' }).then(status(200));
    // Gone at once: results are checked against the database, whatever the index says.
    expect(hitIds(await search('hospitaility'))).not.toContain(draft.body.id);
    await survivor.get(`/api/v1/opportunities/jobs/${draft.body.id}`).then(status(404));

    const suspended = await employer.get('/api/v1/employers/me').then(status(200));
    expect(suspended.body).toMatchObject({ status: 'suspended', canPublish: false, reason: 'Workers report unpaid wages' });

    const history = await caseworker.get(`/api/v1/employers/${employerId}`).then(status(200));
    expect(history.body.history.map((event: { to: string }) => event.to)).toEqual(['suspended', 'vetted', 'in_review', 'pending']);
  });
});
