import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PLACEMENT_END_REASONS, PlacementEndReason } from '@onward/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { emptyToNull, trim } from '../../../common/validation/transforms';
import { WageViewDto } from '../../jobs/dto/job.dto';
import { Placement } from '../placement.entity';
import { PageQuery } from '../../../common/validation/page-query';
import { SurvivorRefDto } from '../../survivors/dto/survivor.dto';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class EndPlacementDto {
  @ApiProperty({ example: '2027-03-31', description: 'The last day of work: not before the start date, not after today.' })
  @Matches(DATE, { message: 'endDate must be a date like 2027-03-31' })
  @IsISO8601({ strict: true }, { message: 'endDate must be a real date' })
  endDate: string;

  @ApiProperty({ enum: PLACEMENT_END_REASONS })
  @IsIn(PLACEMENT_END_REASONS)
  reason: PlacementEndReason;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, description: 'Seen by the survivor and their caseworkers, never by the employer.' })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class PlacementIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'id must be a UUID' })
  id: string;
}

export class PlacementListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "Caseworkers only: one survivor's placements." })
  @IsOptional()
  @IsUUID('4', { message: 'survivorId must be a UUID' })
  survivorId?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: still running; false: ended. Left out: both.' })
  @IsOptional()
  @Transform(trim)
  @IsIn(['true', 'false'])
  active?: 'true' | 'false';
}

export class PlacementJobDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
}

export class PlacementJobDetailDto extends PlacementJobDto {
  @ApiProperty({ format: 'uuid' }) employerId: string;
  @ApiProperty() employerName: string;
}

const wageOf = (placement: Placement): WageViewDto => ({ amountMinor: placement.wageMinor, currency: placement.wageCurrency, period: placement.wagePeriod });

/** A placement as the survivor and their organisation's caseworkers see it. */
export class PlacementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', type: String, nullable: true, description: 'The application whose hire made it.' }) applicationId: string | null;
  @ApiProperty({ type: SurvivorRefDto }) survivor: SurvivorRefDto;
  @ApiProperty({ type: PlacementJobDetailDto }) job: PlacementJobDetailDto;
  @ApiProperty({ example: '2027-01-04' }) startDate: string;
  @ApiProperty({ type: String, nullable: true, example: '2027-03-31' }) endDate: string | null;
  @ApiProperty({ enum: PLACEMENT_END_REASONS, nullable: true, type: String }) endReason: PlacementEndReason | null;
  @ApiProperty({ type: String, nullable: true }) endNote: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['survivor', 'employer', 'caseworker'], description: 'Who recorded the end.' }) endedByRole: string | null;
  @ApiProperty({ description: 'Still running: no end recorded.' }) active: boolean;
  @ApiProperty() hoursPerWeek: number;
  @ApiProperty({ type: WageViewDto }) wage: WageViewDto;
  @ApiProperty() createdAt: Date;

  static from(placement: Placement): PlacementDto {
    return {
      id: placement.id,
      applicationId: placement.applicationId,
      survivor: { id: placement.survivorId, pseudonym: placement.survivor?.pseudonym ?? '' },
      job: { id: placement.jobId, title: placement.job?.title ?? '', employerId: placement.employerId, employerName: placement.employer?.name ?? '' },
      startDate: placement.startDate,
      endDate: placement.endDate,
      endReason: placement.endReason,
      endNote: placement.endNote,
      endedByRole: placement.endedByRole,
      active: placement.endDate === null,
      hoursPerWeek: placement.hoursPerWeek,
      wage: wageOf(placement),
      createdAt: placement.createdAt,
    };
  }
}

export class EmployerSurvivorRefDto {
  @ApiProperty() pseudonym: string;
}

/**
 * A placement as its employer sees it. An allowlist built field by field: the survivor is their
 * pseudonym only, and the end note (staff and survivor only) is never here. The end reason is
 * shown only when the employer recorded the end itself: a survivor who left saying "unsafe" must
 * not have that reason read by the employer they left.
 */
export class EmployerPlacementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: PlacementJobDto }) job: PlacementJobDto;
  @ApiProperty({ type: EmployerSurvivorRefDto }) survivor: EmployerSurvivorRefDto;
  @ApiProperty({ example: '2027-01-04' }) startDate: string;
  @ApiProperty({ type: String, nullable: true }) endDate: string | null;
  @ApiProperty({ enum: PLACEMENT_END_REASONS, nullable: true, type: String, description: 'Null while running, and when the survivor or a caseworker recorded the end.' })
  endReason: PlacementEndReason | null;
  @ApiProperty() hoursPerWeek: number;
  @ApiProperty({ type: WageViewDto }) wage: WageViewDto;

  static from(placement: Placement): EmployerPlacementDto {
    return {
      id: placement.id,
      job: { id: placement.jobId, title: placement.job?.title ?? '' },
      survivor: { pseudonym: placement.survivor?.pseudonym ?? '' },
      startDate: placement.startDate,
      endDate: placement.endDate,
      endReason: placement.endedByRole === 'employer' ? placement.endReason : null,
      hoursPerWeek: placement.hoursPerWeek,
      wage: wageOf(placement),
    };
  }
}

export class PlacementPageDto {
  @ApiProperty({ type: [PlacementDto] }) items: PlacementDto[];
  @ApiProperty() total: number;
}

export class EmployerPlacementPageDto {
  @ApiProperty({ type: [EmployerPlacementDto] }) items: EmployerPlacementDto[];
  @ApiProperty() total: number;
}
