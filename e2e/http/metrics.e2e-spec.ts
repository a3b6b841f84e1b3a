import { createTestApp, Factories, HttpClient, status, TEST_PASSWORD, TestApp } from '@onward/api/testing';
import { Role } from '@onward/shared';

const TOKEN = 'metrics-token-for-the-test-scraper-0123456789';

/** Prometheus metrics: for an admin or the scraper's token; counts, never a person's data. */
describe('Metrics', () => {
  let t: TestApp;
  let factories: Factories;

  beforeAll(async () => {
    t = await createTestApp({ env: { RUN_WORKERS: 'false', METRICS_TOKEN: TOKEN, LOGIN_RATE_LIMIT_PER_IP: '10000' } });
    factories = new Factories(t.app);
  });
  afterAll(() => t.close());

  async function signIn(role: Role, organisationId?: string): Promise<{ client: HttpClient; id: string }> {
    const user = await factories.user({ role, organisationId });
    const client = new HttpClient(t.app);
    await client.login(user.email, TEST_PASSWORD).then(status(200));
    return { client, id: user.id };
  }

  const scrape = (token = TOKEN) => new HttpClient(t.app).agent.get('/api/v1/metrics').set('Authorization', `Bearer ${token}`);
  const value = (text: string, series: string) => Number(text.split('\n').find((line) => line.startsWith(`${series} `))?.split(' ')[1] ?? NaN);

  it('counts requests by route pattern and status class in a latency histogram, never by URL', async () => {
    const survivorId = (await factories.survivor()).id;
    const { client } = await signIn('caseworker');
    const before = (await scrape().expect(200)).text;
    const series = 'onward_http_request_duration_seconds_count{method="GET",route="/api/v1/survivors/:id",status="4xx"}';
    const was = Number.isNaN(value(before, series)) ? 0 : value(before, series);
    for (let i = 0; i < 3; i++) await client.get(`/api/v1/survivors/${survivorId}`).then(status(404));
    const after = await scrape().expect(200);
    expect(after.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(value(after.text, series)).toBe(was + 3);
    expect(after.text).toContain('onward_http_request_duration_seconds_bucket{method="GET",route="/api/v1/survivors/:id",status="4xx",le="+Inf"}');
    expect(after.text).not.toContain(survivorId);
    expect(after.text).toContain('# TYPE onward_http_request_duration_seconds histogram');
  });

  it('reports open and overdue follow-ups by level, and the queue by state', async () => {
    const providerId = (await factories.organisation({ kind: 'service_provider' })).id;
    const { client: survivor, id: userId } = await signIn('survivor', providerId);
    const { id: caseworkerId } = await signIn('caseworker', providerId);
    await factories.survivor({ organisationId: providerId, caseworkerId, userId, pseudonym: 'Metrics Person' });
    const before = value((await scrape().expect(200)).text, 'onward_flags_open{level="critical"}');
    await survivor.post('/api/v1/survivors/me/alarm', {}).then(status(202));
    const now = (await scrape().expect(200)).text;
    expect(value(now, 'onward_flags_open{level="critical"}')).toBe(before + 1);
    expect(value(now, 'onward_flags_overdue{level="critical"}')).toBe(0);
    expect(now).toMatch(/^onward_queue_jobs\{queue="email\.send",state="created"\} [1-9]/m);
    expect(now).not.toContain('Metrics Person');

    t.clock.advance(5 * 3_600_000);
    expect(value((await scrape().expect(200)).text, 'onward_flags_overdue{level="critical"}')).toBeGreaterThanOrEqual(1);
  });

  it('is for an admin signed in or the scraper token only', async () => {
    const { client: admin } = await signIn('admin');
    await admin.get('/api/v1/metrics').then(status(200));
    for (const role of ['caseworker', 'survivor', 'employer'] as const) {
      const { client } = await signIn(role);
      await client.get('/api/v1/metrics').then(status(403));
    }
    await new HttpClient(t.app).get('/api/v1/metrics').then(status(401));
    await scrape('not-the-token-not-the-token-not-the-token').expect(401);
    await new HttpClient(t.app).agent.get('/api/v1/metrics').set('Authorization', TOKEN).expect(401);
  });
});
