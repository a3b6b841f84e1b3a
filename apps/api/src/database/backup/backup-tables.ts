import { Client, escapeIdentifier } from 'pg';

/** pg-boss's schema (JobQueue starts pg-boss with its default). */
export const PGBOSS_SCHEMA = 'pgboss';

const SCHEMAS = ['public', PGBOSS_SCHEMA];

/**
 * Tables whose rows are not data but a record of the schema itself: the migrations applied
 * (a backup lists them; restore applies them) and pg-boss's schema version (a backup notes it;
 * restore installs pg-boss at that version). Neither is backed up as rows.
 */
const BOOKKEEPING = [
  { schema: 'public', name: 'migrations' },
  { schema: PGBOSS_SCHEMA, name: 'version' },
];

export interface TableName {
  schema: string;
  name: string;
}

export interface Column {
  name: string;
  /** As format_type() spells it, e.g. `timestamp with time zone`, `text[]`. */
  type: string;
  /** A generated column is computed again on insert, not loaded. */
  generated: boolean;
}

export interface Table extends TableName {
  columns: Column[];
}

/** A table's row count and checksum: the same function at backup and after restore. */
export interface TableSummary {
  rows: number;
  checksum: string;
}

export interface SequenceState extends TableName {
  lastValue: string;
  isCalled: boolean;
}

export function qualified(table: TableName): string {
  return `${escapeIdentifier(table.schema)}.${escapeIdentifier(table.name)}`;
}

export function label(table: TableName): string {
  return table.schema === 'public' ? table.name : `${table.schema}.${table.name}`;
}

/**
 * Connects as the schema owner with the settings that fix how values print (time zone, date,
 * interval, float and bytea formats), so a row's text form, and so its checksum and its JSON,
 * does not depend on the server's or the role's defaults; and with no timeouts, as one
 * statement of a backup may rightly read a large table.
 */
export async function connect(url: string, applicationName: string): Promise<Client> {
  const client = new Client({ connectionString: url, application_name: applicationName });
  await client.connect();
  try {
    await client.query(`
      SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'; SET extra_float_digits = 1; SET bytea_output = 'hex';
      SET statement_timeout = 0; SET lock_timeout = 0; SET idle_in_transaction_session_timeout = 0`);
  } catch (error) {
    await client.end();
    throw error;
  }
  return client;
}

/**
 * Every table holding Onward's data (in public and pg-boss's schema, bookkeeping aside; a
 * partitioned table counts once, with its partitions' rows), parents before the tables that
 * refer to them, so the rows can be loaded in this order with every foreign key checked.
 */
export async function listTables(client: Client): Promise<Table[]> {
  const { rows: tables } = await client.query<{ oid: number; schema: string; name: string; columns: Column[] }>(
    `SELECT c.oid::int AS oid, n.nspname AS schema, c.relname AS name,
            (SELECT json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod), 'generated', a.attgenerated <> '') ORDER BY a.attnum)
               FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ANY($1::text[]) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND (n.nspname, c.relname) NOT IN (SELECT * FROM json_to_recordset($2) AS b(schema name, name name))
      ORDER BY array_position($1::text[], n.nspname::text), c.relname`,
    [SCHEMAS, JSON.stringify(BOOKKEEPING)],
  );
  // Constraints on partitions count for their partitioned table; a table referring to itself
  // adds no ordering (pg-boss's queues name their dead-letter queue: see restore.ts).
  const { rows: references } = await client.query<{ child: number; parent: number }>(
    `SELECT DISTINCT coalesce(pg_partition_root(conrelid), conrelid)::oid::int AS child, coalesce(pg_partition_root(confrelid), confrelid)::oid::int AS parent
       FROM pg_constraint WHERE contype = 'f' AND connamespace IN (SELECT oid FROM pg_namespace WHERE nspname = ANY($1::text[]))`,
    [SCHEMAS],
  );
  const parents = new Map(tables.map((table) => [table.oid, new Set<number>()]));
  for (const { child, parent } of references) {
    if (child !== parent && parents.has(child) && parents.has(parent)) parents.get(child)!.add(parent);
  }
  const ordered: Table[] = [];
  const placed = new Set<number>();
  while (ordered.length < tables.length) {
    const next = tables.find((table) => !placed.has(table.oid) && [...parents.get(table.oid)!].every((parent) => placed.has(parent)));
    if (!next) throw new Error(`The foreign keys between ${tables.filter((table) => !placed.has(table.oid)).map(label).join(', ')} form a cycle`);
    placed.add(next.oid);
    ordered.push({ schema: next.schema, name: next.name, columns: next.columns });
  }
  return ordered;
}

/**
 * The row count, and a checksum of the rows' text forms: md5 of each row, taken as four 32-bit
 * words, each summed over the table, then md5 of the count and the four sums. Summing makes it
 * independent of row order and needs no sort and no memory per row, however large the table;
 * any changed, missing or added row changes it (except by a chance of about 2^-128). It checks
 * that restore reproduced the data; the file's own integrity is GCM's job.
 */
export async function summarise(client: Client, table: TableName): Promise<TableSummary> {
  const words = [1, 9, 17, 25].map((from) => `coalesce(sum(('x' || substr(h, ${from}, 8))::bit(32)::bigint), 0)`);
  const { rows } = await client.query<{ rows: string; checksum: string }>(
    `SELECT count(*) AS rows, md5(concat_ws(',', count(*), ${words.join(', ')})) AS checksum FROM (SELECT md5(t::text) AS h FROM ${qualified(table)} t) hashed`,
  );
  return { rows: Number(rows[0].rows), checksum: rows[0].checksum };
}

/**
 * The tables of `tables` that hold data: rows other than those the migrations inserted (they seed
 * reference data, such as the skills taxonomy and the search index's state). A migration's rows
 * were written by the transaction that recorded it in the migrations table, so they share that
 * row's xmin; a row inserted or changed since has another.
 */
export async function tablesWithData(client: Client, tables: TableName[]): Promise<TableName[]> {
  const migrated = (await client.query(`SELECT to_regclass('public.migrations') IS NOT NULL AS exists`)).rows[0].exists as boolean;
  const found: TableName[] = [];
  for (const table of tables) {
    const fromMigrations = migrated ? ' WHERE NOT EXISTS (SELECT 1 FROM public.migrations m WHERE m.xmin = t.xmin)' : '';
    if ((await client.query(`SELECT 1 FROM ${qualified(table)} t${fromMigrations} LIMIT 1`)).rowCount) found.push(table);
  }
  return found;
}

/** The tables of `tables` that hold any row. */
export async function tablesWithRows(client: Client, tables: TableName[]): Promise<TableName[]> {
  const found: TableName[] = [];
  for (const table of tables) {
    if ((await client.query(`SELECT 1 FROM ${qualified(table)} LIMIT 1`)).rowCount) found.push(table);
  }
  return found;
}

/** Every sequence in the backed-up schemas, except those of the bookkeeping tables. */
export async function readSequences(client: Client): Promise<SequenceState[]> {
  const { rows: sequences } = await client.query<TableName>(
    `SELECT n.nspname AS schema, s.relname AS name
       FROM pg_class s JOIN pg_namespace n ON n.oid = s.relnamespace
      WHERE s.relkind = 'S' AND n.nspname = ANY($1::text[])
        AND NOT EXISTS (
          SELECT 1 FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid JOIN pg_namespace tn ON tn.oid = t.relnamespace
           WHERE d.classid = 'pg_class'::regclass AND d.objid = s.oid AND d.deptype IN ('a', 'i')
             AND (tn.nspname, t.relname) IN (SELECT * FROM json_to_recordset($2) AS b(schema name, name name)))
      ORDER BY n.nspname, s.relname`,
    [SCHEMAS, JSON.stringify(BOOKKEEPING)],
  );
  const states: SequenceState[] = [];
  for (const sequence of sequences) {
    const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value, is_called FROM ${qualified(sequence)}`);
    states.push({ ...sequence, lastValue: rows[0].last_value, isCalled: rows[0].is_called });
  }
  return states;
}

/** The names of the migrations applied, oldest first; none when there is no migrations table. */
export async function appliedMigrations(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass('public.migrations') IS NOT NULL AS exists`);
  if (!rows[0].exists) return [];
  return (await client.query<{ name: string }>(`SELECT name FROM public.migrations ORDER BY id`)).rows.map((row) => row.name);
}

/** pg-boss's schema version, or null when pg-boss was never started on this database. */
export async function pgBossSchemaVersion(client: Client): Promise<number | null> {
  const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS exists`, [`${PGBOSS_SCHEMA}.version`]);
  if (!rows[0].exists) return null;
  const version = await client.query<{ version: number }>(`SELECT version FROM ${escapeIdentifier(PGBOSS_SCHEMA)}.version`);
  return version.rows[0]?.version ?? null;
}
