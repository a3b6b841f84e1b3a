import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The one place TypeORM is configured: the app, the migration scripts and the tests use it. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    // A where clause with an undefined or null value must fail loudly, never match every row.
    invalidWhereValuesBehavior: { null: 'throw', undefined: 'throw' },
    // gen_random_uuid() is built into PostgreSQL 13+; extensions are created by migrations,
    // never at connect time (a production role need not be a superuser).
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // Search sorts and counts every match in memory: 16 MB keeps a broad search's working set
    // off the disk (the 4 MB default spilled at 50,000 documents).
    extra: { max: 10, options: '-c work_mem=16MB' },
  };
}
