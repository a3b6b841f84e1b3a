import { ApplicationStatus } from '@onward/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organisation } from '../identity/organisation.entity';
import { Job } from '../jobs/job.entity';
import { SurvivorProfile } from '../survivors/survivor-profile.entity';

/** A survivor's application to a job. The employer sees it only once shared, with consent. */
@Entity({ name: 'applications' })
@Check('applications_status_check', `status IN ('submitted', 'shared', 'interview', 'offer', 'hired', 'declined', 'withdrawn')`)
@Index('applications_survivor_idx', ['survivorId', 'createdAt'])
@Index('applications_employer_idx', ['employerId', 'status'])
@Index('applications_job_idx', ['jobId', 'status'])
@Index('applications_open_unique', ['survivorId', 'jobId'], { unique: true, where: `status NOT IN ('declined', 'withdrawn')` })
export class Application {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'survivor_id', type: 'uuid' })
  survivorId: string;

  @ManyToOne(() => SurvivorProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survivor_id' })
  survivor?: SurvivorProfile;

  @Column({ name: 'job_id', type: 'uuid' })
  jobId: string;

  @ManyToOne(() => Job, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'job_id' })
  job?: Job;

  /** The job's employer, kept here so the employer's queries need no join to jobs. */
  @Column({ name: 'employer_id', type: 'uuid' })
  employerId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employer_id' })
  employer?: Organisation;

  @Column({ type: 'text' })
  status: ApplicationStatus;

  /** A note from the survivor to the employer; shared with the application. */
  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ name: 'submitted_by_id', type: 'uuid', nullable: true })
  submittedById: string | null;

  /** When a caseworker applied on the survivor's behalf: how the survivor agreed. */
  @Column({ name: 'survivor_agreement', type: 'text', nullable: true })
  survivorAgreement: string | null;

  @Column({ name: 'status_changed_at', type: 'timestamptz' })
  statusChangedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
