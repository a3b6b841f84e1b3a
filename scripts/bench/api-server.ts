import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createApp } from '../../apps/api/src/bootstrap';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { SearchIndexer } from '../../apps/api/src/modules/opportunities/search-indexer';
import { freePort } from './database';
import { startProgress } from './progress';

export interface BenchApi {
  app: NestFastifyApplication;
  baseUrl: string;
}

/**
 * The API as main.ts builds it (createApp: the production pipeline), on the bench database,
 * with workers off so nothing but the measured requests runs.
 */
export async function startApi(databaseUrl: string, dataDir: string): Promise<BenchApi> {
  const port = await freePort();
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    DEMO_SEED: 'false',
    RUN_WORKERS: 'false',
    LOG_LEVEL: 'warn',
    PORTAL_DIR: join(dataDir, 'no-portal'),
  });
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
