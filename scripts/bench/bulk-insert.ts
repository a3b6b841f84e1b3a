import { Client } from 'pg';

/** PostgreSQL's limit on bind parameters in one statement. */
const MAX_PARAMETERS = 65_535;
const MAX_ROWS = 2000;

/**
 * Inserts rows with multi-row INSERT statements of up to 2,000 rows each: one round trip per
 * batch, values always as parameters. Calls `onBatch` with the rows inserted so far.
 */
export async function insertRows(
  client: Client,
  table: string,
  columns: readonly string[],
  rows: ReadonlyArray<readonly unknown[]>,
  onBatch: (inserted: number) => void = () => undefined,
): Promise<void> {
  const batchSize = Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const values = batch.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
    await client.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`, batch.flat());
    onBatch(start + batch.length);
  }
}
