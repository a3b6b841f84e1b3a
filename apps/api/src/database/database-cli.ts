/**
 * Database scripts: `migrate` applies the committed migrations; `generate <Name>` writes a new
 * migration from the difference between the entities and a database with every migration applied;
 * `backup [file]` and `restore <file>` write and load an encrypted backup (see backup/).
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { Progress } from '../common/progress';
import { SearchIndexer } from '../modules/opportunities/search-indexer';
import { PersonalDataKeyRotation } from '../modules/survivors/key-rotation';
import { SEARCH_ENGINE, SearchEngine } from '../modules/search/search-engine';
import { hashToken, newToken } from '../common/security/tokens';
import { AppConfig, loadConfig } from '../config/app-config';
import { Organisation } from '../modules/identity/organisation.entity';
import { User } from '../modules/identity/user.entity';
import { Invitation } from '../modules/invitations/invitation.entity';
import { dataSourceOptions } from './data-source-options';
import { migrateDatabase } from './migrate';
import { resolveDatabase } from './resolve-database';
import { startEmbeddedPostgres } from './embedded-postgres';
import { backupDatabase, defaultBackupName } from './backup/backup';
import { restoreDatabase, RestoreStage } from './backup/restore';

async function migrate(): Promise<void> {
  const config = loadConfig();
  const database = await resolveDatabase(config, (line) => console.log(line));
  try {
    const applied = await migrateDatabase(database.url);
    console.log(applied.length ? `Applied ${applied.join(', ')}` : 'The database is up to date.');
  } finally {
    await database.stop();
  }
}

async function generate(name: string): Promise<void> {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give the migration a PascalCase name, e.g. AddPlacements');
  const dir = mkdtempSync(join(tmpdir(), 'onward-migration-'));
  const pg = await startEmbeddedPostgres({ dir, port: 54000 + Math.floor(Math.random() * 1000), database: 'onward', persistent: false });
  try {
    const dataSource = await new DataSource(dataSourceOptions(pg.url)).initialize();
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();
    if (sql.upQueries.length === 0) {
      console.log('The entities match the migrations: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const quote = (query: string) => '`' + query.replace(/`/g, '\\`') + '`';
    const up = sql.upQueries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
    const down = [...sql.downQueries].reverse().map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
    const file = join(__dirname, 'migrations', `${timestamp}-${name}.ts`);
    writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${timestamp} implements MigrationInterface {\n  name = '${name}${timestamp}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    console.log(`Wrote ${file}: add it to migrations/index.ts.`);
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The first admin of a new installation: creates their service-provider organisation and prints
 * a one-time invitation link (nothing is emailed; hand the link over yourself).
 */
async function inviteFirstAdmin(email: string, organisationName: string): Promise<void> {
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || !organisationName) {
    throw new Error('Usage: database-cli invite-admin <email> "<organisation name>"');
  }
  const config = loadConfig();
  const database = await resolveDatabase(config, (line) => console.log(line));
  await migrateDatabase(database.url);
  const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  try {
    const token = newToken();
    await dataSource.transaction(async (manager) => {
      if ((await manager.count(User, { where: { role: 'admin' } })) > 0) throw new Error('An admin already exists: invite further admins from the portal.');
      const organisation = await manager.save(manager.create(Organisation, { name: organisationName, kind: 'service_provider' }));
      await manager.save(
        manager.create(Invitation, {
          email: email.toLowerCase(),
          role: 'admin',
          organisationId: organisation.id,
          tokenHash: hashToken(token),
          invitedById: null,
          expiresAt: new Date(Date.now() + config.invitationTtlHours * 3_600_000),
          acceptedAt: null,
          revokedAt: null,
        }),
      );
    });
    console.log(`Open this link to set the admin's password (valid ${config.invitationTtlHours} hours, once):`);
    console.log(`${config.publicUrl}/invite#${token}`);
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

/**
 * The application's configuration for a script: no workers, no demo data, and no statement
 * timeout (a full reindex or re-seal may rightly run one long statement).
 */
function scriptConfig(): AppConfig {
  const config = loadConfig();
  return { ...config, runWorkers: false, demoSeed: false, database: { ...config.database, statementTimeoutMs: 0 } };
}

/** Rebuilds the search index from the database, e.g. after switching engines or restoring a backup. */
async function reindex(): Promise<void> {
  const config = scriptConfig();
  const database = await resolveDatabase(config, (line) => console.log(line));
  await migrateDatabase(database.url);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, database), { logger: ['error', 'warn'] });
  try {
    const progress = new Progress('Indexing opportunities', undefined);
    const started = Date.now();
    const { indexed } = await app.get(SearchIndexer).reindexAll((done) => progress.update(done));
    progress.finish(indexed, `in ${((Date.now() - started) / 1000).toFixed(1)} s (${app.get<SearchEngine>(SEARCH_ENGINE).engine} engine)`);
  } finally {
    await app.close();
    await database.stop();
  }
}

/**
 * Re-seals survivors' personal details with the first key in ENCRYPTION_KEYS. Run it after
 * putting a new key first; remove the old key once it reports no value sealed with it.
 */
async function rotateKeys(): Promise<void> {
  const config = scriptConfig();
  const database = await resolveDatabase(config, (line) => console.log(line));
  await migrateDatabase(database.url);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, database), { logger: ['error', 'warn'] });
  try {
    const rotation = app.get(PersonalDataKeyRotation);
    const progress = new Progress('Re-sealing personal details', undefined);
    const { resealed } = await rotation.run((done) => progress.update(done));
    progress.finish(resealed, `with key "${config.encryption.keys[0].id}"`);
    const counts = Object.entries(await rotation.countByKey()).map(([key, count]) => `${key}: ${count}`);
    console.log(`Values per key now: ${counts.join(', ') || 'none'}`);
  } finally {
    await app.close();
    await database.stop();
  }
}

/**
 * Writes an encrypted backup of the whole database to `file` (by default
 * onward-backup-<UTC time>.onward in the current folder), sealed with the current key.
 */
async function backup(file: string | undefined): Promise<void> {
  const config = loadConfig();
  const key = config.encryption.keys[0];
  const database = await resolveDatabase(config, (line) => console.log(line));
  try {
    const path = resolve(file ?? defaultBackupName(new Date()));
    let progress: Progress | undefined;
    const started = Date.now();
    const result = await backupDatabase(database.url, path, key, (done, total) => (progress ??= new Progress('Backing up rows', total)).update(done));
    progress?.finish(result.rows, `in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`Wrote ${path} (${result.tables} tables, ${result.rows} rows, ${(result.bytes / 1048576).toFixed(1)} MiB).`);
    console.log(`It opens only with the encryption key "${key.id}": keep ENCRYPTION_KEYS safe, and apart from the backups.`);
  } finally {
    await database.stop();
  }
}

/** Restores a backup into an empty database (see restore.ts for every check it makes first). */
async function restore(file: string | undefined): Promise<void> {
  if (!file) throw new Error('Usage: database-cli restore <file>');
  const config = loadConfig();
  const database = await resolveDatabase(config, (line) => console.log(line));
  try {
    const labels: Record<RestoreStage, string> = { checking: 'Checking the backup', restoring: 'Restoring rows' };
    const bars = new Map<RestoreStage, Progress>();
    const started = Date.now();
    const result = await restoreDatabase(database.url, resolve(file), config.encryption.keys, (stage, done, total) => {
      if (!bars.has(stage)) {
        for (const [earlier, bar] of bars) bar.finish(total, earlier === 'checking' ? '(authentic, complete)' : '');
        bars.set(stage, new Progress(labels[stage], total));
      }
      bars.get(stage)!.update(done);
    });
    bars.get('restoring')?.finish(result.rows, `in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`Restored the backup of ${result.createdAt} (PostgreSQL ${result.postgresVersion}): ${result.tables} tables, ${result.rows} rows, every count and checksum as in the backup.`);
    const applied = result.migrationsApplied;
    if (applied.length) console.log(`Applied the ${applied.length} migrations the backup was made with (up to ${applied.at(-1)}); Onward applies any newer ones when it starts.`);
    console.log('With Meilisearch, run `npm run search:reindex` once Onward is up.');
  } finally {
    await database.stop();
  }
}

const [command, ...args] = process.argv.slice(2);
const commands: Record<string, () => Promise<void>> = {
  migrate: () => migrate(),
  generate: () => generate(args[0] ?? ''),
  'invite-admin': () => inviteFirstAdmin(args[0] ?? '', args[1] ?? ''),
  reindex: () => reindex(),
  'rotate-keys': () => rotateKeys(),
  backup: () => backup(args[0]),
  restore: () => restore(args[0]),
};
const run = commands[command ?? ''] ? commands[command!]() : Promise.reject(new Error('Usage: database-cli migrate | generate <Name> | invite-admin <email> "<organisation>" | reindex | rotate-keys | backup [file] | restore <file>'));
run.then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
