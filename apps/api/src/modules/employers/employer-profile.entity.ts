import { Sector, VettingStatus } from '@onward/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Organisation } from '../identity/organisation.entity';

/**
 * What an employer organisation registered with, and where its vetting stands. Contact details
 * are for caseworkers only: they never reach the search index or survivors.
 */
@Entity({ name: 'employer_profiles' })
@Check('employer_profiles_status_check', `vetting_status IN ('pending', 'in_review', 'vetted', 'rejected', 'suspended')`)
@Check('employer_profiles_vetted_until_check', `vetting_status <> 'vetted' OR vetted_until IS NOT NULL`)
export class EmployerProfile {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @OneToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ name: 'legal_name', type: 'text' })
  legalName: string;

  @Column({ name: 'registration_number', type: 'text' })
  registrationNumber: string;

  @Column({ type: 'text' })
  sector: Sector;

  @Column({ type: 'text', array: true })
  regions: string[];

  @Column({ name: 'contact_name', type: 'text' })
  contactName: string;

  @Column({ name: 'contact_email', type: 'text' })
  contactEmail: string;

  @Column({ name: 'contact_phone', type: 'text' })
  contactPhone: string;

  @Index('employer_profiles_vetting_status_idx')
  @Column({ name: 'vetting_status', type: 'text' })
  vettingStatus: VettingStatus;

  @Column({ name: 'vetted_until', type: 'timestamptz', nullable: true })
  vettedUntil: Date | null;

  /** Why it is rejected or suspended; shown to the employer. */
  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ name: 'status_changed_at', type: 'timestamptz' })
  statusChangedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
