import { GrantProgrammeStatus, Sector } from '@onward/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organisation } from '../identity/organisation.entity';
import { Region } from '../regions/region.entity';

/** A microenterprise grant programme a funder runs. Survivors see it while it is open. */
@Entity({ name: 'grant_programmes' })
@Check('grant_programmes_status_check', `status IN ('draft', 'open', 'closed')`)
@Check('grant_programmes_amount_check', `amount_min_minor >= 0 AND amount_max_minor >= amount_min_minor`)
@Check('grant_programmes_currency_check', `currency ~ '^[A-Z]{3}$'`)
@Index('grant_programmes_funder_idx', ['funderId', 'createdAt'])
export class GrantProgramme {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'funder_id', type: 'uuid' })
  funderId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'funder_id' })
  funder?: Organisation;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'amount_min_minor', type: 'integer' })
  amountMinMinor: number;

  @Column({ name: 'amount_max_minor', type: 'integer' })
  amountMaxMinor: number;

  @Column({ type: 'text' })
  currency: string;

  /** Who may apply, in plain words. */
  @Column({ type: 'text' })
  eligibility: string;

  @Column({ name: 'required_documents', type: 'text', array: true })
  requiredDocuments: string[];

  /** Null: any sector. */
  @Column({ type: 'text', nullable: true })
  sector: Sector | null;

  /** Null: every region. */
  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode: string | null;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: Region | null;

  /** The last day applications are accepted (YYYY-MM-DD); null: no deadline. */
  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Column({ type: 'text' })
  status: GrantProgrammeStatus;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
