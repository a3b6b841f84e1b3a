import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SHIFTS, Shift, HOURS_PER_WEEK_MAX, JOB_STATUSES, JobStatus, SECTORS, Sector, WAGE_PERIODS, WagePeriod, WORK_LANGUAGES } from '@onward/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
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
import { Job } from '../job.entity';
import { commaList, emptyToNull, trim } from '../../../common/validation/transforms';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class WageDto {
  @ApiProperty({ description: 'Integer minor units (pence, cents).', example: 1250 })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  amountMinor: number;

  @ApiProperty({ example: 'GBP' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be a three-letter ISO 4217 code such as GBP' })
  currency: string;

  @ApiProperty({ enum: WAGE_PERIODS })
  @IsIn(WAGE_PERIODS)
  period: WagePeriod;
}

export class SaveJobDto {
  @ApiProperty({ example: 'Kitchen assistant' })
  @Transform(trim)
  @IsString()
  @Length(3, 120)
  title: string;

  @ApiProperty({ description: 'Plain language: what the work is, where, when.' })
  @Transform(trim)
  @IsString()
  @Length(20, 5000)
  description: string;

  @ApiProperty({ type: [String], description: 'Skill codes from the taxonomy.' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  requiredSkills: string[];

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  preferredSkills: string[];

  @ApiProperty({ enum: SECTORS })
  @IsIn(SECTORS)
  sector: Sector;

  @ApiProperty({ description: 'Where the work is (or where the contract is based, for remote work).' })
  @IsString()
  @Length(2, 40)
  regionCode: string;

  @ApiProperty()
  @IsBoolean()
  remote: boolean;

  @ApiProperty({ type: WageDto })
  @IsObject()
  @ValidateNested()
  @Type(() => WageDto)
  wage: WageDto;

  @ApiProperty({ minimum: 1, maximum: HOURS_PER_WEEK_MAX })
  @IsInt()
  @Min(1)
  @Max(HOURS_PER_WEEK_MAX)
  hoursPerWeek: number;

  @ApiProperty({ type: [String], enum: WORK_LANGUAGES, isArray: true, description: 'Languages the work needs (ISO 639-1).' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsIn(WORK_LANGUAGES, { each: true, message: 'languages must be ISO 639-1 codes Onward knows, e.g. en, es, ar' })
  languages: string[];

  @ApiPropertyOptional({ enum: SHIFTS, isArray: true, description: 'When the hours fall. Left out or empty: flexible, fits anyone.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SHIFTS.length)
  @IsIn(SHIFTS, { each: true })
  shifts?: Shift[];

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MaxLength(2000)
  trainingOffered?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Adjustments offered: flexible hours, step-free access, childcare...' })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MaxLength(2000)
  accommodations?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2027-01-04' })
  @IsOptional()
  @Matches(DATE, { message: 'startDate must be a date like 2027-01-04' })
  @IsISO8601({ strict: true })
  startDate?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-12-20', description: 'Last day to apply.' })
  @IsOptional()
  @Matches(DATE, { message: 'closingDate must be a date like 2026-12-20' })
  @IsISO8601({ strict: true })
  closingDate?: string | null;
}

export class JobIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'id must be a UUID' })
  id: string;
}

export class JobListQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Staff only: one employer’s jobs.' })
  @IsOptional()
  @IsUUID('4', { message: 'employerId must be a UUID' })
  employerId?: string;

  @ApiPropertyOptional({ description: 'Comma-separated statuses.', example: 'draft,published' })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @IsIn(JOB_STATUSES, { each: true, message: `status must be among: ${JOB_STATUSES.join(', ')}` })
  status?: JobStatus[];
}

export class WageViewDto {
  @ApiProperty()
  amountMinor: number;

  @ApiProperty()
  currency: string;

  @ApiProperty({ enum: WAGE_PERIODS })
  period: WagePeriod;
}

/** The employer's (and staff's) view of a job. */
export class JobDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  employerId: string;

  @ApiProperty()
  employerName: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ type: [String] })
  requiredSkills: string[];

  @ApiProperty({ type: [String] })
  preferredSkills: string[];

  @ApiProperty({ enum: SECTORS })
  sector: Sector;

  @ApiProperty()
  regionCode: string;

  @ApiProperty()
  regionName: string;

  @ApiProperty()
  remote: boolean;

  @ApiProperty({ type: WageViewDto })
  wage: WageViewDto;

  @ApiProperty({ description: 'The wage per hour in minor units, as compared with the floor.' })
  hourlyWageMinor: number;

  @ApiProperty()
  hoursPerWeek: number;

  @ApiProperty({ type: [String] })
  languages: string[];

  @ApiProperty({ enum: SHIFTS, isArray: true })
  shifts: Shift[];

  @ApiProperty({ type: String, nullable: true })
  trainingOffered: string | null;

  @ApiProperty({ type: String, nullable: true })
  accommodations: string | null;

  @ApiProperty({ type: String, nullable: true })
  startDate: string | null;

  @ApiProperty({ type: String, nullable: true })
  closingDate: string | null;

  @ApiProperty({ enum: JOB_STATUSES })
  status: JobStatus;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  publishedAt: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  closedAt: string | null;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  static from(job: Job): JobDto {
    return {
      id: job.id,
      employerId: job.employerId,
      employerName: job.employer?.name ?? '',
      title: job.title,
      description: job.description,
      requiredSkills: job.requiredSkills,
      preferredSkills: job.preferredSkills,
      sector: job.sector,
      regionCode: job.regionCode,
      regionName: job.region?.name ?? job.regionCode,
      remote: job.remote,
      wage: { amountMinor: job.wageMinor, currency: job.wageCurrency, period: job.wagePeriod },
      hourlyWageMinor: job.hourlyWageMinor,
      hoursPerWeek: job.hoursPerWeek,
      languages: job.languages,
      shifts: job.shifts,
      trainingOffered: job.trainingOffered,
      accommodations: job.accommodations,
      startDate: job.startDate,
      closingDate: job.closingDate,
      status: job.status,
      publishedAt: job.publishedAt?.toISOString() ?? null,
      closedAt: job.closedAt?.toISOString() ?? null,
      updatedAt: job.updatedAt.toISOString(),
    };
  }
}
