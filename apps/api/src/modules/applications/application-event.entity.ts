import { ApplicationStatus } from '@onward/shared';
import { Column, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Application } from './application.entity';

/** One step in an application's history. `sequence` keeps the order of steps made in the same instant. */
@Entity({ name: 'application_events' })
@Index('application_events_application_idx', ['applicationId', 'sequence'])
export class ApplicationEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'integer' })
  @Generated('increment')
  sequence: number;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: ApplicationStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: ApplicationStatus;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}
