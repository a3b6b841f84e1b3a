import { createTestApp, Factories, HttpClient, status, TEST_PASSWORD, TestApp } from '@onward/api/testing';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';

/**
 * Meilisearch configured but not answering: search says so with a 503 and a clear message,
 * writes still succeed, and the index update waits in the queue to be retried.
 */
describe('When the search engine is down', () => {
  let t: TestApp;
  let factories: Factories;
  let deadEngine: Server;

  beforeAll(async () => {
    // Accepts connections and answers every request with a 503, like a server that is starting.
    deadEngine = createServer((_request, response) => response.writeHead(503).end('{"message":"unavailable"}'));
    await new Promise<void>((resolve) => deadEngine.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(deadEngine.address() as AddressInfo).port}`;
    t = await createTestApp({ env: { MEILISEARCH_URL: url, LOGIN_RATE_LIMIT_PER_IP: '10000' } });
    factories = new Factories(t.app);
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => deadEngine.close(resolve));
  });

  async function signIn(role: 'survivor' | 'employer', organisationId?: string): Promise<HttpClient> {
    const user = await factories.user({ role, organisationId });
    const client = new HttpClient(t.app);
    await client.login(user.email, TEST_PASSWORD).then(status(200));
    return client;
  }

  it('answers search with 503 search_unavailable and a message a person understands', async () => {
    const survivor = await signIn('survivor');
    const response = await survivor.get('/api/v1/opportunities/search?q=cleaner').then(status(503));
    expect(response.body).toMatchObject({ code: 'search_unavailable', message: expect.stringMatching(/try again/i) });
    expect(response.headers['retry-after']).toBeDefined();
  });

  it('still publishes a job, leaving its index update queued for a retry', async () => {
    const region = await factories.region();
    const employer = await factories.employer();
    const member = await signIn('employer', employer.organisationId);
    const job = await factories.job({ employerId: employer.organisationId, regionCode: region.code });

    const published = await member.post(`/api/v1/jobs/${job.id}/publish`).then(status(200));
    expect(published.body.status).toBe('published');

    const pending = await t.app
      .get(DataSource)
      .query(`SELECT state FROM pgboss.job WHERE name = 'search.sync' AND data->>'id' = $1`, [job.id]);
    expect(pending.length).toBe(1);
    expect(['created', 'retry', 'active']).toContain(pending[0].state);
  });
});
