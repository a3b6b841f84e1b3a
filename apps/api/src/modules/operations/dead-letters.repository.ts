import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { returnedRows } from '../../database/returning';

export interface DeadLetterRow {
  id: string;
  deadLetterQueue: string;
  diedAt: Date;
  /** Copied from the job that died: it had retryLimit + 1 attempts. */
  retryLimit: number;
  output: unknown;
  /** When the job that died was queued, if pg-boss still holds it. */
  createdAt: Date | null;
}

/**
 * Dead letters, in pg-boss's own table. When a job fails its last attempt, pg-boss marks it
 * failed and, in the same statement, inserts a new job into the dead-letter queue with the same
 * payload and output: that statement's now() is both the failed job's completed_on and the dead
 * letter's created_on, which is how the original (for when it was queued) is found again.
 * Nothing here reads or returns a payload.
 */
@Injectable()
export class DeadLettersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(deadLetterQueues: string[], limit: number, offset: number): Promise<{ rows: DeadLetterRow[]; total: number }> {
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `SELECT d.id, d.name AS "deadLetterQueue", d.created_on AS "diedAt", d.retry_limit AS "retryLimit", d.output,
                original.created_on AS "createdAt"
           FROM pgboss.job d
           LEFT JOIN LATERAL (
             SELECT created_on FROM pgboss.job o
              WHERE o.name = left(d.name, -length('.dead')) AND o.state = 'failed' AND o.completed_on = d.created_on AND o.data IS NOT DISTINCT FROM d.data
             UNION ALL
             SELECT created_on FROM pgboss.archive a
              WHERE a.name = left(d.name, -length('.dead')) AND a.state = 'failed' AND a.completed_on = d.created_on AND a.data IS NOT DISTINCT FROM d.data
             LIMIT 1
           ) original ON true
          WHERE d.name = ANY($1::text[]) AND d.state < 'active'
          ORDER BY d.created_on DESC, d.id DESC
          LIMIT $2 OFFSET $3`,
        [deadLetterQueues, limit, offset],
      ) as Promise<DeadLetterRow[]>,
      this.dataSource.query(`SELECT count(*)::int AS total FROM pgboss.job WHERE name = ANY($1::text[]) AND state < 'active'`, [deadLetterQueues]) as Promise<Array<{ total: number }>>,
    ]);
    return { rows, total };
  }

  /**
   * Takes a dead letter out of its queue, in the caller's transaction, and hands back its queue
   * and payload to send again. The row lock makes a second take of the same letter wait for the
   * first transaction and then find nothing: it can be sent again only once.
   */
  async take(manager: EntityManager, id: string, deadLetterQueues: string[]): Promise<{ deadLetterQueue: string; data: unknown } | null> {
    const rows = returnedRows<{ deadLetterQueue: string; data: unknown }>(
      await manager.query(`DELETE FROM pgboss.job WHERE name = ANY($2::text[]) AND id = $1 AND state < 'active' RETURNING name AS "deadLetterQueue", data`, [id, deadLetterQueues]),
    );
    return rows[0] ?? null;
  }
}
