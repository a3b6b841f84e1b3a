import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Applies every committed migration that has not run yet; returns their names. */
export async function migrateDatabase(url: string): Promise<string[]> {
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    return (await dataSource.runMigrations({ transaction: 'each' })).map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
