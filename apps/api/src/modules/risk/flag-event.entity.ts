import { FlagEventType, RiskLevel, SignalType } from '@onward/shared';
import { Column, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../identity/user.entity';
import { Flag } from './flag.entity';

/**
 * A flag's history: opened, raised, a signal joined, acknowledged, in progress, notes, resolved,
 * escalated. `sequence` keeps the order of events written in the same instant.
 */
@Entity({ name: 'flag_events' })
@Index('flag_events_flag_idx', ['flagId', 'sequence'])
export class FlagEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bigint' })
  @Generated('increment')
  sequence: string;

  @Column({ name: 'flag_id', type: 'uuid' })
  flagId: string;

  @ManyToOne(() => Flag, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'flag_id' })
  flag?: Flag;

  @Column({ type: 'text' })
  type: FlagEventType;

  @Column({ type: 'timestamptz' })
  at: Date;

  /** Null for what the system did (opened, raised, escalated). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: User | null;

  /** The level after an opening or a raise. */
  @Column({ type: 'text', nullable: true })
  level: RiskLevel | null;

  @Column({ name: 'signal_type', type: 'text', nullable: true })
  signalType: SignalType | null;

  /** A case note, or the resolution note. */
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
