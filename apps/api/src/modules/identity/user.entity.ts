import { Role } from '@onward/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organisation } from './organisation.entity';

@Entity({ name: 'users' })
@Check('users_role_check', `role IN ('survivor', 'employer', 'caseworker', 'admin')`)
@Check('users_email_lower_check', `email = lower(email)`)
// An organisation's accounts: the admin's account list and its counts by organisation.
@Index('users_organisation_idx', ['organisationId', 'role'])
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  /** Stored lower-cased; unique. */
  @Index('users_email_key', { unique: true })
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  /** A caseworker who is told when their organisation's follow-ups are overdue. */
  @Column({ name: 'is_supervisor', type: 'boolean', default: false })
  isSupervisor: boolean;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
