import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface QueueStateCount {
  queue: string;
  state: 'created' | 'retry' | 'active' | 'failed';
  jobs: number;
}

export interface LastRun {
  name: string;
  state: string | null;
  startedOn: Date | null;
  completedOn: Date | null;
}

/**
 * The system status page's reads: counts and times from PostgreSQL and pg-boss's tables (which
 * live in the same database), never a row's content. Queue names come from JOB_DEFINITIONS.
 */
@Injectable()
export class SystemStatusRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async serverVersion(): Promise<string> {
    const [row] = await this.dataSource.query(`SHOW server_version`);
    return String(row.server_version);
  }

  /** Jobs by queue and state, for the given queues (dead-letter queues included when named). */
  queueCounts(queues: string[]): Promise<QueueStateCount[]> {
    return this.dataSource.query(
      `SELECT name AS queue, state::text AS state, count(*)::int AS jobs
         FROM pgboss.job
        WHERE name = ANY($1::text[]) AND state IN ('created', 'retry', 'active', 'failed')
        GROUP BY 1, 2`,
      [queues],
    );
  }

  /**
   * The latest run that started, per queue: pg-boss moves finished jobs to its archive after 12
   * hours and deletes them after a week, so both tables are read.
   */
  lastRuns(queues: string[]): Promise<LastRun[]> {
    return this.dataSource.query(
      `SELECT q.name, run.state, run.started_on AS "startedOn", run.completed_on AS "completedOn"
         FROM unnest($1::text[]) AS q(name)
         LEFT JOIN LATERAL (
           SELECT state::text AS state, started_on, completed_on FROM (
             SELECT state, started_on, completed_on FROM pgboss.job WHERE name = q.name AND started_on IS NOT NULL
             UNION ALL
             SELECT state, started_on, completed_on FROM pgboss.archive WHERE name = q.name AND started_on IS NOT NULL
           ) runs
           ORDER BY started_on DESC
           LIMIT 1
         ) run ON true`,
      [queues],
    );
  }

  /** Documents in the embedded engine's index (its own table, in this database). */
  async embeddedSearchDocuments(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM search_documents`);
    return row.n;
  }
}
