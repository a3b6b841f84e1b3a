import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { MIGRATIONS } from './migrations';

/** Any fixed number: every Onward process that migrates takes this lock first. */
const MIGRATION_LOCK = 7_243_001;

/**
 * Applies every committed migration that has not run yet and returns their names. Several
 * processes starting at once (API instances, workers) take turns under an advisory lock.
 * A restore passes the migrations its backup lists, so the rows meet the schema they came from.
 */
export async function migrateDatabase(url: string, migrations: typeof MIGRATIONS = MIGRATIONS): Promise<string[]> {
  const dataSource = await new DataSource({ ...dataSourceOptions(url), migrations }).initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      return (await dataSource.runMigrations({ transaction: 'each' })).map((migration) => migration.name);
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await lock.release();
    await dataSource.destroy();
  }
}
