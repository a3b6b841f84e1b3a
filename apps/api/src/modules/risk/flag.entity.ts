import { FlagOutcome, FlagStatus, RiskLevel } from '@onward/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organisation } from '../identity/organisation.entity';
import { User } from '../identity/user.entity';
import { SurvivorProfile } from '../survivors/survivor-profile.entity';

export interface FlagReason {
  type: string;
  count: number;
  points: number;
  text: string;
}

/**
 * A survivor's risk that a caseworker must follow up by `dueAt`. At most one is unresolved per
 * survivor: new signals join it, and raise its level when they weigh more.
 */
@Entity({ name: 'flags' })
@Check('flags_level_check', `level IN ('low', 'medium', 'high', 'critical')`)
@Check('flags_status_check', `status IN ('open', 'acknowledged', 'in_progress', 'resolved')`)
@Check('flags_resolved_check', `(status = 'resolved') = (resolved_at IS NOT NULL AND outcome IS NOT NULL)`)
@Index('flags_one_unresolved_key', ['survivorId'], { unique: true, where: `status <> 'resolved'` })
@Index('flags_queue_idx', ['organisationId', 'dueAt'], { where: `status <> 'resolved'` })
// The resolved ones of an organisation: without it, every "resolved" page read all flags (the bench, issue 7).
@Index('flags_resolved_idx', ['organisationId', 'dueAt'], { where: `status = 'resolved'` })
@Index('flags_escalation_idx', ['dueAt'], { where: `status <> 'resolved' AND escalated_at IS NULL` })
@Index('flags_survivor_idx', ['survivorId', 'openedAt'])
export class Flag {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'survivor_id', type: 'uuid' })
  survivorId: string;

  @ManyToOne(() => SurvivorProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survivor_id' })
  survivor?: SurvivorProfile;

  /** The survivor's service provider: only its caseworkers see the flag. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  /** The survivor's caseworker when it opened; null when the survivor had none (supervisors are told). */
  @Column({ name: 'assigned_to_id', type: 'uuid', nullable: true })
  assignedToId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assigned_to_id' })
  assignedTo?: User | null;

  @Column({ type: 'text' })
  level: RiskLevel;

  @Column({ type: 'integer' })
  score: number;

  /** The rules' reasons at the last assessment, strongest first. */
  @Column({ type: 'jsonb' })
  reasons: FlagReason[];

  @Column({ type: 'text', default: 'open' })
  status: FlagStatus;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  /** Set when supervisors were told it is overdue; cleared when a raise sets a new due time. */
  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true })
  escalatedAt: Date | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  outcome: FlagOutcome | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
