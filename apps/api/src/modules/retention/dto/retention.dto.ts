import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PLACEMENT_END_REASONS, PlacementEndReason, RETENTION_GROUPS, RETENTION_SUBJECTS, RetentionGroup, RetentionSubject } from '@onward/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { trim } from '../../../common/validation/transforms';
import { CheckInDto } from '../../check-ins/dto/check-in.dto';
import { FlagSummaryDto, SignalDto } from '../../risk/dto/flag.dto';
import { SurvivorRefDto } from '../../survivors/dto/survivor.dto';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class RetentionQuery {
  @ApiPropertyOptional({ enum: RETENTION_SUBJECTS, description: 'placements (left out): jobs kept; grants: grant-funded businesses still trading.' })
  @IsOptional()
  @Transform(trim)
  @IsIn(RETENTION_SUBJECTS)
  subject?: RetentionSubject;

  @ApiPropertyOptional({
    enum: RETENTION_GROUPS,
    description: 'Left out: the overall figures only. For grants, employer is the funder, job the grant programme, sector the business sector.',
  })
  @IsOptional()
  @Transform(trim)
  @IsIn(RETENTION_GROUPS)
  groupBy?: RetentionGroup;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'Starts (or awards) on or after this day.' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date like 2026-01-01' })
  @IsISO8601({ strict: true }, { message: 'from must be a real date' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Starts (or awards) on or before this day.' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be a date like 2026-12-31' })
  @IsISO8601({ strict: true }, { message: 'to must be a real date' })
  to?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: "true: every group's curve too (the overall curve is always there)." })
  @IsOptional()
  @Transform(trim)
  @IsIn(['true', 'false'])
  curves?: 'true' | 'false';

  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'csv: the table as a spreadsheet download.' })
  @IsOptional()
  @Transform(trim)
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

export class RetentionPointDto {
  @ApiProperty() day: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Kaplan-Meier estimate of still being in work (or trading) on this day, 0 to 1; null when nobody was followed that long (the estimate would only repeat the last value).' })
  survival: number | null;
  @ApiProperty({ description: 'Still running on this day.' }) atRisk: number;
}

export class CurvePointDto {
  @ApiProperty() time: number;
  @ApiProperty() survival: number;
  @ApiProperty() atRisk: number;
}

export class RetentionGroupDto {
  @ApiProperty({ description: 'The group: an id, a sector code or a cohort like 2026-03 or 2026-Q1; "all" for the overall figures.' }) key: string;
  @ApiProperty() label: string;
  @ApiProperty({ description: 'Placements (or businesses) counted.' }) count: number;
  @ApiProperty() ended: number;
  @ApiProperty({ description: 'Still running: censored at today.' }) censored: number;
  @ApiProperty({ type: [RetentionPointDto] }) points: RetentionPointDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'Median days; null: not reached.' }) medianDays: number | null;
  @ApiPropertyOptional({ type: [CurvePointDto] }) curve?: CurvePointDto[];
}

export class RetentionReportDto {
  @ApiProperty({ enum: RETENTION_SUBJECTS }) subject: RetentionSubject;
  @ApiProperty({ type: String, enum: RETENTION_GROUPS, nullable: true }) groupBy: RetentionGroup | null;
  @ApiProperty({ type: String, nullable: true }) from: string | null;
  @ApiProperty({ type: String, nullable: true }) to: string | null;
  @ApiProperty({ description: 'The day running placements are censored at.' }) asOf: string;
  @ApiProperty({ type: [Number] }) days: number[];
  @ApiProperty({ type: RetentionGroupDto }) overall: RetentionGroupDto;
  @ApiProperty({ type: [RetentionGroupDto], description: 'Largest first.' }) groups: RetentionGroupDto[];
  @ApiProperty({ description: 'Admins only: groups under 5 placements, shown combined as "small-groups" (or left out while the combination is under 5 too). 0 for caseworkers.' })
  smallGroupsCombined: number;
}

export class TimelinePlacementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() jobTitle: string;
  @ApiProperty() employerName: string;
  @ApiProperty() startDate: string;
  @ApiProperty({ type: String, nullable: true }) endDate: string | null;
  @ApiProperty({ type: String, enum: PLACEMENT_END_REASONS, nullable: true }) endReason: PlacementEndReason | null;
  @ApiProperty({ description: 'Days in work: to the end, or to today while it runs.' }) tenureDays: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Days without work between the previous placement and this one; null for the first.' }) gapBeforeDays: number | null;
}

export class SurvivorTimelineDto {
  @ApiProperty({ type: SurvivorRefDto }) survivor: SurvivorRefDto;
  @ApiProperty({ type: TimelinePlacementDto, nullable: true, description: 'The placement running now, if any.' }) current: TimelinePlacementDto | null;
  @ApiProperty({ description: 'Days in work across every placement.' }) totalTenureDays: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Days since the last placement ended, while there is none now.' }) currentGapDays: number | null;
  @ApiProperty({ type: [TimelinePlacementDto], description: 'Newest first.' }) placements: TimelinePlacementDto[];
  @ApiProperty({ type: [CheckInDto], description: 'Newest due first.' }) checkIns: CheckInDto[];
  @ApiProperty({ type: [SignalDto], description: 'Newest first.' }) signals: SignalDto[];
  @ApiProperty({ type: [FlagSummaryDto], description: 'Newest first.' }) flags: FlagSummaryDto[];
}
