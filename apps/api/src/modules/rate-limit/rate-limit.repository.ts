import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface BucketState {
  count: number;
  windowStart: Date;
}

/**
 * Counters live in PostgreSQL, so every API instance sees the same counts. The window of a
 * key starts at its first hit and lasts `windowSeconds`.
 */
@Injectable()
export class RateLimitRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async increment(key: string, now: Date, windowSeconds: number): Promise<BucketState> {
    const rows: Array<{ count: number; window_start: Date }> = await this.dataSource.query(
      `INSERT INTO rate_limit_buckets AS b (key, window_start, count) VALUES ($1, $2, 1)
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN b.window_start > $2::timestamptz - make_interval(secs => $3) THEN b.count + 1 ELSE 1 END,
         window_start = CASE WHEN b.window_start > $2::timestamptz - make_interval(secs => $3) THEN b.window_start ELSE $2 END
       RETURNING count, window_start`,
      [key, now, windowSeconds],
    );
    return { count: rows[0].count, windowStart: rows[0].window_start };
  }

  async read(key: string, now: Date, windowSeconds: number): Promise<BucketState | null> {
    const rows: Array<{ count: number; window_start: Date }> = await this.dataSource.query(
      `SELECT count, window_start FROM rate_limit_buckets
       WHERE key = $1 AND window_start > $2::timestamptz - make_interval(secs => $3)`,
      [key, now, windowSeconds],
    );
    return rows.length ? { count: rows[0].count, windowStart: rows[0].window_start } : null;
  }

  async delete(key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM rate_limit_buckets WHERE key = $1', [key]);
  }
}
