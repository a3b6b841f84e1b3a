import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EXPLANATION_CODES, Explanation } from '@onward/matching';
import { CANDIDATES_LIMIT_DEFAULT, CANDIDATES_LIMIT_MAX, MATCHES_LIMIT_DEFAULT, MATCHES_LIMIT_MAX, OPPORTUNITY_TYPES, OpportunityType, SECTORS, Sector, WAGE_PERIODS, WagePeriod } from '@onward/shared';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class MatchesQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MATCHES_LIMIT_MAX, default: MATCHES_LIMIT_DEFAULT, description: 'How many jobs, and how many grants.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MATCHES_LIMIT_MAX)
  limit?: number;
}

export class CandidatesQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: CANDIDATES_LIMIT_MAX, default: CANDIDATES_LIMIT_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(CANDIDATES_LIMIT_MAX)
  limit?: number;
}

/** A reason or a gap: translate by `code`, fill from `params`; `text` is the English sentence. */
export class ExplanationDto {
  @ApiProperty({ enum: EXPLANATION_CODES }) code: Explanation['code'];
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Counts, skill codes, language codes, money in minor units with currency, sector.' })
  params: Record<string, string | number | string[]>;
  @ApiProperty() text: string;
}

export class MatchWageDto {
  @ApiProperty() amountMinor: number;
  @ApiProperty() currency: string;
  @ApiProperty({ enum: WAGE_PERIODS }) period: WagePeriod;
  @ApiProperty() hourlyMinor: number;
}

export class MatchAmountRangeDto {
  @ApiProperty() minMinor: number;
  @ApiProperty() maxMinor: number;
  @ApiProperty() currency: string;
}

/** One recommended opportunity with why it fits and what holds it back. */
export class MatchDto {
  @ApiProperty({ enum: OPPORTUNITY_TYPES }) type: OpportunityType;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'The employer, or the funder of a grant.' }) organisationName: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) score: number;
  @ApiProperty({ type: [ExplanationDto] }) reasons: ExplanationDto[];
  @ApiProperty({ type: [ExplanationDto] }) gaps: ExplanationDto[];
  @ApiProperty({ nullable: true, type: String }) regionCode: string | null;
  @ApiProperty({ nullable: true, type: String }) regionName: string | null;
  @ApiProperty() remote: boolean;
  @ApiProperty({ enum: SECTORS, nullable: true }) sector: Sector | null;
  @ApiProperty({ type: MatchWageDto, nullable: true, description: 'Jobs only.' }) wage: MatchWageDto | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Jobs only.' }) hoursPerWeek: number | null;
  @ApiProperty({ type: MatchAmountRangeDto, nullable: true, description: 'Grants only.' }) amount: MatchAmountRangeDto | null;
  @ApiProperty({ nullable: true, type: String, description: 'Grants only: last day to apply.' }) deadline: string | null;
}

export class MatchesDto {
  @ApiProperty({ type: [MatchDto] }) jobs: MatchDto[];
  @ApiProperty({ type: [MatchDto] }) grants: MatchDto[];
  @ApiProperty({ description: 'False while the profile has no region and no remote preference, or no skills: the page can say what to add.' })
  profileComplete: boolean;
}

/** A survivor of the caseworker's organisation who fits a job. */
export class CandidateDto {
  @ApiProperty({ format: 'uuid' }) survivorId: string;
  @ApiProperty() pseudonym: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) score: number;
  @ApiProperty({ type: [ExplanationDto] }) reasons: ExplanationDto[];
  @ApiProperty({ type: [ExplanationDto] }) gaps: ExplanationDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Their open application to this job, if any.' }) applicationStatus: string | null;
}

export class CandidatesDto {
  @ApiProperty({ format: 'uuid' }) jobId: string;
  @ApiProperty() jobTitle: string;
  @ApiProperty({ description: 'False when the employer may not publish now: nobody is matched to its jobs.' }) employerVetted: boolean;
  @ApiProperty({ type: [CandidateDto] }) candidates: CandidateDto[];
}
