import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface QueueDepth {
  queue: string;
  state: string;
  jobs: number;
}

/** Counts for the operator, never rows: no survivor's data leaves through the metrics. */
@Injectable()
export class MetricsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async queueDepth(): Promise<QueueDepth[]> {
    return this.dataSource.query(`SELECT name AS queue, state::text AS state, count(*)::int AS jobs FROM pgboss.job WHERE state < 'completed' GROUP BY 1, 2 ORDER BY 1, 2`);
  }

  async openFlagsByLevel(now: Date): Promise<Array<{ level: string; open: number; overdue: number }>> {
    return this.dataSource.query(
      `SELECT level, count(*)::int AS open, count(*) FILTER (WHERE due_at <= $1)::int AS overdue FROM flags WHERE status <> 'resolved' GROUP BY level ORDER BY level`,
      [now],
    );
  }
}
