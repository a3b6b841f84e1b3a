import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GRANT_PROGRAMME_STATUSES, GrantProgrammeStatus, SECTORS, Sector } from '@onward/shared';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsObject, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { GrantProgramme } from '../grant-programme.entity';
import { commaList, emptyToNull, trim } from '../../../common/validation/transforms';

export class AmountRangeDto {
  @ApiProperty({ description: 'Integer minor units.', example: 50000 })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  minMinor: number;

  @ApiProperty({ example: 250000 })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  maxMinor: number;

  @ApiProperty({ example: 'GBP' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be a three-letter ISO 4217 code such as GBP' })
  currency: string;
}

export class SaveGrantProgrammeDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Staff: the funder organisation. Funder members: omit (their own).' })
  @IsOptional()
  @IsUUID('4', { message: 'funderId must be a UUID' })
  funderId?: string;

  @ApiProperty({ example: 'Start-up grants for small food businesses' })
  @Transform(trim)
  @IsString()
  @Length(3, 120)
  title: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(20, 5000)
  description: string;

  @ApiProperty({ type: AmountRangeDto })
  @IsObject()
  @ValidateNested()
  @Type(() => AmountRangeDto)
  amount: AmountRangeDto;

  @ApiProperty({ description: 'Who may apply, in plain words.' })
  @Transform(trim)
  @IsString()
  @Length(3, 3000)
  eligibility: string;

  @ApiProperty({ type: [String], example: ['A short business plan (one page)'] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(2, 200, { each: true })
  requiredDocuments: string[];

  @ApiPropertyOptional({ enum: SECTORS, nullable: true, description: 'Null: any sector.' })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector | null;

  @ApiPropertyOptional({ type: String, nullable: true, minLength: 2, maxLength: 40, description: 'Null: every region.' })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @Length(2, 40)
  regionCode?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2027-03-31', description: 'Last day to apply.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'deadline must be a date like 2027-03-31' })
  @IsISO8601({ strict: true })
  deadline?: string | null;
}

export class GrantProgrammeIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'id must be a UUID' })
  id: string;
}

export class GrantProgrammeListQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4', { message: 'funderId must be a UUID' })
  funderId?: string;

  @ApiPropertyOptional({ description: 'Comma-separated statuses.', example: 'draft,open' })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @IsIn(GRANT_PROGRAMME_STATUSES, { each: true, message: `status must be among: ${GRANT_PROGRAMME_STATUSES.join(', ')}` })
  status?: GrantProgrammeStatus[];
}

export class AmountRangeViewDto {
  @ApiProperty()
  minMinor: number;

  @ApiProperty()
  maxMinor: number;

  @ApiProperty()
  currency: string;
}

export class GrantProgrammeDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  funderId: string;

  @ApiProperty()
  funderName: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ type: AmountRangeViewDto })
  amount: AmountRangeViewDto;

  @ApiProperty()
  eligibility: string;

  @ApiProperty({ type: [String] })
  requiredDocuments: string[];

  @ApiProperty({ enum: SECTORS, nullable: true })
  sector: Sector | null;

  @ApiProperty({ type: String, nullable: true })
  regionCode: string | null;

  @ApiProperty({ type: String, nullable: true })
  regionName: string | null;

  @ApiProperty({ type: String, nullable: true })
  deadline: string | null;

  @ApiProperty({ enum: GRANT_PROGRAMME_STATUSES })
  status: GrantProgrammeStatus;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  openedAt: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  closedAt: string | null;

  static from(programme: GrantProgramme): GrantProgrammeDto {
    return {
      id: programme.id,
      funderId: programme.funderId,
      funderName: programme.funder?.name ?? '',
      title: programme.title,
      description: programme.description,
      amount: { minMinor: programme.amountMinMinor, maxMinor: programme.amountMaxMinor, currency: programme.currency },
      eligibility: programme.eligibility,
      requiredDocuments: programme.requiredDocuments,
      sector: programme.sector,
      regionCode: programme.regionCode,
      regionName: programme.region?.name ?? null,
      deadline: programme.deadline,
      status: programme.status,
      openedAt: programme.openedAt?.toISOString() ?? null,
      closedAt: programme.closedAt?.toISOString() ?? null,
    };
  }
}
