import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { applicationUrl, enableApplicationLogin } from '../database/application-role';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { migrateDatabase } from '../database/migrate';
import { TEST_APPLICATION_PASSWORD, TEST_SERVER_URL_ENV, TEST_TEMPLATE } from './test-database';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts the test run's own PostgreSQL and builds the migrated template database. */
export default async function globalSetup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'onward-pg-'));
  const pg = await startEmbeddedPostgres({ dir, port: await freePort(), database: TEST_TEMPLATE, persistent: false });
  await migrateDatabase(pg.url);
  await enableApplicationLogin(pg.url, TEST_APPLICATION_PASSWORD);
  // pg-boss installs its schema on first start; install it once here so every copy has it.
  // (A started and stopped PgBoss keeps a timer that holds jest open, so run its SQL instead.)
  // It is installed as the application's role, which owns pg-boss's schema, as at first start.
  const template = new Client({ connectionString: applicationUrl(pg.url, TEST_APPLICATION_PASSWORD) });
  await template.connect();
  await template.query(PgBoss.getConstructionPlans('pgboss'));
  await template.end();
  // A template must have no open connections when it is copied.
  const client = new Client({ connectionString: pg.url.replace(`/${TEST_TEMPLATE}`, '/postgres') });
  await client.connect();
  await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [TEST_TEMPLATE]);
  await client.end();
  process.env[TEST_SERVER_URL_ENV] = pg.url.replace(`/${TEST_TEMPLATE}`, '/postgres');
  (globalThis as { __ONWARD_PG__?: { stop(): Promise<void> } }).__ONWARD_PG__ = pg;
}
