import { PlacementEndReason, WagePeriod } from '@onward/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Application } from '../applications/application.entity';
import { Organisation } from '../identity/organisation.entity';
import { Job } from '../jobs/job.entity';
import { SurvivorProfile } from '../survivors/survivor-profile.entity';

/** A survivor in work: made by a hire, running until it ends with a date and a reason. */
@Entity({ name: 'placements' })
@Check('placements_end_check', `(end_date IS NULL) = (end_reason IS NULL)`)
@Check('placements_end_after_start_check', `end_date IS NULL OR end_date >= start_date`)
@Check('placements_end_reason_check', `end_reason IS NULL OR end_reason IN ('resigned', 'dismissed', 'contract_ended', 'employer_suspended', 'unsafe', 'other')`)
@Check('placements_wage_period_check', `wage_period IN ('hour', 'week', 'month', 'year')`)
@Check('placements_hours_check', `hours_per_week BETWEEN 1 AND 60`)
@Index('placements_survivor_idx', ['survivorId', 'startDate'])
@Index('placements_employer_idx', ['employerId', 'startDate'])
@Index('placements_application_idx', ['applicationId'], { unique: true, where: 'application_id IS NOT NULL' })
export class Placement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'survivor_id', type: 'uuid' })
  survivorId: string;

  @ManyToOne(() => SurvivorProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survivor_id' })
  survivor?: SurvivorProfile;

  @Column({ name: 'application_id', type: 'uuid', nullable: true })
  applicationId: string | null;

  @ManyToOne(() => Application, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'application_id' })
  application?: Application | null;

  @Column({ name: 'job_id', type: 'uuid' })
  jobId: string;

  @ManyToOne(() => Job, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'job_id' })
  job?: Job;

  @Column({ name: 'employer_id', type: 'uuid' })
  employerId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employer_id' })
  employer?: Organisation;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'wage_minor', type: 'integer' })
  wageMinor: number;

  @Column({ name: 'wage_currency', type: 'text' })
  wageCurrency: string;

  @Column({ name: 'wage_period', type: 'text' })
  wagePeriod: WagePeriod;

  @Column({ name: 'hours_per_week', type: 'integer' })
  hoursPerWeek: number;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: PlacementEndReason | null;

  /** Seen by staff only. */
  @Column({ name: 'end_note', type: 'text', nullable: true })
  endNote: string | null;

  /** Who recorded the end: survivor, employer or caseworker. */
  @Column({ name: 'ended_by_role', type: 'text', nullable: true })
  endedByRole: string | null;

  @Column({ name: 'ended_by_id', type: 'uuid', nullable: true })
  endedById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
