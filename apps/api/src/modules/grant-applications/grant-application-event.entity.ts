import { GrantApplicationStatus } from '@onward/shared';
import { Column, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { GrantApplication } from './grant-application.entity';

/** One step in a grant application's history. */
@Entity({ name: 'grant_application_events' })
@Index('grant_application_events_application_idx', ['grantApplicationId', 'sequence'])
export class GrantApplicationEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'integer' })
  @Generated('increment')
  sequence: number;

  @Column({ name: 'grant_application_id', type: 'uuid' })
  grantApplicationId: string;

  @ManyToOne(() => GrantApplication, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grant_application_id' })
  grantApplication?: GrantApplication;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: GrantApplicationStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: GrantApplicationStatus;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}
