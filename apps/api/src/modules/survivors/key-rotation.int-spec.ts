import { createTestApp, createTestDatabase, Factories, TestApp, TestDatabase } from '@onward/api/testing';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PersonalDataKeyRotation } from './key-rotation';
import { PersonalDetailsSealer } from './personal-details';
import { SurvivorProfile } from './survivor-profile.entity';

const key = () => randomBytes(32).toString('base64');

/** Rotating the data key: old values still open, the rotation re-seals them, then the old key can go. */
describe('PersonalDataKeyRotation', () => {
  let db: TestDatabase;
  const k1 = `k1:${key()}`;
  const k2 = `k2:${key()}`;
  const apps: TestApp[] = [];

  const start = async (keys: string) => {
    const app = await createTestApp({ db, env: { ENCRYPTION_KEYS: keys, RUN_WORKERS: 'false' } });
    apps.push(app);
    return app;
  };
  const profiles = (app: TestApp) => app.app.get(DataSource).manager.find(SurvivorProfile, { order: { pseudonym: 'ASC' } });

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await db.drop();
  });

  it('re-seals every value with the new key, keeping the details, so the old key can be removed', async () => {
    const before = await start(k1);
    const factories = new Factories(before.app);
    const organisationId = (await factories.organisation()).id;
    for (let i = 0; i < 7; i++) {
      await factories.survivor({ organisationId, pseudonym: `Person ${i}`, personal: { legalName: `Legal Name ${i}`, phone: `+44 7700 90000${i}` } });
    }
    expect(new Set((await profiles(before)).map((profile) => profile.personalKeyId))).toEqual(new Set(['k1']));

    const rotated = await start(`${k2},${k1}`);
    const rotation = rotated.app.get(PersonalDataKeyRotation);
    expect(await rotation.run()).toEqual({ resealed: 7 });
    expect(await rotation.countByKey()).toEqual({ k2: 7 });
    expect(await rotation.run()).toEqual({ resealed: 0 });

    const onlyNewKey = await start(k2);
    const sealer = onlyNewKey.app.get(PersonalDetailsSealer);
    const opened = (await profiles(onlyNewKey)).map((profile) => sealer.open(profile));
    expect(opened.map((details) => details.legalName)).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `Legal Name ${i}`));
    expect(opened[3].phone).toBe('+44 7700 900003');
  });
});
