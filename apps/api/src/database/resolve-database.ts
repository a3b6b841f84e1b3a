import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { enableApplicationLogin } from './application-role';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface ResolvedDatabase {
  /** The owner's URL: migrations and the database scripts. */
  url: string;
  engine: 'embedded' | 'postgresql';
  /**
   * The URL the application runs with, once the migrations have created its role: the
   * `onward_app` role on the embedded server, DATABASE_APP_URL on an external one (or, without it,
   * DATABASE_URL, with a warning).
   */
  applicationUrl(log: (line: string) => void): Promise<string>;
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL with its data under DATA_DIR. */
export async function resolveDatabase(config: AppConfig, log: (line: string) => void): Promise<ResolvedDatabase> {
  const { url, appUrl } = config.database;
  if (url) {
    return {
      url,
      engine: 'postgresql',
      applicationUrl: async (warn) => {
        if (!appUrl) warn('DATABASE_APP_URL is not set: the application connects as the owner of the schema (see the README, Database)');
        return appUrl ?? url;
      },
      stop: async () => undefined,
    };
  }
  const dir = join(config.dataDir, 'postgres');
  log(`Starting the embedded PostgreSQL (data in ${dir}, port ${config.database.embeddedPort})`);
  const pg = await startEmbeddedPostgres({ dir, port: config.database.embeddedPort, database: 'onward', persistent: true });
  return {
    url: pg.url,
    engine: 'embedded',
    applicationUrl: () => enableApplicationLogin(pg.url, applicationPassword(dir)),
    stop: pg.stop,
  };
}

/** The embedded server's password for the application role, made once and kept beside its data. */
function applicationPassword(dir: string): string {
  const file = join(dir, 'application-password');
  if (!existsSync(file)) writeFileSync(file, randomBytes(18).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}
