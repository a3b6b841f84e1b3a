import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** success: done; failure: tried and not done (bad input, a conflict, an error); refused: not allowed (401, 403, 404, 429). */
export const AUDIT_OUTCOMES = ['success', 'failure', 'refused'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** One line of the audit trail: who did what to which record, when, with what outcome. */
@Entity({ name: 'audit_events' })
@Check('audit_events_outcome_check', `outcome IN ('success', 'failure', 'refused')`)
@Index('audit_events_subject_idx', ['subjectType', 'subjectId'])
// An actor's trail, and their last sign-in (the admin's account list) without reading all of it.
@Index('audit_events_actor_action_idx', ['actorUserId', 'action', 'occurredAt'])
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

  @Index('audit_events_subject_id_idx')
  @Column({ name: 'subject_id', type: 'text', nullable: true })
  subjectId: string | null;

  @Column({ type: 'text' })
  outcome: AuditOutcome;

  @Column({ name: 'client_address', type: 'text', nullable: true })
  clientAddress: string | null;
}
