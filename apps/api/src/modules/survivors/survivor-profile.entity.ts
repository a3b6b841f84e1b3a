import { LanguageLevel, Sector, Shift, SkillLevel, WorkplacePreference } from '@onward/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organisation } from '../identity/organisation.entity';
import { User } from '../identity/user.entity';
import { Region } from '../regions/region.entity';

export interface SurvivorSkill {
  code: string;
  level: SkillLevel;
  years: number;
}

export interface SurvivorLanguage {
  code: string;
  level: LanguageLevel;
}

/**
 * A survivor's profile, kept by their service provider. The pseudonym is what everyone sees;
 * legal name, date of birth, phone and email live only in `sealedPersonal`, encrypted with
 * the key named in `personalKeyId`.
 */
/** A profile with nothing said yet about skills, languages, region, availability, preferences or exclusions. */
export const EMPTY_PROFILE_DETAILS = {
  skills: [],
  skillCodes: [],
  languages: [],
  languageCodes: [],
  regionCode: null,
  hoursPerWeek: null,
  shifts: [],
  workplace: 'either',
  preferredSectors: [],
  minimumHourlyWageMinor: null,
  excludedRegionCodes: [],
  excludedEmployerIds: [],
  excludedSectors: [],
} satisfies Partial<SurvivorProfile>;

@Entity({ name: 'survivor_profiles' })
@Check('survivor_profiles_workplace_check', `workplace IN ('on_site', 'remote', 'either')`)
@Check('survivor_profiles_hours_check', `hours_per_week IS NULL OR hours_per_week BETWEEN 1 AND 60`)
@Check('survivor_profiles_wage_check', `minimum_hourly_wage_minor IS NULL OR minimum_hourly_wage_minor >= 0`)
@Check('survivor_profiles_erasure_check', `(erased_at IS NULL) = (erasure_reason IS NULL)`)
@Index('survivor_profiles_organisation_idx', ['organisationId', 'regionCode'])
@Index('survivor_profiles_caseworker_idx', ['caseworkerId'])
@Index('survivor_profiles_user_idx', ['userId'], { unique: true, where: 'user_id IS NOT NULL' })
export class SurvivorProfile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The service provider that serves the survivor; its caseworkers, and only they, see the record. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ name: 'caseworker_id', type: 'uuid', nullable: true })
  caseworkerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'caseworker_id' })
  caseworker?: User | null;

  /** The survivor's own account, once they accepted an invitation. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user?: User | null;

  @Column({ type: 'text' })
  pseudonym: string;

  /** AES-256-GCM over a JSON object of legal name, date of birth, phone and email. */
  @Column({ name: 'sealed_personal', type: 'text' })
  sealedPersonal: string;

  @Column({ name: 'personal_key_id', type: 'text' })
  personalKeyId: string;

  @Column({ type: 'jsonb' })
  skills: SurvivorSkill[];

  /** The codes in `skills`, written with them, for indexed candidate retrieval. */
  @Index('survivor_profiles_skill_codes_idx', { synchronize: false })
  @Column({ name: 'skill_codes', type: 'text', array: true })
  skillCodes: string[];

  @Column({ type: 'jsonb' })
  languages: SurvivorLanguage[];

  @Column({ name: 'language_codes', type: 'text', array: true })
  languageCodes: string[];

  /** Never an address: the region sets which on-site jobs are in reach. */
  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode: string | null;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: Region | null;

  @Column({ name: 'hours_per_week', type: 'integer', nullable: true })
  hoursPerWeek: number | null;

  @Column({ type: 'text', array: true })
  shifts: Shift[];

  @Column({ type: 'text' })
  workplace: WorkplacePreference;

  @Column({ name: 'preferred_sectors', type: 'text', array: true })
  preferredSectors: Sector[];

  @Column({ name: 'minimum_hourly_wage_minor', type: 'integer', nullable: true })
  minimumHourlyWageMinor: number | null;

  /** Safety exclusions: never matched, never shown as candidates, whatever the score. */
  @Column({ name: 'excluded_region_codes', type: 'text', array: true })
  excludedRegionCodes: string[];

  @Column({ name: 'excluded_employer_ids', type: 'uuid', array: true })
  excludedEmployerIds: string[];

  @Column({ name: 'excluded_sectors', type: 'text', array: true })
  excludedSectors: Sector[];

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  /** When the survivor asked their caseworker to erase the record (they cannot erase it themself). */
  @Column({ name: 'erasure_requested_at', type: 'timestamptz', nullable: true })
  erasureRequestedAt: Date | null;

  /**
   * Set by erasure: personal details, free text and preferences are gone, and the database
   * refuses any further change to the record (migration DataRights1796400000000).
   */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  /** The caseworker's reason for the erasure; set with `erasedAt`. */
  @Column({ name: 'erasure_reason', type: 'text', nullable: true })
  erasureReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
