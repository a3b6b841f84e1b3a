import { createTestApp, HttpClient, status, TestApp, createTestDatabase } from '../testing';
import { PersonalDetailsSealer } from '../modules/survivors/personal-details';
import { DEMO_PASSWORD, seedDemo } from './demo-seed';

/** The demo dataset `npm start` loads: it must load, and show what the README promises. */
describe('Demo dataset', () => {
  let t: TestApp;

  beforeAll(async () => {
    const db = await createTestDatabase();
    t = await createTestApp({ db, env: { RUN_WORKERS: 'false' } });
    expect(await seedDemo(db.appUrl, t.app.get(PersonalDetailsSealer), t.clock.now())).toBe(true);
  });
  afterAll(async () => {
    await t.close();
    await t.db.drop();
  });

  const signIn = async (email: string) => {
    const client = new HttpClient(t.app);
    await client.login(email, DEMO_PASSWORD).then(status(200));
    return client;
  };

  it('gives Sam a check-in waiting, and the caseworker a queue with the overdue follow-up first', async () => {
    const sam = await signIn('survivor@example.org');
    const waiting = (await sam.get('/api/v1/survivors/me/check-ins').then(status(200))).body.items;
    expect(waiting).toEqual([expect.objectContaining({ status: 'due', dayOffset: 7, jobTitle: 'Bakery assistant' })]);

    const caseworker = await signIn('caseworker@example.org');
    const queue = (await caseworker.get('/api/v1/flags').then(status(200))).body.items;
    expect(queue.map((flag: { survivor: { pseudonym: string }; level: string; overdue: boolean; status: string }) => [flag.survivor.pseudonym, flag.level, flag.overdue, flag.status])).toEqual([
      ['River', 'medium', true, 'open'],
      ['Juniper', 'high', true, 'in_progress'],
    ]);
    const retention = (await caseworker.get('/api/v1/retention?groupBy=employer').then(status(200))).body;
    expect(retention.overall).toMatchObject({ count: 8, ended: 6, censored: 2 });
  });

  it('loads once: a second run leaves the data as it is', async () => {
    expect(await seedDemo(t.db.appUrl, t.app.get(PersonalDetailsSealer), t.clock.now())).toBe(false);
  });
});

describe('Demo dataset, two processes starting at once', () => {
  it('is loaded by one of them; the other finds it done and fails nothing', async () => {
    const db = await createTestDatabase();
    const t = await createTestApp({ db, env: { RUN_WORKERS: 'false' } });
    try {
      const sealer = t.app.get(PersonalDetailsSealer);
      const results = await Promise.all([seedDemo(db.appUrl, sealer, t.clock.now()), seedDemo(db.appUrl, sealer, t.clock.now())]);
      expect(results.sort()).toEqual([false, true]);
    } finally {
      await t.close();
      await db.drop();
    }
  });
});
