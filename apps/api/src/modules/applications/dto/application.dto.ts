import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { APPLICATION_STATUSES, ApplicationStatus, CONSENT_DEFAULT_DAYS, CONSENT_FIELDS, CONSENT_MAX_DAYS, ConsentField, HOURS_PER_WEEK_MAX } from '@onward/shared';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsObject, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { commaList, emptyToNull } from '../../../common/validation/transforms';
import { WageDto } from '../../jobs/dto/job.dto';
import { ApplicationEvent } from '../application-event.entity';
import { Application } from '../application.entity';
import { PageQuery } from '../../../common/validation/page-query';
import { SurvivorRefDto } from '../../survivors/dto/survivor.dto';

const DATE = /^\d{4}-\d{2}-\d{2}$/;


export class CreateApplicationDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'jobId must be a UUID' })
  jobId: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, description: 'A note to the employer; they see it once the application is shared.' })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MaxLength(2000)
  message?: string | null;

  @ApiPropertyOptional({ format: 'uuid', description: 'Caseworkers only (required for them): the survivor applying. A survivor leaves it out.' })
  @IsOptional()
  @IsUUID('4', { message: 'survivorId must be a UUID' })
  survivorId?: string;

  @ApiPropertyOptional({ type: String, maxLength: 500, example: 'Agreed by phone on 3 December', description: 'Caseworkers only (required for them): how the survivor agreed to this application.' })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MaxLength(500)
  survivorAgreement?: string | null;
}

export class ShareConsentDto {
  @ApiProperty({ enum: CONSENT_FIELDS, isArray: true, description: 'What the employer may see beyond the pseudonym (always shared). May be empty.' })
  @IsArray()
  @ArrayMaxSize(CONSENT_FIELDS.length)
  @IsIn(CONSENT_FIELDS, { each: true })
  fields: ConsentField[];

  @ApiPropertyOptional({ minimum: 1, maximum: CONSENT_MAX_DAYS, default: CONSENT_DEFAULT_DAYS })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(CONSENT_MAX_DAYS)
  days?: number;
}

export class ShareApplicationDto {
  @ApiPropertyOptional({ type: ShareConsentDto, description: 'Give consent for this application first. Left out: an existing consent (for this employer or this application) must be active.' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ShareConsentDto)
  consent?: ShareConsentDto;
}

export class ApplicationNoteDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, description: 'Kept in the history; seen by the survivor and their caseworkers, never by the employer.' })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class HireDto {
  @ApiProperty({ example: '2027-01-04', description: 'The first day of work; at most a year ago.' })
  @Matches(DATE, { message: 'startDate must be a date like 2027-01-04' })
  @IsISO8601({ strict: true }, { message: 'startDate must be a real date' })
  startDate: string;

  @ApiProperty({ type: WageDto, description: "The agreed wage; the currency is the job's." })
  @IsObject()
  @ValidateNested()
  @Type(() => WageDto)
  wage: WageDto;

  @ApiProperty({ minimum: 1, maximum: HOURS_PER_WEEK_MAX })
  @IsInt()
  @Min(1)
  @Max(HOURS_PER_WEEK_MAX)
  hoursPerWeek: number;
}

export class ApplicationIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'id must be a UUID' })
  id: string;
}

export class ApplicationListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Comma-separated statuses.', example: 'shared,interview' })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @IsIn(APPLICATION_STATUSES, { each: true, message: `status must be among: ${APPLICATION_STATUSES.join(', ')}` })
  status?: ApplicationStatus[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4', { message: 'jobId must be a UUID' })
  jobId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "Caseworkers only: one survivor's applications." })
  @IsOptional()
  @IsUUID('4', { message: 'survivorId must be a UUID' })
  survivorId?: string;
}


export class ApplicationJobDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'uuid' }) employerId: string;
  @ApiProperty() employerName: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() remote: boolean;
}

export class ApplicationEventDto {
  @ApiProperty({ enum: APPLICATION_STATUSES, nullable: true, type: String, description: 'Null for the first step.' }) from: ApplicationStatus | null;
  @ApiProperty({ enum: APPLICATION_STATUSES }) to: ApplicationStatus;
  @ApiProperty() at: Date;
  @ApiProperty({ type: String, nullable: true, enum: ['survivor', 'employer', 'caseworker'], description: 'Who made the step.' }) actorRole: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;

  static from(event: ApplicationEvent): ApplicationEventDto {
    return { from: event.fromStatus, to: event.toStatus, at: event.occurredAt, actorRole: event.actorRole, note: event.note };
  }
}

/** A row of the survivor's or caseworker's list. */
export class ApplicationSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: ApplicationStatus;
  @ApiProperty() statusChangedAt: Date;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: String, nullable: true }) message: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'How the survivor agreed, when a caseworker applied for them.' }) survivorAgreement: string | null;
  @ApiProperty({ type: SurvivorRefDto }) survivor: SurvivorRefDto;
  @ApiProperty({ type: ApplicationJobDto }) job: ApplicationJobDto;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The placement the hire made.' }) placementId: string | null;

  static from(application: Application, placementId: string | null): ApplicationSummaryDto {
    return {
      id: application.id,
      status: application.status,
      statusChangedAt: application.statusChangedAt,
      createdAt: application.createdAt,
      message: application.message,
      survivorAgreement: application.survivorAgreement,
      survivor: { id: application.survivorId, pseudonym: application.survivor?.pseudonym ?? '' },
      job: {
        id: application.jobId,
        title: application.job?.title ?? '',
        employerId: application.employerId,
        employerName: application.employer?.name ?? '',
        regionCode: application.job?.regionCode ?? '',
        remote: application.job?.remote ?? false,
      },
      placementId,
    };
  }
}

/** One application, with its history oldest first: only for the survivor and their caseworkers. */
export class ApplicationDto extends ApplicationSummaryDto {
  @ApiProperty({ type: [ApplicationEventDto] }) history: ApplicationEventDto[];

  static withHistory(application: Application, placementId: string | null, history: ApplicationEvent[]): ApplicationDto {
    return { ...ApplicationSummaryDto.from(application, placementId), history: history.map(ApplicationEventDto.from) };
  }
}

export class ApplicationPageDto {
  @ApiProperty({ type: [ApplicationSummaryDto] }) items: ApplicationSummaryDto[];
  @ApiProperty() total: number;
}
