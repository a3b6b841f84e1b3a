import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createApp } from '../../apps/api/src/bootstrap';
import { AppConfig, loadConfig } from '../../apps/api/src/config/app-config';
import { SearchIndexer } from '../../apps/api/src/modules/opportunities/search-indexer';
import { freePort } from '../../apps/api/src/testing/api-process';
import { CHECK_IN_DAYS } from './load-data';
import { startProgress } from './progress';

export interface BenchApi {
  app: NestFastifyApplication;
  baseUrl: string;
}

/**
 * The API's configuration for the bench database (and the environment it is read from, for an
 * API in a process of its own), with workers off so nothing but the measured
 * requests runs. The data key is set here, not generated under the data folder, so the loader
 * seals survivors' personal details with the key the API opens them with.
 */
export async function benchApiConfig(databaseUrl: string, dataDir: string): Promise<{ config: AppConfig; env: Record<string, string> }> {
  const env = {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(await freePort()),
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    ENCRYPTION_KEYS: `bench1:${randomBytes(32).toString('base64')}`,
    // Every survivor, the caseworker and the admin sign in from 127.0.0.1 within a few seconds.
    LOGIN_RATE_LIMIT_PER_IP: '1000',
    // Measured here: speed, not the budgets (a bench client is one account sending thousands a minute).
    RATE_LIMIT_WRITES_PER_ACCOUNT: '100000',
    RATE_LIMIT_WRITES_PER_IP: '100000',
    RATE_LIMIT_SEARCHES_PER_ACCOUNT: '100000',
    RATE_LIMIT_SEARCHES_PER_IP: '100000',
    DEMO_SEED: 'false',
    // The days the loaded check-ins were scheduled on.
    CHECK_IN_DAYS: CHECK_IN_DAYS.join(','),
    RUN_WORKERS: 'false',
    LOG_LEVEL: 'warn',
    PORTAL_DIR: join(dataDir, 'no-portal'),
  };
  return { config: loadConfig(env), env };
}

/** The API as main.ts builds it (createApp: the production pipeline), listening on the configured port. */
export async function startApi(config: AppConfig, databaseUrl: string): Promise<BenchApi> {
  const app = await createApp(config, { url: databaseUrl, engine: 'embedded' });
  await app.listen({ port: config.port, host: config.host });
  return { app, baseUrl: `http://${config.host}:${config.port}` };
}

/** Builds the search index from the database, as `search:reindex` and the demo seed do. */
export async function buildSearchIndex(api: BenchApi, expected: number): Promise<{ indexed: number; seconds: number }> {
  const progress = startProgress('indexed', 'opportunities', expected);
  const { indexed } = await api.app.get(SearchIndexer).reindexAll((done) => progress.update(done));
  return { indexed, seconds: progress.finish() };
}
