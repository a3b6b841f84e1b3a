import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';
import { migrateDatabase } from '../../apps/api/src/database/migrate';
import { freePort } from '../../apps/api/src/testing/api-process';

const DATABASE = 'onward_bench';

export interface BenchDatabase {
  url: string;
  /** Lines PostgreSQL wrote to its log (only kept when plans are explained). */
  logLines: string[];
  stop(): Promise<void>;
}

/** A throwaway PostgreSQL with its cluster under `dir`, migrated like production. */
export async function startBenchDatabase(dir: string, options: { keepLog: boolean }): Promise<BenchDatabase> {
  const logLines: string[] = [];
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const ours = new Map(signals.map((signal) => [signal, process.listeners(signal)]));
  const pg = await startEmbeddedPostgres({
    // The folder itself (startEmbeddedPostgres makes it reachable for the server's own user when run as root).
    dir,
    port: await freePort(),
    database: DATABASE,
    persistent: false,
    log: options.keepLog ? (line) => logLines.push(line) : undefined,
  });
  // embedded-postgres adds handlers that stop the server and exit on a signal; the bench cleans
  // up in order instead (cleanup.ts), and the package's exit hook still stops the server after a crash.
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) if (!ours.get(signal)!.includes(listener)) process.removeListener(signal, listener);
  }
  await migrateDatabase(pg.url);
  return { url: pg.url, logLines, stop: () => pg.stop() };
}

/**
 * From now on, sessions that connect log the plan (with actual times) of every statement
 * slower than `slowMs`. Set on the database, so the API's pool, opened later, picks it up.
 */
export async function enableExplain(url: string, slowMs: number): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (const [name, value] of [
      ['session_preload_libraries', 'auto_explain'],
      ['auto_explain.log_min_duration', `${slowMs}ms`],
      ['auto_explain.log_analyze', 'on'],
      ['auto_explain.log_buffers', 'on'],
      // Plans, not values: bound parameters are long lists of ids.
      ['auto_explain.log_parameter_max_length', '0'],
    ]) {
      await client.query(`ALTER DATABASE ${DATABASE} SET ${name} = '${value}'`);
    }
  } finally {
    await client.end();
  }
}
