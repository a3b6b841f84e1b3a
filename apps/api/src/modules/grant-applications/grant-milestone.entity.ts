import { MilestoneStatus } from '@onward/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { GrantApplication } from './grant-application.entity';

/** A step an award pays out against: due by a date, with the tranche it releases. */
@Entity({ name: 'grant_milestones' })
@Check('grant_milestones_status_check', `status IN ('pending', 'met', 'missed')`)
@Check('grant_milestones_tranche_check', `tranche_minor >= 0`)
@Index('grant_milestones_application_idx', ['grantApplicationId', 'position'], { unique: true })
@Index('grant_milestones_due_idx', ['status', 'dueDate'])
export class GrantMilestone {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'grant_application_id', type: 'uuid' })
  grantApplicationId: string;

  @ManyToOne(() => GrantApplication, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grant_application_id' })
  grantApplication?: GrantApplication;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Column({ name: 'tranche_minor', type: 'integer' })
  trancheMinor: number;

  @Column({ type: 'text' })
  status: MilestoneStatus;

  @Column({ name: 'status_note', type: 'text', nullable: true })
  statusNote: string | null;

  @Column({ name: 'status_changed_at', type: 'timestamptz', nullable: true })
  statusChangedAt: Date | null;

  @Column({ name: 'status_changed_by_id', type: 'uuid', nullable: true })
  statusChangedById: string | null;
}
