import { CheckInQuestion, CheckInStatus } from '@onward/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Placement } from '../placements/placement.entity';
import { SurvivorProfile } from '../survivors/survivor-profile.entity';

export type CheckInAnswers = Record<CheckInQuestion, boolean>;

/**
 * One check-in of a placement, due a set number of days after its start. Never shown to the
 * employer (DESIGN.md safety rule 2).
 */
@Entity({ name: 'check_ins' })
@Unique('check_ins_placement_day_key', ['placementId', 'dayOffset'])
@Check('check_ins_status_check', `status IN ('scheduled', 'due', 'answered', 'missed', 'cancelled')`)
@Check('check_ins_answered_check', `(status = 'answered') = (answers IS NOT NULL)`)
@Index('check_ins_survivor_idx', ['survivorId', 'dueOn'])
// The scans read only rows waiting to fall due, or due and waiting to be missed.
@Index('check_ins_scheduled_idx', ['dueOn'], { where: `status = 'scheduled'` })
@Index('check_ins_due_idx', ['dueOn'], { where: `status = 'due'` })
export class CheckIn {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  @ManyToOne(() => Placement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'placement_id' })
  placement?: Placement;

  @Column({ name: 'survivor_id', type: 'uuid' })
  survivorId: string;

  @ManyToOne(() => SurvivorProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survivor_id' })
  survivor?: SurvivorProfile;

  /** Days after the placement's start. */
  @Column({ name: 'day_offset', type: 'integer' })
  dayOffset: number;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ type: 'text', default: 'scheduled' })
  status: CheckInStatus;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  answers: CheckInAnswers | null;

  /** "Anything else": seen by the survivor and their caseworkers only. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  /** survivor, or caseworker when recorded from a call. */
  @Column({ name: 'answered_by_role', type: 'text', nullable: true })
  answeredByRole: string | null;

  @Column({ name: 'answered_by_id', type: 'uuid', nullable: true })
  answeredById: string | null;

  @Column({ name: 'missed_at', type: 'timestamptz', nullable: true })
  missedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
