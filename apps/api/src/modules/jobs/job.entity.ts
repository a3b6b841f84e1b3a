import { JobStatus, Sector, Shift, WagePeriod } from '@onward/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organisation } from '../identity/organisation.entity';
import { Region } from '../regions/region.entity';

/** A job an employer offers. Survivors see it only while published by a vetted employer. */
@Entity({ name: 'jobs' })
@Check('jobs_status_check', `status IN ('draft', 'published', 'closed')`)
@Check('jobs_wage_period_check', `wage_period IN ('hour', 'week', 'month', 'year')`)
@Check('jobs_wage_check', `wage_minor >= 0 AND hourly_wage_minor >= 0`)
@Check('jobs_hours_check', `hours_per_week BETWEEN 1 AND 60`)
@Check('jobs_currency_check', `wage_currency ~ '^[A-Z]{3}$'`)
@Index('jobs_employer_idx', ['employerId', 'createdAt'])
@Index('jobs_status_idx', ['status'])
// Candidate retrieval for matching; declared in migration 1796100000000 (a partial covering index).
@Index('jobs_matching_idx', { synchronize: false })
export class Job {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'employer_id', type: 'uuid' })
  employerId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employer_id' })
  employer?: Organisation;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  /** Skill codes from the taxonomy. */
  @Index('jobs_required_skills_idx', { synchronize: false })
  @Column({ name: 'required_skills', type: 'text', array: true })
  requiredSkills: string[];

  @Column({ name: 'preferred_skills', type: 'text', array: true })
  preferredSkills: string[];

  @Column({ type: 'text' })
  sector: Sector;

  /** Where the work is, or where the contract is based for remote work; sets the wage floor. */
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: Region;

  @Column({ type: 'boolean' })
  remote: boolean;

  @Column({ name: 'wage_minor', type: 'integer' })
  wageMinor: number;

  @Column({ name: 'wage_currency', type: 'text' })
  wageCurrency: string;

  @Column({ name: 'wage_period', type: 'text' })
  wagePeriod: WagePeriod;

  @Column({ name: 'hours_per_week', type: 'integer' })
  hoursPerWeek: number;

  /** The wage per hour, derived from the three above: compared with the region's floor. */
  @Column({ name: 'hourly_wage_minor', type: 'integer' })
  hourlyWageMinor: number;

  /** ISO 639-1 codes of the languages the work needs. */
  @Column({ type: 'text', array: true })
  languages: string[];

  /** When the hours fall; empty: flexible, fits anyone. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  shifts: Shift[];

  @Column({ name: 'training_offered', type: 'text', nullable: true })
  trainingOffered: string | null;

  /** Adjustments the employer offers (flexible hours, step-free access, childcare...). */
  @Column({ type: 'text', nullable: true })
  accommodations: string | null;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate: string | null;

  @Column({ name: 'closing_date', type: 'date', nullable: true })
  closingDate: string | null;

  @Column({ type: 'text' })
  status: JobStatus;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
