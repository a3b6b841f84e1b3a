import { VettingChecklistItem, VettingStatus } from '@onward/shared';
import { Column, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organisation } from '../identity/organisation.entity';
import { User } from '../identity/user.entity';

export interface ChecklistAnswer {
  item: VettingChecklistItem;
  confirmed: boolean;
  note: string | null;
  evidenceReference: string | null;
}

/** One step of an employer's vetting history: who moved it, when, why, and on what evidence. */
@Entity({ name: 'vetting_events' })
@Index('vetting_events_employer_idx', ['employerId', 'occurredAt'])
export class VettingEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'employer_id', type: 'uuid' })
  employerId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employer_id' })
  employer?: Organisation;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: VettingStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: VettingStatus;

  /** Null when the system made the change (a concern report holding publication). */
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_user_id' })
  actor?: User | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'jsonb', nullable: true })
  checklist: ChecklistAnswer[] | null;

  @Column({ name: 'vetted_until', type: 'timestamptz', nullable: true })
  vettedUntil: Date | null;

  @Column({ name: 'concern_id', type: 'uuid', nullable: true })
  concernId: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  /** Insertion order: breaks ties between events with the same timestamp. */
  @Column({ type: 'integer', select: true })
  @Generated('increment')
  sequence: number;
}
