import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Set by the test run's global setup: the throwaway server and its migrated template. */
export const TEST_SERVER_URL_ENV = 'ONWARD_TEST_SERVER_URL';
export const TEST_TEMPLATE = 'onward_template';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env[TEST_SERVER_URL_ENV];
  if (!url) throw new Error(`${TEST_SERVER_URL_ENV} is not set: run the tests through jest (its global setup starts PostgreSQL)`);
  return url;
}

export function urlFor(database: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database for one test file, copied from the template that has every migration
 * applied, so files never see each other's rows, sessions or rate-limit counters.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${TEST_TEMPLATE}`));
  return {
    name,
    url: urlFor(name),
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
