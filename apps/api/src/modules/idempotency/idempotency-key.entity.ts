import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../identity/user.entity';

/**
 * `in_progress`: an attempt holds the key until `locked_until` and has committed nothing.
 * `applied`: its effect committed (in the effect's own transaction); the answer is not kept yet.
 * `completed`: the answer is kept and is replayed to the same user's retries.
 */
export type IdempotencyKeyState = 'in_progress' | 'applied' | 'completed';

/**
 * One Idempotency-Key of one user, for 24 hours. The kept answer may be about a survivor, so it
 * is sealed like their personal details and replayed only to the user who sent the request.
 * Written by hand in migration 1796410000000-IdempotencyKeys: keep the two in line.
 */
@Entity({ name: 'idempotency_keys' })
@Check('idempotency_keys_state_check', `state IN ('in_progress', 'applied', 'completed')`)
@Index('idempotency_keys_created_at_idx', ['createdAt'])
export class IdempotencyKey {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'idempotency_keys_pkey' })
  userId: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'idempotency_keys_pkey' })
  key: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'idempotency_keys_user_id_fkey' })
  user?: User;

  /** SHA-256 of method, path and body: the same key with another request is refused. */
  @Column({ name: 'request_hash', type: 'text' })
  requestHash: string;

  @Column({ type: 'text' })
  state: IdempotencyKeyState;

  /** The attempt that holds the key; a stale attempt can no longer commit its effect under it. */
  @Column({ name: 'attempt_id', type: 'uuid' })
  attemptId: string;

  @Column({ name: 'locked_until', type: 'timestamptz' })
  lockedUntil: Date;

  @Column({ name: 'response_status', type: 'integer', nullable: true })
  responseStatus: number | null;

  /** The JSON answer, sealed (FieldCipher, bound to the user and key). */
  @Column({ name: 'response_body', type: 'text', nullable: true })
  responseBody: string | null;

  /** From the application's clock; the key expires 24 hours after it. */
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
