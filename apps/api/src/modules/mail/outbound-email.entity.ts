import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type OutboundEmailStatus = 'queued' | 'sending' | 'sent' | 'failed';

/**
 * The outbox row for one email. It is written in the same transaction as the change that
 * causes it, and the queue job carries only its id, so no address or text sits in a job payload.
 */
@Entity({ name: 'outbound_emails' })
@Check('outbound_emails_status_check', `status IN ('queued', 'sending', 'sent', 'failed')`)
export class OutboundEmail {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'to_address', type: 'text' })
  toAddress: string;

  /** Null: the default sender (MAIL_FROM). Survivors' mail names a neutral one. */
  @Column({ name: 'from_address', type: 'text', nullable: true })
  fromAddress: string | null;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody: string;

  @Column({ type: 'text', default: 'queued' })
  status: OutboundEmailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
