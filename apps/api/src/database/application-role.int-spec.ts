import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { queryAsOwner, TEST_APPLICATION_PASSWORD, urlFor } from '../testing';
import { applicationUrl } from './application-role';
import { dataSourceOptions } from './data-source-options';
import { migrateDatabase } from './migrate';
import { MIGRATIONS } from './migrations';
import { ApplicationRole1796420000000 } from './migrations/1796420000000-ApplicationRole';

/**
 * An installation from before the application role: its pg-boss schema was made by the owner.
 * Upgrading hands pg-boss's schema to `onward_app`, which can then run the queue, and gives it
 * rows but not the schema.
 */
describe('Upgrading to the application role', () => {
  const name = `upgrade_${randomBytes(4).toString('hex')}`;
  const ownerUrl = urlFor(name);

  beforeAll(async () => {
    await queryAsOwner({ url: urlFor('postgres') }, `CREATE DATABASE ${name}`);
  });
  afterAll(async () => {
    await queryAsOwner({ url: urlFor('postgres') }, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('hands over a pg-boss schema the owner installed, and the queue then runs as the application role', async () => {
    // The schema as it was: every migration before the role, and pg-boss installed by the owner.
    const before = MIGRATIONS.slice(0, MIGRATIONS.indexOf(ApplicationRole1796420000000));
    const old = await new DataSource({ ...dataSourceOptions(ownerUrl), migrations: before }).initialize();
    await old.runMigrations({ transaction: 'each' });
    await old.destroy();
    const owner = new Client({ connectionString: ownerUrl });
    await owner.connect();
    await owner.query(PgBoss.getConstructionPlans('pgboss'));
    await owner.end();

    await migrateDatabase(ownerUrl);
    const owners = await queryAsOwner<{ kind: string; owner: string }>(
      { url: ownerUrl },
      `SELECT 'schema' AS kind, pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname = 'pgboss'
       UNION ALL SELECT 'table ' || relname, pg_get_userbyid(relowner) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'pgboss' AND relkind IN ('r', 'p')
       UNION ALL SELECT 'function ' || proname, pg_get_userbyid(proowner) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'pgboss'`,
    );
    expect(owners.length).toBeGreaterThan(5);
    expect(owners.filter((row) => row.owner !== 'onward_app')).toEqual([]);

    const boss = new PgBoss({ connectionString: applicationUrl(ownerUrl, TEST_APPLICATION_PASSWORD), schedule: false, supervise: false });
    await boss.start();
    try {
      await boss.createQueue('upgrade.check');
      expect(await boss.send('upgrade.check', { id: 'x' })).toEqual(expect.any(String));
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
    const app = new Client({ connectionString: applicationUrl(ownerUrl, TEST_APPLICATION_PASSWORD) });
    await app.connect();
    try {
      await expect(app.query(`ALTER TABLE survivor_profiles ADD COLUMN x int`)).rejects.toThrow(/must be owner/);
      await expect(app.query(`DELETE FROM audit_events`)).rejects.toThrow(/permission denied/);
      expect((await app.query(`SELECT count(*)::int AS n FROM survivor_profiles`)).rows).toEqual([{ n: 0 }]);
    } finally {
      await app.end();
    }
  });
});
