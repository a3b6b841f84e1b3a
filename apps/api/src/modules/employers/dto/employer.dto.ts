import { Actor } from '../../../common/security/request-context';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONCERN_CATEGORIES,
  CONCERN_STATUSES,
  ConcernCategory,
  ConcernStatus,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  Role,
  SECTORS,
  Sector,
  VETTING_CHECKLIST,
  VETTING_STATUSES,
  VettingChecklistItem,
  VettingStatus,
} from '@onward/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ConcernReport } from '../concern-report.entity';
import { EmployerProfile } from '../employer-profile.entity';
import { ChecklistAnswer, VettingEvent } from '../vetting-event.entity';
import { commaList, trim } from '../../../common/validation/transforms';

export class EmployerAccountDto {
  @ApiProperty({ example: 'Jo Manager' })
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  displayName: string;

  @ApiProperty({ example: 'jo@greenvalley.example' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, { message: `password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters` })
  password: string;
}

export class RegisterEmployerDto {
  @ApiProperty({ description: 'The name survivors will see.', example: 'Green Valley Foods' })
  @Transform(trim)
  @IsString()
  @Length(2, 120)
  organisationName: string;

  @ApiProperty({ example: 'Green Valley Foods Ltd' })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  legalName: string;

  @ApiProperty({ description: 'Company or charity registration number.', example: '01234567' })
  @Transform(trim)
  @IsString()
  @Length(2, 50)
  registrationNumber: string;

  @ApiProperty({ enum: SECTORS })
  @IsIn(SECTORS)
  sector: Sector;

  @ApiProperty({ type: [String], description: 'Region codes where the employer has workplaces.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(2, 40, { each: true })
  regions: string[];

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  contactName: string;

  @ApiProperty()
  @IsEmail({}, { message: 'contactEmail must be an email address' })
  @MaxLength(254)
  contactEmail: string;

  @ApiProperty({ example: '+44 20 7946 0000' })
  @Matches(/^\+?[0-9 ()-]{6,30}$/, { message: 'contactPhone must be a phone number (digits, spaces, +, -, brackets)' })
  contactPhone: string;

  @ApiProperty({ type: EmployerAccountDto, description: 'The first member account; it is signed in at once.' })
  @IsObject()
  @ValidateNested()
  @Type(() => EmployerAccountDto)
  account: EmployerAccountDto;
}

export class ChecklistAnswerDto {
  @ApiProperty({ enum: VETTING_CHECKLIST })
  @IsIn(VETTING_CHECKLIST)
  item: VettingChecklistItem;

  @ApiProperty()
  @IsBoolean()
  confirmed: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'For caseworkers; never shown to the employer.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Where the evidence is kept (a file reference, not the document).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  evidenceReference?: string | null;
}

export class VettingDecisionDto {
  @ApiProperty({ enum: ['vetted', 'rejected'] })
  @IsIn(['vetted', 'rejected'])
  decision: 'vetted' | 'rejected';

  @ApiProperty({ type: ChecklistAnswerDto, isArray: true, description: 'Every checklist item, once.' })
  @IsArray()
  @ArrayMaxSize(VETTING_CHECKLIST.length * 2)
  @ValidateNested({ each: true })
  @Type(() => ChecklistAnswerDto)
  checklist: ChecklistAnswerDto[];

  @ApiPropertyOptional({ description: 'Required to reject; the employer sees it.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({ description: 'Last day the vetting is valid (YYYY-MM-DD); default one year from today.', example: '2027-11-28' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'vettedUntil must be a date like 2027-11-28' })
  vettedUntil?: string;
}

export class SuspendEmployerDto {
  @ApiProperty({ description: 'The employer sees it.' })
  @Transform(trim)
  @IsString()
  @Length(3, 2000)
  reason: string;
}

export class EmployerIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'id must be a UUID' })
  id: string;
}

export class EmployerListQuery {
  @ApiPropertyOptional({ description: 'Comma-separated statuses, e.g. pending,in_review.', example: 'pending,in_review' })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @IsIn(VETTING_STATUSES, { each: true, message: `status must be among: ${VETTING_STATUSES.join(', ')}` })
  status?: VettingStatus[];
}

export class ChecklistItemStateDto {
  @ApiProperty({ enum: VETTING_CHECKLIST })
  item: VettingChecklistItem;

  @ApiProperty({ type: Boolean, nullable: true, description: 'null: not reviewed yet.' })
  confirmed: boolean | null;
}

/** What the employer itself sees: its standing, never caseworkers' notes or who reported it. */
export class EmployerStandingDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: VETTING_STATUSES })
  status: VettingStatus;

  @ApiProperty({ description: 'Vetted, but the vetting has expired.' })
  expired: boolean;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  vettedUntil: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why it is rejected or suspended.' })
  reason: string | null;

  @ApiProperty({ description: 'Whether jobs can be published now.' })
  canPublish: boolean;

  @ApiProperty({ type: String, nullable: true, description: 'Why not, when canPublish is false.' })
  publishingBlockedBecause: string | null;

  @ApiProperty({ type: ChecklistItemStateDto, isArray: true, description: 'The latest review, item by item.' })
  checklist: ChecklistItemStateDto[];
}

export class EmployerSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  legalName: string;

  @ApiProperty({ enum: SECTORS })
  sector: Sector;

  @ApiProperty({ type: [String] })
  regions: string[];

  @ApiProperty({ enum: VETTING_STATUSES })
  status: VettingStatus;

  @ApiProperty()
  expired: boolean;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  vettedUntil: string | null;

  @ApiProperty({ format: 'date-time' })
  statusChangedAt: string;

  @ApiProperty({ format: 'date-time' })
  registeredAt: string;

  static from(profile: EmployerProfile, now: Date): EmployerSummaryDto {
    return {
      id: profile.organisationId,
      name: profile.organisation!.name,
      legalName: profile.legalName,
      sector: profile.sector,
      regions: profile.regions,
      status: profile.vettingStatus,
      expired: isExpired(profile, now),
      vettedUntil: profile.vettedUntil?.toISOString() ?? null,
      statusChangedAt: profile.statusChangedAt.toISOString(),
      registeredAt: profile.createdAt.toISOString(),
    };
  }
}

export const isExpired = (profile: EmployerProfile, now: Date) =>
  profile.vettingStatus === 'vetted' && profile.vettedUntil !== null && profile.vettedUntil.getTime() <= now.getTime();

export class ChecklistAnswerViewDto {
  @ApiProperty({ enum: VETTING_CHECKLIST })
  item: VettingChecklistItem;

  @ApiProperty()
  confirmed: boolean;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiProperty({ type: String, nullable: true })
  evidenceReference: string | null;

  static from(answer: ChecklistAnswer): ChecklistAnswerViewDto {
    return { item: answer.item, confirmed: answer.confirmed, note: answer.note, evidenceReference: answer.evidenceReference };
  }
}

export class VettingEventDto {
  @ApiProperty({ enum: VETTING_STATUSES, nullable: true })
  from: VettingStatus | null;

  @ApiProperty({ enum: VETTING_STATUSES })
  to: VettingStatus;

  @ApiProperty({ type: String, nullable: true, description: 'Who made the change; null when the system did (a concern hold).' })
  by: string | null;

  @ApiProperty({ type: String, nullable: true })
  reason: string | null;

  @ApiProperty({ type: ChecklistAnswerViewDto, isArray: true, nullable: true })
  checklist: ChecklistAnswerViewDto[] | null;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  vettedUntil: string | null;

  @ApiProperty({ description: 'The change came from a concern report.' })
  fromConcern: boolean;

  @ApiProperty({ format: 'date-time' })
  at: string;

  static from(event: VettingEvent): VettingEventDto {
    return {
      from: event.fromStatus,
      to: event.toStatus,
      by: event.actor?.displayName ?? null,
      reason: event.reason,
      checklist: event.checklist?.map(ChecklistAnswerViewDto.from) ?? null,
      vettedUntil: event.vettedUntil?.toISOString() ?? null,
      fromConcern: event.concernId !== null,
      at: event.occurredAt.toISOString(),
    };
  }
}

export class ConcernDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  employerId: string;

  @ApiProperty()
  employerName: string;

  @ApiProperty({ enum: CONCERN_CATEGORIES })
  category: ConcernCategory;

  @ApiProperty()
  details: string;

  @ApiProperty({ enum: CONCERN_STATUSES })
  status: ConcernStatus;

  @ApiProperty({ description: 'A forced-labour indicator: publication is held while it is open.' })
  holdsPublication: boolean;

  @ApiProperty({ type: String, nullable: true, description: "The reporter's role; null when reported without signing in. Never their name." })
  reporterRole: Role | null;

  @ApiProperty({ description: "The reporter belongs to the viewer's own organisation (their caseworker can follow up)." })
  reporterInYourOrganisation: boolean;

  @ApiProperty({ format: 'date-time' })
  reportedAt: string;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  reviewedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  reviewNote: string | null;

  /** As `viewer` sees it: whether the reporter is of the viewer's organisation is the one field that depends on who asks. */
  static from(report: ConcernReport, viewer: Pick<Actor, 'organisationId'>): ConcernDto {
    return {
      id: report.id,
      employerId: report.employerId,
      employerName: report.employer?.name ?? '',
      category: report.category,
      details: report.details,
      status: report.status,
      holdsPublication: report.heldPublication && report.status === 'open',
      reporterRole: report.reporterRole,
      reporterInYourOrganisation: report.reporterOrganisationId !== null && report.reporterOrganisationId === viewer.organisationId,
      reportedAt: report.reportedAt.toISOString(),
      reviewedAt: report.reviewedAt?.toISOString() ?? null,
      reviewNote: report.reviewNote,
    };
  }
}

/** Everything caseworkers review: contact details included, for them only. */
export class EmployerDetailDto extends EmployerSummaryDto {
  @ApiProperty()
  registrationNumber: string;

  @ApiProperty()
  contactName: string;

  @ApiProperty()
  contactEmail: string;

  @ApiProperty()
  contactPhone: string;

  @ApiProperty({ type: String, nullable: true })
  reason: string | null;

  @ApiProperty({ type: ChecklistAnswerViewDto, isArray: true, nullable: true, description: 'The latest review.' })
  checklist: ChecklistAnswerViewDto[] | null;

  @ApiProperty({ type: VettingEventDto, isArray: true, description: 'Newest first.' })
  history: VettingEventDto[];

  @ApiProperty({ type: ConcernDto, isArray: true })
  concerns: ConcernDto[];
}

export class ReportConcernDto {
  @ApiProperty({ enum: CONCERN_CATEGORIES })
  @IsIn(CONCERN_CATEGORIES)
  category: ConcernCategory;

  @ApiProperty({ description: 'What happened, in your own words.' })
  @Transform(trim)
  @IsString()
  @Length(3, 4000)
  details: string;
}

export class ConcernReceiptDto {
  @ApiProperty({ description: 'Plain words for the person who reported.' })
  message: string;
}

export class ConcernListQuery {
  @ApiPropertyOptional({ description: 'Comma-separated statuses; default open.', example: 'open' })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @IsIn(CONCERN_STATUSES, { each: true, message: `status must be among: ${CONCERN_STATUSES.join(', ')}` })
  status?: ConcernStatus[];
}

export class ReviewConcernDto {
  @ApiProperty({ enum: ['upheld', 'dismissed'] })
  @IsIn(['upheld', 'dismissed'])
  outcome: 'upheld' | 'dismissed';

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(3, 4000)
  note: string;
}
