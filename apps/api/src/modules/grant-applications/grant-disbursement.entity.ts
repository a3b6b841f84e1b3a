import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { GrantApplication } from './grant-application.entity';
import { GrantMilestone } from './grant-milestone.entity';

/** Money paid out against a milestone of an award. */
@Entity({ name: 'grant_disbursements' })
@Check('grant_disbursements_amount_check', `amount_minor > 0`)
@Index('grant_disbursements_application_idx', ['grantApplicationId', 'paidOn'])
export class GrantDisbursement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'grant_application_id', type: 'uuid' })
  grantApplicationId: string;

  @ManyToOne(() => GrantApplication, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grant_application_id' })
  grantApplication?: GrantApplication;

  @Column({ name: 'milestone_id', type: 'uuid' })
  milestoneId: string;

  @ManyToOne(() => GrantMilestone, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'milestone_id' })
  milestone?: GrantMilestone;

  @Column({ name: 'amount_minor', type: 'integer' })
  amountMinor: number;

  @Column({ name: 'paid_on', type: 'date' })
  paidOn: string;

  /** The payment's reference in the funder's books. */
  @Column({ type: 'text', nullable: true })
  reference: string | null;

  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true })
  recordedById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
