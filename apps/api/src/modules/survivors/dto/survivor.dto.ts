import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LANGUAGE_LEVELS,
  LanguageLevel,
  PSEUDONYM_MAX_LENGTH,
  SAFETY_EXCLUSIONS_MAX,
  SECTORS,
  Sector,
  SHIFTS,
  Shift,
  SKILL_LEVELS,
  SkillLevel,
  SURVIVOR_LANGUAGES_MAX,
  SURVIVOR_SKILLS_MAX,
  WORK_LANGUAGES,
  WORKPLACE_PREFERENCES,
  WorkplacePreference,
} from '@onward/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { emptyToNull, trim } from '../../../common/validation/transforms';
import { SurvivorProfile } from '../survivor-profile.entity';
import { PageQuery } from '../../../common/validation/page-query';

/** The fields sealed at rest. Each may be left out or null. */
export class PersonalDetailsDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Maria Lopez' })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MaxLength(200)
  legalName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '1990-04-12', description: 'YYYY-MM-DD' })
  @IsOptional()
  @Transform(emptyToNull)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfBirth must be a date as YYYY-MM-DD' })
  dateOfBirth?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '+44 7700 900123' })
  @IsOptional()
  @Transform(emptyToNull)
  @Matches(/^\+?[0-9 ()-]{6,25}$/, { message: 'phone must be a phone number of digits, spaces and an optional +' })
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'maria@example.org' })
  @IsOptional()
  @Transform(emptyToNull)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string | null;
}

export class SurvivorSkillDto {
  @ApiProperty({ description: 'A skill code from the taxonomy.', example: 'food.kitchen_assistant' })
  @IsString()
  @MaxLength(60)
  code: string;

  @ApiProperty({ enum: SKILL_LEVELS })
  @IsIn(SKILL_LEVELS)
  level: SkillLevel;

  @ApiProperty({ minimum: 0, maximum: 60 })
  @IsInt()
  @Min(0)
  @Max(60)
  years: number;
}

export class SurvivorLanguageDto {
  @ApiProperty({ enum: WORK_LANGUAGES })
  @IsIn(WORK_LANGUAGES)
  code: string;

  @ApiProperty({ enum: LANGUAGE_LEVELS })
  @IsIn(LANGUAGE_LEVELS)
  level: LanguageLevel;
}

export class AvailabilityDto {
  @ApiProperty({ type: Number, nullable: true, description: 'Most hours a week; null: not said.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  hoursPerWeek: number | null;

  @ApiProperty({ enum: SHIFTS, isArray: true, description: 'Empty: any time.' })
  @IsArray()
  @ArrayMaxSize(SHIFTS.length)
  @IsIn(SHIFTS, { each: true })
  shifts: Shift[];
}

export class PreferencesDto {
  @ApiProperty({ enum: SECTORS, isArray: true, description: 'Empty: no preference.' })
  @IsArray()
  @ArrayMaxSize(SECTORS.length)
  @IsIn(SECTORS, { each: true })
  sectors: Sector[];

  @ApiProperty({ enum: WORKPLACE_PREFERENCES })
  @IsIn(WORKPLACE_PREFERENCES)
  workplace: WorkplacePreference;

  @ApiProperty({ type: Number, nullable: true, description: 'Lowest acceptable pay per hour, in minor units of the region currency.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  minimumHourlyWageMinor: number | null;
}

/** Regions, employers and sectors that must never be matched. Never shown to an employer. */
export class SafetyExclusionsDto {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(SAFETY_EXCLUSIONS_MAX)
  @IsString({ each: true })
  @Length(2, 40, { each: true })
  regionCodes: string[];

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(SAFETY_EXCLUSIONS_MAX)
  @IsUUID('4', { each: true, message: 'employerIds must be UUIDs' })
  employerIds: string[];

  @ApiProperty({ enum: SECTORS, isArray: true })
  @IsArray()
  @ArrayMaxSize(SECTORS.length)
  @IsIn(SECTORS, { each: true })
  sectors: Sector[];
}

/**
 * A profile's fields besides its pseudonym, each optional. (The pseudonym is declared by each
 * subclass: class-validator keeps a parent's @IsOptional, so a required field cannot be inherited.)
 */
class SurvivorFieldsDto {
  @ApiPropertyOptional({ type: PersonalDetailsDto, description: 'Fields sent replace the stored ones; fields left out stay.' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PersonalDetailsDto)
  personal?: PersonalDetailsDto;

  @ApiPropertyOptional({ type: [SurvivorSkillDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SURVIVOR_SKILLS_MAX)
  @ValidateNested({ each: true })
  @Type(() => SurvivorSkillDto)
  skills?: SurvivorSkillDto[];

  @ApiPropertyOptional({ type: [SurvivorLanguageDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SURVIVOR_LANGUAGES_MAX)
  @ValidateNested({ each: true })
  @Type(() => SurvivorLanguageDto)
  languages?: SurvivorLanguageDto[];

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @Length(2, 40)
  regionCode?: string | null;

  @ApiPropertyOptional({ type: AvailabilityDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AvailabilityDto)
  availability?: AvailabilityDto;

  @ApiPropertyOptional({ type: PreferencesDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PreferencesDto)
  preferences?: PreferencesDto;

  @ApiPropertyOptional({ type: SafetyExclusionsDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SafetyExclusionsDto)
  exclusions?: SafetyExclusionsDto;
}

/** Every field optional: what is sent changes, what is left out stays. */
export class UpdateSurvivorDto extends SurvivorFieldsDto {
  @ApiPropertyOptional({ maxLength: PSEUDONYM_MAX_LENGTH })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, PSEUDONYM_MAX_LENGTH)
  pseudonym?: string;
}

export class CreateSurvivorDto extends SurvivorFieldsDto {
  @ApiProperty({ maxLength: PSEUDONYM_MAX_LENGTH, description: 'The name shown everywhere by default. Not the legal name.' })
  @Transform(trim)
  @IsString()
  @Length(1, PSEUDONYM_MAX_LENGTH)
  pseudonym: string;

  @ApiPropertyOptional({ description: "Send an invitation so the survivor gets their own account (to this address, which is not stored on the profile unless given in personal.email).", example: 'maria@example.org' })
  @IsOptional()
  @IsEmail({}, { message: 'inviteEmail must be an email address' })
  @MaxLength(254)
  inviteEmail?: string;
}

export class InviteSurvivorDto {
  @ApiProperty({ example: 'maria@example.org' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;
}

export class SurvivorIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'id must be a UUID' })
  id: string;
}

export class SurvivorListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only survivors assigned to me.' })
  @IsOptional()
  @IsIn(['true', 'false'])
  mine?: 'true' | 'false';

  @ApiPropertyOptional({ description: 'Part of a pseudonym.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(60)
  q?: string;
}

export class PersonalDetailsViewDto {
  @ApiProperty({ nullable: true, type: String }) legalName: string | null;
  @ApiProperty({ nullable: true, type: String }) dateOfBirth: string | null;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
}

/** Who an application, placement or grant application is for, as staff and the survivor see it: never the legal name. */
export class SurvivorRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Never the legal name.' }) pseudonym: string;
}

export class PersonRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
}

export class NamedRefDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class SafetyExclusionsViewDto extends SafetyExclusionsDto {
  @ApiProperty({ type: [NamedRefDto], description: 'The excluded employers with their names.' })
  employers: NamedRefDto[];
}

/** The whole profile: only ever sent to the survivor and their organisation's caseworkers. */
export class SurvivorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() pseudonym: string;
  @ApiProperty({ type: PersonalDetailsViewDto }) personal: PersonalDetailsViewDto;
  @ApiProperty({ type: [SurvivorSkillDto] }) skills: SurvivorSkillDto[];
  @ApiProperty({ type: [SurvivorLanguageDto] }) languages: SurvivorLanguageDto[];
  @ApiProperty({ nullable: true, type: String }) regionCode: string | null;
  @ApiProperty({ nullable: true, type: String }) regionName: string | null;
  @ApiProperty({ type: AvailabilityDto }) availability: AvailabilityDto;
  @ApiProperty({ type: PreferencesDto }) preferences: PreferencesDto;
  @ApiProperty({ type: SafetyExclusionsViewDto }) exclusions: SafetyExclusionsViewDto;
  @ApiProperty({ type: PersonRefDto, nullable: true }) caseworker: PersonRefDto | null;
  @ApiProperty({ description: 'Whether the survivor has their own account.' }) hasAccount: boolean;
  @ApiProperty({ type: Date, nullable: true, description: 'When the survivor asked their caseworker to erase the record.' }) erasureRequestedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true, description: 'Set once the record is erased: it is then read-only.' }) erasedAt: Date | null;
  @ApiProperty({ type: String, nullable: true, description: "The caseworker's reason for the erasure." }) erasureReason: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;

  static from(profile: SurvivorProfile, personal: PersonalDetailsViewDto, employerNames: Map<string, string>): SurvivorDto {
    return {
      id: profile.id,
      pseudonym: profile.pseudonym,
      personal,
      skills: profile.skills.map(({ code, level, years }) => ({ code, level, years })),
      languages: profile.languages.map(({ code, level }) => ({ code, level })),
      regionCode: profile.regionCode,
      regionName: profile.region?.name ?? null,
      availability: { hoursPerWeek: profile.hoursPerWeek, shifts: profile.shifts },
      preferences: { sectors: profile.preferredSectors, workplace: profile.workplace, minimumHourlyWageMinor: profile.minimumHourlyWageMinor },
      exclusions: {
        regionCodes: profile.excludedRegionCodes,
        employerIds: profile.excludedEmployerIds,
        sectors: profile.excludedSectors,
        employers: profile.excludedEmployerIds.map((id) => ({ id, name: employerNames.get(id) ?? '' })),
      },
      caseworker: profile.caseworker ? { id: profile.caseworker.id, displayName: profile.caseworker.displayName } : null,
      hasAccount: profile.userId !== null,
      erasureRequestedAt: profile.erasureRequestedAt,
      erasedAt: profile.erasedAt,
      erasureReason: profile.erasureReason,
      createdAt: profile.createdAt,
      updatedAt: profile.updatedAt,
    };
  }
}

/** A row of the caseworker's list: pseudonym and matching facts, nothing sealed. */
export class SurvivorSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() pseudonym: string;
  @ApiProperty({ nullable: true, type: String }) regionCode: string | null;
  @ApiProperty({ nullable: true, type: String }) regionName: string | null;
  @ApiProperty() skillCount: number;
  @ApiProperty({ type: PersonRefDto, nullable: true }) caseworker: PersonRefDto | null;
  @ApiProperty() hasAccount: boolean;
  @ApiProperty() createdAt: Date;

  static from(profile: SurvivorProfile): SurvivorSummaryDto {
    return {
      id: profile.id,
      pseudonym: profile.pseudonym,
      regionCode: profile.regionCode,
      regionName: profile.region?.name ?? null,
      skillCount: profile.skills.length,
      caseworker: profile.caseworker ? { id: profile.caseworker.id, displayName: profile.caseworker.displayName } : null,
      hasAccount: profile.userId !== null,
      createdAt: profile.createdAt,
    };
  }
}

export class SurvivorPageDto {
  @ApiProperty({ type: [SurvivorSummaryDto] }) items: SurvivorSummaryDto[];
  @ApiProperty() total: number;
}
