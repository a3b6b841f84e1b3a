import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditOutcome = 'success' | 'failure' | 'refused';

/** One line of the audit trail: who did what to which record, when, with what outcome. */
@Entity({ name: 'audit_events' })
@Check('audit_events_outcome_check', `outcome IN ('success', 'failure', 'refused')`)
@Index('audit_events_subject_idx', ['subjectType', 'subjectId'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('audit_events_occurred_at_idx')
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole: string | null;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'subject_type', type: 'text', nullable: true })
  subjectType: string | null;

  @Column({ name: 'subject_id', type: 'text', nullable: true })
  subjectId: string | null;

  @Column({ type: 'text' })
  outcome: AuditOutcome;

  @Column({ name: 'client_address', type: 'text', nullable: true })
  clientAddress: string | null;
}
