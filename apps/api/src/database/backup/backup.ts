import type { EncryptionKey } from '../../common/crypto/field-cipher';
import { BackupError, BackupWriter, RecordKind } from './backup-file';
import { appliedMigrations, connect, listTables, pgBossSchemaVersion, qualified, readSequences, SequenceState, summarise, Table, TableSummary } from './backup-tables';

/** The first record of a backup: what it holds, and what restore checks the result against. */
export interface BackupManifest {
  /** The server's version (`SHOW server_version`), for the operator. */
  postgresVersion: string;
  /** The migrations applied, oldest first: restore applies exactly these. */
  migrations: string[];
  /** pg-boss's schema version, or null when the queue never ran. */
  pgBossSchemaVersion: number | null;
  /** In foreign-key order, as their rows follow. */
  tables: Array<Table & TableSummary>;
  sequences: SequenceState[];
}

export interface BackupResult {
  file: string;
  createdAt: Date;
  tables: number;
  rows: number;
  bytes: number;
}

/** Rows fetched, and written as one record, at a time. */
const BATCH_ROWS = 500;

/** `onward-backup-20250601T120000Z.onward`: sorts by time, and says what it is. */
export function defaultBackupName(now: Date): string {
  return `onward-backup-${now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '')}.onward`;
}

/**
 * Writes an encrypted backup of the database at `url` (the schema owner's) to `file`, sealed with
 * `key` (the installation's current key): every row of public (the audit trail included) and of
 * pg-boss's schema (queued emails and jobs are data), with the migrations applied, each table's
 * row count and checksum, and the sequences. It reads one snapshot (a repeatable-read
 * transaction), so the backup is consistent while the application keeps running, and streams:
 * a batch of rows at a time, whatever the size of the database.
 */
export async function backupDatabase(url: string, file: string, key: EncryptionKey, progress?: (done: number, total: number) => void): Promise<BackupResult> {
  const client = await connect(url, 'onward-backup');
  let writer: BackupWriter | undefined;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = await appliedMigrations(client);
    if (!migrations.length) throw new BackupError('The database has no migrations applied: it is not an Onward database, or it was never started');
    const tables: BackupManifest['tables'] = [];
    for (const table of await listTables(client)) tables.push({ ...table, ...(await summarise(client, table)) });
    const manifest: BackupManifest = {
      postgresVersion: (await client.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version,
      migrations,
      pgBossSchemaVersion: await pgBossSchemaVersion(client),
      tables,
      sequences: await readSequences(client),
    };
    const total = tables.reduce((sum, table) => sum + table.rows, 0);
    const createdAt = new Date();
    writer = await BackupWriter.create(file, key, createdAt);
    await writer.write(RecordKind.Manifest, JSON.stringify(manifest));
    let done = 0;
    progress?.(done, total);
    for (const table of tables) {
      await writer.write(RecordKind.Table, JSON.stringify({ schema: table.schema, name: table.name }));
      await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM ${qualified(table)} t`);
      let written = 0;
      for (;;) {
        const { rows } = await client.query<{ row: string }>(`FETCH ${BATCH_ROWS} FROM backup_rows`);
        if (!rows.length) break;
        const count = Buffer.alloc(4);
        count.writeUInt32BE(rows.length);
        await writer.write(RecordKind.Rows, Buffer.concat([count, Buffer.from(`[${rows.map((row) => row.row).join(',')}]`, 'utf8')]));
        written += rows.length;
        done += rows.length;
        progress?.(done, total);
      }
      await client.query('CLOSE backup_rows');
      // One snapshot: only a bug could make these differ, and the backup would not restore.
      if (written !== table.rows) throw new Error(`${qualified(table)} gave ${written} rows, but counted ${table.rows}`);
    }
    await client.query('COMMIT');
    await writer.finish();
    return { file, createdAt, tables: tables.length, rows: done, bytes: writer.bytes };
  } catch (error) {
    await writer?.discard();
    throw error;
  } finally {
    await client.end();
  }
}
