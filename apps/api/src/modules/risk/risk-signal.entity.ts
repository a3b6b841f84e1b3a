import { SignalType } from '@onward/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SurvivorProfile } from '../survivors/survivor-profile.entity';
import { Flag } from './flag.entity';

/**
 * One sign of renewed risk: the event it came from (a check-in, a placement, a vetting event,
 * a milestone) by type and id, never by content. A source yields a type at most once, so a scan
 * that runs twice records nothing new.
 */
@Entity({ name: 'risk_signals' })
@Index('risk_signals_source_key', ['survivorId', 'type', 'sourceId'], { unique: true, where: 'source_id IS NOT NULL' })
@Index('risk_signals_survivor_idx', ['survivorId', 'occurredAt'])
@Index('risk_signals_flag_idx', ['flagId'])
export class RiskSignal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'survivor_id', type: 'uuid' })
  survivorId: string;

  @ManyToOne(() => SurvivorProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survivor_id' })
  survivor?: SurvivorProfile;

  @Column({ type: 'text' })
  type: SignalType;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  /** check_in, placement, vetting_event, concern, milestone, alarm. */
  @Column({ name: 'source_type', type: 'text' })
  sourceType: string;

  /** Null only for the survivor's alarm: every press counts. */
  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId: string | null;

  /** The flag it joined; null until one is opened for it. */
  @Column({ name: 'flag_id', type: 'uuid', nullable: true })
  flagId: string | null;

  @ManyToOne(() => Flag, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'flag_id' })
  flag?: Flag | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
