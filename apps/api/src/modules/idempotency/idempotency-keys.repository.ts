import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { returnedRows } from '../../database/returning';
import { IdempotencyKey } from './idempotency-key.entity';

/** One attempt at the request a key names: the attempt id is what the key's row must still hold. */
export interface KeyAttempt {
  userId: string;
  key: string;
  attemptId: string;
}

export type StoredKey = Pick<IdempotencyKey, 'requestHash' | 'state' | 'lockedUntil' | 'responseStatus' | 'responseBody' | 'createdAt'>;

/**
 * Each statement is one atomic step of the key's life; none reads a row and then writes it
 * on the strength of what it read.
 */
@Injectable()
export class IdempotencyKeysRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Takes the key for this attempt, in its own committed statement: a new key; a key past its
   * 24 hours (a new key again); or the same request whose earlier attempt held the key until a
   * lease that has run out and committed nothing. Returns false when the key is not taken.
   */
  async reserve(attempt: KeyAttempt, requestHash: string, now: Date, lockedUntil: Date, expiredBefore: Date): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_keys AS k (user_id, key, request_hash, state, attempt_id, locked_until, created_at)
       VALUES ($1, $2, $3, 'in_progress', $4, $5, $6)
       ON CONFLICT (user_id, key) DO UPDATE SET
         request_hash = excluded.request_hash,
         state = 'in_progress',
         attempt_id = excluded.attempt_id,
         locked_until = excluded.locked_until,
         created_at = CASE WHEN k.created_at <= $7 THEN excluded.created_at ELSE k.created_at END,
         response_status = NULL,
         response_body = NULL
       WHERE k.created_at <= $7
          OR (k.state = 'in_progress' AND k.locked_until <= $6 AND k.request_hash = excluded.request_hash)
       RETURNING 1`,
      [attempt.userId, attempt.key, requestHash, attempt.attemptId, lockedUntil, now, expiredBefore],
    );
    return rows.length === 1;
  }

  async find(userId: string, key: string): Promise<StoredKey | null> {
    const [row] = await this.dataSource.query(
      `SELECT request_hash AS "requestHash", state, locked_until AS "lockedUntil", response_status AS "responseStatus", response_body AS "responseBody", created_at AS "createdAt"
       FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
      [userId, key],
    );
    return (row as StoredKey | undefined) ?? null;
  }

  /**
   * In the effect's own transaction: the key is applied, if this attempt still holds it. The row
   * stays locked until that transaction ends, so a retry taking over a stale attempt waits for
   * the commit and then finds the key applied.
   */
  async markApplied(manager: EntityManager, attempt: KeyAttempt): Promise<boolean> {
    const result: unknown = await manager.query(
      `UPDATE idempotency_keys SET state = 'applied'
       WHERE user_id = $1 AND key = $2 AND attempt_id = $3 AND state IN ('in_progress', 'applied') RETURNING 1`,
      [attempt.userId, attempt.key, attempt.attemptId],
    );
    return returnedRows(result).length === 1;
  }

  async complete(attempt: KeyAttempt, status: number, sealedBody: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_keys SET state = 'completed', response_status = $4, response_body = $5
       WHERE user_id = $1 AND key = $2 AND attempt_id = $3 AND state IN ('in_progress', 'applied')`,
      [attempt.userId, attempt.key, attempt.attemptId, status, sealedBody],
    );
  }

  /**
   * The attempt ended without an answer worth keeping (a 5xx): a key that committed nothing is
   * let go, so a retry runs afresh; an applied one stops looking busy (its lease ends now).
   */
  async release(attempt: KeyAttempt, now: Date): Promise<void> {
    await this.dataSource.query(
      `WITH let_go AS (
         DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND attempt_id = $3 AND state = 'in_progress'
       )
       UPDATE idempotency_keys SET locked_until = $4 WHERE user_id = $1 AND key = $2 AND attempt_id = $3 AND state = 'applied'`,
      [attempt.userId, attempt.key, attempt.attemptId, now],
    );
  }

  /** Deletes keys past their 24 hours, a batch at a time; returns how many went. */
  async purgeCreatedBefore(before: Date, batchSize: number): Promise<number> {
    const result: unknown = await this.dataSource.query(
      `DELETE FROM idempotency_keys WHERE ctid IN (SELECT ctid FROM idempotency_keys WHERE created_at < $1 LIMIT $2) RETURNING 1`,
      [before, batchSize],
    );
    return returnedRows(result).length;
  }
}
