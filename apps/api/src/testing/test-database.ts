import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { applicationUrl } from '../database/application-role';

/** Set by the test run's global setup: the throwaway server and its migrated template. */
export const TEST_SERVER_URL_ENV = 'ONWARD_TEST_SERVER_URL';
export const TEST_TEMPLATE = 'onward_template';
/** The application role's password on the test run's server (which listens on 127.0.0.1 only). */
export const TEST_APPLICATION_PASSWORD = 'onward-test-application-role';

export interface TestDatabase {
  /** The owner's URL: for what the application itself may not do (rename a table, read the migrations). */
  url: string;
  /** The URL the application connects with, as the `onward_app` role. */
  appUrl: string;
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
    appUrl: applicationUrl(urlFor(name), TEST_APPLICATION_PASSWORD),
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** Runs one statement as the database's owner: what the application's role may not do (take a table away, say). */
export async function queryAsOwner<T = Record<string, unknown>>(db: Pick<TestDatabase, 'url'>, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
