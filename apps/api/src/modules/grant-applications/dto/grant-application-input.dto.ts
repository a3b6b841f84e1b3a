import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GRANT_APPLICATION_STATUSES, GrantApplicationStatus, MILESTONES_MAX } from '@onward/shared';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { commaList, emptyToNull, trim } from '../../../common/validation/transforms';
import { PageQuery } from '../../../common/validation/page-query';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The largest amount a Postgres integer column holds comfortably, in minor units. */
const AMOUNT_MAX = 1_000_000_000;

export class CreateGrantApplicationDto {
  @ApiProperty({ format: 'uuid', description: 'An open grant programme.' })
  @IsUUID('4', { message: 'programmeId must be a UUID' })
  programmeId: string;

  @ApiProperty({ minLength: 50, maxLength: 5000, description: 'What the business is, what the money is for. Surrounding spaces are trimmed.' })
  @Transform(trim)
  @IsString()
  @Length(50, 5000, { message: 'businessPlan must be between 50 and 5000 characters' })
  businessPlan: string;

  @ApiProperty({ description: 'Integer minor units, in the programme currency; within the programme range.', example: 25000 })
  @IsInt()
  @Min(1)
  @Max(AMOUNT_MAX)
  requestedMinor: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Caseworkers: the survivor applied for. Survivors: omit (themself).' })
  @IsOptional()
  @IsUUID('4', { message: 'survivorId must be a UUID' })
  survivorId?: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 1000,
    description: 'Caseworkers applying on behalf: how and when the survivor agreed to this application. Required then; kept in the history.',
    example: 'Agreed in person at our office on 3 March; we wrote the plan together.',
  })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MaxLength(1000)
  survivorAgreement?: string | null;
}

export class AwardMilestoneDto {
  @ApiProperty({ example: 'Stall licence bought' })
  @Transform(trim)
  @IsString()
  @Length(3, 200)
  title: string;

  @ApiProperty({ example: '2027-03-31', description: 'YYYY-MM-DD, not before today.' })
  @Matches(DATE, { message: 'dueDate must be a date like 2027-03-31' })
  @IsISO8601({ strict: true }, { message: 'dueDate must be a real calendar date' })
  dueDate: string;

  @ApiProperty({ description: 'Integer minor units released when the milestone is met; may be 0.', example: 10000 })
  @IsInt()
  @Min(0)
  @Max(AMOUNT_MAX)
  trancheMinor: number;
}

export class AwardGrantApplicationDto {
  @ApiProperty({ description: 'Integer minor units, at most the programme maximum. The tranches must add up to it.', example: 30000 })
  @IsInt()
  @Min(1)
  @Max(AMOUNT_MAX)
  amountMinor: number;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, description: 'What the award is for; the survivor sees it.' })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @ApiProperty({ type: [AwardMilestoneDto], minItems: 1, maxItems: MILESTONES_MAX, description: 'Kept in due-date order (ties in the order given).' })
  @IsArray()
  @ArrayMinSize(1, { message: 'milestones must name at least one milestone' })
  @ArrayMaxSize(MILESTONES_MAX, { message: `milestones may name at most ${MILESTONES_MAX} milestones` })
  @ValidateNested({ each: true })
  @Type(() => AwardMilestoneDto)
  milestones: AwardMilestoneDto[];
}

export class DeclineGrantApplicationDto {
  @ApiProperty({ maxLength: 2000, description: 'Why; the survivor sees it.' })
  @Transform(trim)
  @IsString()
  @Length(1, 2000, { message: 'note must say why the application is declined' })
  note: string;
}

export class WithdrawGrantApplicationDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class MilestoneStatusDto {
  @ApiProperty({ enum: ['met', 'missed'] })
  @IsIn(['met', 'missed'], { message: 'status must be met or missed' })
  status: 'met' | 'missed';

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class TradingEndedDto {
  @ApiProperty({ example: '2027-06-30', description: 'The last day the business traded: not before the award, not after today.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'endedOn must be a date like 2027-06-30' })
  @IsISO8601({ strict: true }, { message: 'endedOn must be a real date' })
  endedOn: string;
}

export class RecordDisbursementDto {
  @ApiProperty({ description: 'Integer minor units, in the award currency.', example: 10000 })
  @IsInt()
  @Min(1)
  @Max(AMOUNT_MAX)
  amountMinor: number;

  @ApiProperty({ example: '2027-01-15', description: 'YYYY-MM-DD, not in the future.' })
  @Matches(DATE, { message: 'paidOn must be a date like 2027-01-15' })
  @IsISO8601({ strict: true }, { message: 'paidOn must be a real calendar date' })
  paidOn: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, description: "The payment's reference in the funder's books." })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MaxLength(200)
  reference?: string | null;
}

export class GrantApplicationIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'id must be a UUID' })
  id: string;
}

export class GrantMilestoneParams extends GrantApplicationIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'milestoneId must be a UUID' })
  milestoneId: string;
}

export class GrantApplicationListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Comma-separated statuses.', example: 'submitted,in_review' })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @IsIn(GRANT_APPLICATION_STATUSES, { each: true, message: `status must be among: ${GRANT_APPLICATION_STATUSES.join(', ')}` })
  status?: GrantApplicationStatus[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4', { message: 'programmeId must be a UUID' })
  programmeId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Caseworkers: one survivor of their organisation.' })
  @IsOptional()
  @IsUUID('4', { message: 'survivorId must be a UUID' })
  survivorId?: string;
}
