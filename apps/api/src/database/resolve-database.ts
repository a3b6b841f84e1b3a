import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface ResolvedDatabase {
  url: string;
  engine: 'embedded' | 'postgresql';
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL with its data under DATA_DIR. */
export async function resolveDatabase(config: AppConfig, log: (line: string) => void): Promise<ResolvedDatabase> {
  if (config.database.url) return { url: config.database.url, engine: 'postgresql', stop: async () => undefined };
  const dir = join(config.dataDir, 'postgres');
  log(`Starting the embedded PostgreSQL (data in ${dir}, port ${config.database.embeddedPort})`);
  const pg = await startEmbeddedPostgres({ dir, port: config.database.embeddedPort, database: 'onward', persistent: true });
  return { url: pg.url, engine: 'embedded', stop: pg.stop };
}
