import { Client, escapeIdentifier } from 'pg';
import PgBoss from 'pg-boss';
import { schema as PGBOSS_CODE_SCHEMA_VERSION } from 'pg-boss/version.json';
import type { MigrationInterface } from 'typeorm';
import type { EncryptionKey } from '../../common/crypto/field-cipher';
import { migrateDatabase } from '../migrate';
import { MIGRATIONS } from '../migrations';
import { BackupError, BackupHeader, BackupReader, BackupRecord, RecordKind } from './backup-file';
import { appliedMigrations, connect, label, listTables, PGBOSS_SCHEMA, pgBossSchemaVersion, qualified, summarise, Table, TableName, tablesWithData, tablesWithRows } from './backup-tables';
import type { BackupManifest } from './backup';

export interface RestoreResult {
  createdAt: string;
  postgresVersion: string;
  tables: number;
  rows: number;
  /** The migrations this restore applied (those the target did not have yet). */
  migrationsApplied: string[];
}

export type RestoreStage = 'checking' | 'restoring';

type ManifestTable = BackupManifest['tables'][number];

/** pg-boss's queue table: its rows are made by pg-boss's own create_queue (see loadQueues). */
const QUEUE_TABLE: TableName = { schema: PGBOSS_SCHEMA, name: 'queue' };

/** How long restore waits for another connection's lock on a table before giving up. */
const LOCK_TIMEOUT = '10s';

/** A migration's name as TypeORM records it in the migrations table. */
const migrationName = (migration: (typeof MIGRATIONS)[number]) => (new migration() as MigrationInterface).name ?? migration.name;
const CODE_MIGRATIONS = new Set(MIGRATIONS.map(migrationName));

/**
 * Restores the backup in `file` into the database at `url` (the schema owner's), which must hold
 * no rows. In order, each step only once the ones before it passed:
 *
 * 1. The backup's manifest is opened (with the key its header names, from `keys`) and checked
 *    against this code: every migration it lists must be known here (else it came from a newer
 *    version), and its pg-boss schema version must be this pg-boss's.
 * 2. The target is checked: no table holds a row but those its migrations inserted (reference
 *    data, which the backup's rows replace), and it has no migration the backup lacks.
 * 3. The whole file is read and authenticated, so a cut or changed file is refused here,
 *    with the target untouched.
 * 4. The migrations the backup lists are applied, and pg-boss's schema installed as the app
 *    does (as the role that owns the schema).
 * 5. In one transaction: every table is locked and found empty again, the rows are loaded in
 *    foreign-key order, the sequences set, and every table's count and checksum compared with
 *    the manifest; it commits only if all match. Triggers that would refuse an insert (the rows
 *    of an erased survivor are read-only) are disabled inside that transaction only and enabled
 *    again, as they were, before it commits, so no other connection ever sees them off.
 *
 * If step 5 fails, the migrations of step 4 stay but no row does: the database is still empty,
 * and the restore can run again.
 */
export async function restoreDatabase(url: string, file: string, keys: EncryptionKey[], progress?: (stage: RestoreStage, done: number, total: number) => void): Promise<RestoreResult> {
  const { header, manifest } = await withBackup(file, keys, null, async (backup) => ({ header: backup.header, manifest: backup.manifest }));
  refuseUnlessThisCodeCanRestore(manifest);
  const total = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  const client = await connect(url, 'onward-restore');
  try {
    await refuseUnlessEmpty(client, manifest);

    let checked = 0;
    progress?.('checking', checked, total);
    await withBackup(file, keys, header, (backup) =>
      walk(backup, {
        rows: async (_table, count) => progress?.('checking', (checked += count), total),
      }),
    );

    const listed = new Set(manifest.migrations);
    const migrationsApplied = await migrateDatabase(url, MIGRATIONS.filter((migration) => listed.has(migrationName(migration))));
    if (manifest.pgBossSchemaVersion !== null && (await pgBossSchemaVersion(client)) === null) await installPgBoss(client);

    await withBackup(file, keys, header, async (backup) => {
      progress?.('restoring', 0, total);
      await load(client, backup, manifest, (done) => progress?.('restoring', done, total));
    });
    return { createdAt: header.createdAt, postgresVersion: manifest.postgresVersion, tables: manifest.tables.length, rows: total, migrationsApplied };
  } finally {
    await client.end();
  }
}

interface OpenBackup {
  header: BackupHeader;
  manifest: BackupManifest;
  /** The records after the manifest. */
  records: AsyncGenerator<BackupRecord>;
  path: string;
}

/** Opens the backup and reads its manifest; `expected`: the header it had when first opened. */
async function withBackup<T>(file: string, keys: EncryptionKey[], expected: BackupHeader | null, work: (backup: OpenBackup) => Promise<T>): Promise<T> {
  const reader = await BackupReader.open(file, keys);
  try {
    if (expected && reader.header.salt !== expected.salt) throw new BackupError(`${file} was replaced while it was being restored`);
    const records = reader.records();
    const first = await records.next();
    if (first.done || first.value.kind !== RecordKind.Manifest) throw new BackupError(`${file} has no manifest`);
    const manifest = JSON.parse(first.value.payload.toString('utf8')) as BackupManifest;
    return await work({ header: reader.header, manifest, records, path: file });
  } finally {
    await reader.close();
  }
}

function refuseUnlessThisCodeCanRestore(manifest: BackupManifest): void {
  const unknown = manifest.migrations.filter((name) => !CODE_MIGRATIONS.has(name));
  if (unknown.length) {
    throw new BackupError(
      `The backup lists migrations this version of Onward does not have (${unknown.join(', ')}): it was made by a newer version. Restore it with that version or a later one.`,
    );
  }
  if (manifest.pgBossSchemaVersion !== null && manifest.pgBossSchemaVersion !== PGBOSS_CODE_SCHEMA_VERSION) {
    throw new BackupError(
      `The backup's job queue has pg-boss schema version ${manifest.pgBossSchemaVersion}, and this version of Onward has ${PGBOSS_CODE_SCHEMA_VERSION}: restore it with the version of Onward that made it, then upgrade.`,
    );
  }
}

/**
 * Refuses a target that holds data (any row but those its migrations inserted), has migrations
 * the backup lacks, or another pg-boss schema.
 */
async function refuseUnlessEmpty(client: Client, manifest: BackupManifest): Promise<void> {
  const withData = await tablesWithData(client, await listTables(client));
  if (withData.length) {
    throw new BackupError(
      `The target database is not empty (${withData.map(label).join(', ')} hold rows). Restore only into a new, empty database: a restore never replaces or merges with data.`,
    );
  }
  const listed = new Set(manifest.migrations);
  const newer = (await appliedMigrations(client)).filter((name) => !listed.has(name));
  if (newer.length) throw new BackupError(`The target database has migrations the backup does not list (${newer.join(', ')}). Restore into a new, empty database.`);
  const pgBoss = await pgBossSchemaVersion(client);
  if (pgBoss !== null && manifest.pgBossSchemaVersion !== null && pgBoss !== manifest.pgBossSchemaVersion) {
    throw new BackupError(`The target database has pg-boss schema version ${pgBoss}, the backup ${manifest.pgBossSchemaVersion}. Restore into a new, empty database.`);
  }
}

/**
 * Installs pg-boss's schema as the app does when it first starts (pg-boss's construction plan),
 * and as the role that owns the schema (`onward_app`: see migration ApplicationRole), so the app
 * owns its queue's tables as on any other installation.
 */
async function installPgBoss(client: Client): Promise<void> {
  const owner = await pgBossOwner(client);
  if (owner) await client.query(`SET ROLE ${escapeIdentifier(owner)}`);
  try {
    await client.query(PgBoss.getConstructionPlans(PGBOSS_SCHEMA));
  } finally {
    if (owner) await client.query('RESET ROLE');
  }
}

/** The role that owns pg-boss's schema, when it is not the one connected. */
async function pgBossOwner(client: Client): Promise<string | null> {
  const { rows } = await client.query<{ owner: string | null }>(
    `SELECT (SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = $1 AND pg_get_userbyid(nspowner) <> current_user) AS owner`,
    [PGBOSS_SCHEMA],
  );
  return rows[0].owner;
}

interface Walker {
  rows?(table: ManifestTable, count: number, json: string): Promise<void> | void;
  /** After a table's last rows. */
  end?(table: ManifestTable): Promise<void> | void;
}

/** Goes through the rows of the backup, checking them against its manifest: every table in order, each with its count. */
async function walk(backup: OpenBackup, walker: Walker): Promise<void> {
  const tables = backup.manifest.tables;
  const mismatch = (detail: string) => new BackupError(`${backup.path} does not hold what its manifest lists (${detail})`);
  let index = -1;
  let seen = 0;
  const endTable = async () => {
    if (index < 0) return;
    if (seen !== tables[index].rows) throw mismatch(`${label(tables[index])}: ${seen} rows, ${tables[index].rows} listed`);
    await walker.end?.(tables[index]);
  };
  for await (const record of backup.records) {
    if (record.kind === RecordKind.Table) {
      await endTable();
      const named = JSON.parse(record.payload.toString('utf8')) as TableName;
      const next = tables[++index];
      if (!next || next.schema !== named.schema || next.name !== named.name) throw mismatch(`${label(named)} out of order`);
      seen = 0;
    } else if (record.kind === RecordKind.Rows && index >= 0) {
      const count = record.payload.readUInt32BE(0);
      seen += count;
      await walker.rows?.(tables[index], count, record.payload.toString('utf8', 4));
    } else {
      throw mismatch(`a record of kind ${record.kind} where a table or rows belong`);
    }
  }
  await endTable();
  if (index !== tables.length - 1) throw mismatch(`${tables.length - index - 1} tables missing`);
}

/** Step 5 of restoreDatabase: everything or nothing. */
async function load(client: Client, backup: OpenBackup, manifest: BackupManifest, progress: (done: number) => void): Promise<void> {
  await client.query('BEGIN');
  try {
    const here = await listTables(client);
    refuseUnlessSameTables(manifest, here);
    try {
      await client.query(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT}'`);
      await client.query(`LOCK TABLE ${here.map(qualified).join(', ')} IN ACCESS EXCLUSIVE MODE`);
      await client.query('SET LOCAL lock_timeout = 0');
    } catch (error) {
      if ((error as { code?: string }).code !== '55P03') throw error;
      throw new BackupError('Another connection is using the target database (is Onward running on it?): stop it, then restore.');
    }
    await refuseUnlessEmpty(client, manifest);
    // What the migrations seeded (the skills taxonomy, say) makes way for the backup's version of it.
    for (const table of (await tablesWithRows(client, here)).reverse()) await client.query(`DELETE FROM ${qualified(table)}`);

    const triggers = await insertTriggers(client, manifest.tables);
    for (const trigger of triggers) await client.query(`ALTER TABLE ${trigger.table} DISABLE TRIGGER ${escapeIdentifier(trigger.name)}`);

    let done = 0;
    let queues: string[] = [];
    await walk(backup, {
      rows: async (table, count, json) => {
        if (isQueueTable(table)) queues.push(json);
        else await insertRows(client, table, count, json);
        progress((done += count));
      },
      end: async (table) => {
        if (isQueueTable(table)) await loadQueues(client, table, queues);
        queues = [];
      },
    });

    for (const trigger of triggers) await client.query(`ALTER TABLE ${trigger.table} ENABLE ${ENABLE[trigger.enabled]}TRIGGER ${escapeIdentifier(trigger.name)}`);
    for (const sequence of manifest.sequences) await client.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [qualified(sequence), sequence.lastValue, sequence.isCalled]);
    // pg-boss's jobs refer to their queue through deferred foreign keys: check them now.
    await client.query('SET CONSTRAINTS ALL IMMEDIATE');

    const after = await insertTriggers(client, manifest.tables);
    if (JSON.stringify(after) !== JSON.stringify(triggers)) throw new Error(`The triggers were not enabled again as they were: ${JSON.stringify(after)}`);
    for (const table of manifest.tables) {
      const restored = await summarise(client, table);
      if (restored.rows !== table.rows || restored.checksum !== table.checksum) {
        throw new BackupError(
          `The restored ${label(table)} does not match the backup (${restored.rows} rows, checksum ${restored.checksum}; the backup has ${table.rows} rows, checksum ${table.checksum}): nothing was restored.`,
        );
      }
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** The tables of the backup must be here with the same columns (the same migrations made both). */
function refuseUnlessSameTables(manifest: BackupManifest, here: Table[]): void {
  const columns = (table: Table) => table.columns.map((column) => `${column.name} ${column.type}${column.generated ? ' generated' : ''}`).join(', ');
  for (const table of manifest.tables) {
    const match = here.find((candidate) => candidate.schema === table.schema && candidate.name === table.name);
    if (!match) throw new BackupError(`The target database has no table ${label(table)}, which the backup holds`);
    if (columns(match) !== columns(table)) throw new BackupError(`${label(table)} has the columns (${columns(match)}) here, and (${columns(table)}) in the backup`);
  }
}

/** pg_trigger.tgenabled: when an enabled trigger fires (O: as usual, A: always, R: on replicas only). */
const ENABLE: Record<string, string> = { O: '', A: 'ALWAYS ', R: 'REPLICA ' };

/** The enabled triggers that fire on INSERT into these tables, and how each is enabled. */
async function insertTriggers(client: Client, tables: TableName[]): Promise<Array<{ table: string; name: string; enabled: string }>> {
  const { rows } = await client.query<{ table: string; name: string; enabled: string }>(
    `SELECT tgrelid::regclass::text AS table, tgname AS name, tgenabled AS enabled FROM pg_trigger
      WHERE NOT tgisinternal AND tgenabled <> 'D' AND (tgtype & 4) <> 0 AND tgrelid = ANY($1::regclass[])
      ORDER BY 1, 2`,
    [tables.map(qualified)],
  );
  return rows;
}

function isQueueTable(table: TableName): boolean {
  return table.schema === QUEUE_TABLE.schema && table.name === QUEUE_TABLE.name;
}

async function insertRows(client: Client, table: ManifestTable, count: number, json: string): Promise<void> {
  const columns = table.columns
    .filter((column) => !column.generated)
    .map((column) => escapeIdentifier(column.name))
    .join(', ');
  const { rowCount } = await client.query(
    `INSERT INTO ${qualified(table)} (${columns}) OVERRIDING SYSTEM VALUE SELECT ${columns} FROM json_populate_recordset(NULL::${qualified(table)}, $1::json)`,
    [json],
  );
  if (rowCount !== count) throw new Error(`${label(table)}: inserted ${rowCount} of ${count} rows`);
}

/**
 * pg-boss keeps a table per queue (a partition of its job table), which its create_queue function
 * makes as the schema's owner. So every queue of the backup is created that way first, then all
 * are given the backup's settings: a queue names its dead-letter queue, which must exist by then.
 */
async function loadQueues(client: Client, table: ManifestTable, batches: string[]): Promise<void> {
  const json = `[${batches.map((batch) => batch.slice(1, -1)).filter(Boolean).join(',')}]`;
  const rows = `json_populate_recordset(NULL::${qualified(table)}, $1::json) q`;
  const owner = await pgBossOwner(client);
  if (owner) await client.query(`SET LOCAL ROLE ${escapeIdentifier(owner)}`);
  await client.query(`SELECT ${escapeIdentifier(PGBOSS_SCHEMA)}.create_queue(q.name, '{}'::json) FROM ${rows}`, [json]);
  if (owner) await client.query('RESET ROLE');
  const settings = table.columns.filter((column) => column.name !== 'name' && !column.generated).map((column) => `${escapeIdentifier(column.name)} = q.${escapeIdentifier(column.name)}`);
  await client.query(`UPDATE ${qualified(table)} t SET ${settings.join(', ')} FROM ${rows} WHERE t.name = q.name`, [json]);
}
