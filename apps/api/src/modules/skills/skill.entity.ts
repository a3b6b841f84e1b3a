import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A label in every portal language. */
export interface SkillLabels {
  en: string;
  es: string;
  ar: string;
}

@Entity({ name: 'skill_groups' })
export class SkillGroup {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'jsonb' })
  labels: SkillLabels;

  @Column({ type: 'integer' })
  position: number;
}

/**
 * One skill of the taxonomy. Codes are stable forever: profiles and jobs refer to them. A skill
 * is retired rather than deleted.
 */
@Entity({ name: 'skills' })
export class Skill {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Index('skills_group_code_idx')
  @Column({ name: 'group_code', type: 'text' })
  groupCode: string;

  @ManyToOne(() => SkillGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_code' })
  group?: SkillGroup;

  @Column({ type: 'jsonb' })
  labels: SkillLabels;

  /** The taxonomy version that last changed this skill. */
  @Column({ name: 'changed_in_version', type: 'integer' })
  changedInVersion: number;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}

/** Each change to the taxonomy makes a new version, so clients can tell when to reload it. */
@Entity({ name: 'skill_taxonomy_versions' })
export class SkillTaxonomyVersion {
  @PrimaryGeneratedColumn({ type: 'integer' })
  version: number;

  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'changed_by_id', type: 'uuid', nullable: true })
  changedById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
