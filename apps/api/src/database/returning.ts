/**
 * The rows of an `UPDATE … RETURNING` sent through `manager.query`: TypeORM's PostgreSQL driver
 * answers such a statement with `[rows, affectedCount]`.
 */
export function returnedRows<Row>(result: unknown): Row[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as Row[];
}
