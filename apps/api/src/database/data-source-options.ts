import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * The one place TypeORM is configured: the app, the migration scripts and the tests use it.
 * `statementTimeoutMs` is for the application's own connections (DATABASE_STATEMENT_TIMEOUT_MS):
 * migrations, a full reindex and the other scripts may rightly run one long statement.
 */
export function dataSourceOptions(url: string, { statementTimeoutMs }: { statementTimeoutMs?: number } = {}): DataSourceOptions {
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
    // A statement past statement_timeout is cancelled by the server (SQLSTATE 57014), which the
    // exception filter answers with a 503.
    extra: { max: 10, options: `-c work_mem=16MB${statementTimeoutMs ? ` -c statement_timeout=${statementTimeoutMs}` : ''}` },
  };
}
