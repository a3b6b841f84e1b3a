import { ConcernCategory, ConcernStatus, Role } from '@onward/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organisation } from '../identity/organisation.entity';

/**
 * A concern someone raised about an employer. Only caseworkers and admins read these; the
 * employer never learns who reported.
 */
@Entity({ name: 'concern_reports' })
@Check('concern_reports_status_check', `status IN ('open', 'upheld', 'dismissed')`)
@Index('concern_reports_status_idx', ['status', 'reportedAt'])
export class ConcernReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('concern_reports_employer_idx')
  @Column({ name: 'employer_id', type: 'uuid' })
  employerId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employer_id' })
  employer?: Organisation;

  @Column({ type: 'text' })
  category: ConcernCategory;

  @Column({ type: 'text' })
  details: string;

  @Column({ type: 'text' })
  status: ConcernStatus;

  /** Whether this report suspended the employer's publication when it arrived. */
  @Column({ name: 'held_publication', type: 'boolean' })
  heldPublication: boolean;

  /** Null for a report made without signing in. */
  @Column({ name: 'reporter_user_id', type: 'uuid', nullable: true })
  reporterUserId: string | null;

  @Column({ name: 'reporter_role', type: 'text', nullable: true })
  reporterRole: Role | null;

  @Column({ name: 'reporter_organisation_id', type: 'uuid', nullable: true })
  reporterOrganisationId: string | null;

  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt: Date;

  @Column({ name: 'reviewed_by_id', type: 'uuid', nullable: true })
  reviewedById: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'review_note', type: 'text', nullable: true })
  reviewNote: string | null;
}
