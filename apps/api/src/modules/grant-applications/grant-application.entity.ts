import { GrantApplicationStatus } from '@onward/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { GrantProgramme } from '../grants/grant-programme.entity';
import { SurvivorProfile } from '../survivors/survivor-profile.entity';

/** A survivor's application to a grant programme, and the award when one is made. */
@Entity({ name: 'grant_applications' })
@Check('grant_applications_status_check', `status IN ('submitted', 'in_review', 'awarded', 'declined', 'withdrawn')`)
@Check('grant_applications_amount_check', `requested_minor > 0 AND (awarded_minor IS NULL OR awarded_minor > 0)`)
@Index('grant_applications_survivor_idx', ['survivorId', 'createdAt'])
@Index('grant_applications_programme_idx', ['programmeId', 'status'])
@Index('grant_applications_open_unique', ['survivorId', 'programmeId'], { unique: true, where: `status NOT IN ('declined', 'withdrawn')` })
export class GrantApplication {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'survivor_id', type: 'uuid' })
  survivorId: string;

  @ManyToOne(() => SurvivorProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survivor_id' })
  survivor?: SurvivorProfile;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => GrantProgramme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: GrantProgramme;

  @Column({ type: 'text' })
  status: GrantApplicationStatus;

  @Column({ name: 'business_plan', type: 'text' })
  businessPlan: string;

  @Column({ name: 'requested_minor', type: 'integer' })
  requestedMinor: number;

  @Column({ type: 'text' })
  currency: string;

  @Column({ name: 'awarded_minor', type: 'integer', nullable: true })
  awardedMinor: number | null;

  /** Why it was declined, or what the award is for; seen by the survivor. */
  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote: string | null;

  /** The day an awarded business stopped trading; null while it trades (retention censors it at today). */
  @Column({ name: 'trading_ended_on', type: 'date', nullable: true })
  tradingEndedOn: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById: string | null;

  @Column({ name: 'submitted_by_id', type: 'uuid', nullable: true })
  submittedById: string | null;

  @Column({ name: 'status_changed_at', type: 'timestamptz' })
  statusChangedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
