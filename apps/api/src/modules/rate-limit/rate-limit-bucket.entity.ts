import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A fixed-window counter shared by every API instance. Keys are hashed: they never hold an
 * email address or a client address in the clear.
 */
@Entity({ name: 'rate_limit_buckets' })
export class RateLimitBucket {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ name: 'window_start', type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'integer' })
  count: number;
}
