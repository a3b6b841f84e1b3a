import { ConsentField } from '@onward/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organisation } from '../identity/organisation.entity';
import { SurvivorProfile } from './survivor-profile.entity';

/**
 * A survivor's consent to share fields of their profile with one employer: for all their
 * applications to it, or for one application. Active while granted, unexpired and unrevoked.
 */
@Entity({ name: 'consents' })
@Index('consents_survivor_idx', ['survivorId', 'grantedAt'])
@Index('consents_employer_idx', ['employerId', 'survivorId'])
export class Consent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'survivor_id', type: 'uuid' })
  survivorId: string;

  @ManyToOne(() => SurvivorProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survivor_id' })
  survivor?: SurvivorProfile;

  @Column({ name: 'employer_id', type: 'uuid' })
  employerId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employer_id' })
  employer?: Organisation;

  /** Set: the consent covers this application only. Null: every application to the employer. */
  @Column({ name: 'application_id', type: 'uuid', nullable: true })
  applicationId: string | null;

  /** What may be shared beyond the pseudonym, which is always shared. */
  @Column({ type: 'text', array: true })
  fields: ConsentField[];

  @Column({ name: 'granted_at', type: 'timestamptz' })
  grantedAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** The survivor, or their caseworker recording the survivor's consent. */
  @Column({ name: 'granted_by_id', type: 'uuid', nullable: true })
  grantedById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
