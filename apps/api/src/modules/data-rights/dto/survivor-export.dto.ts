import { ApiProperty } from '@nestjs/swagger';
import {
  APPLICATION_STATUSES,
  ApplicationStatus,
  CHECK_IN_STATUSES,
  CheckInStatus,
  CONCERN_CATEGORIES,
  CONCERN_STATUSES,
  ConcernCategory,
  ConcernStatus,
  CONSENT_FIELDS,
  ConsentField,
  FLAG_EVENT_TYPES,
  FLAG_OUTCOMES,
  FLAG_STATUSES,
  FlagEventType,
  FlagOutcome,
  FlagStatus,
  GRANT_APPLICATION_STATUSES,
  GrantApplicationStatus,
  MILESTONE_STATUSES,
  MilestoneStatus,
  PLACEMENT_END_REASONS,
  PlacementEndReason,
  RISK_LEVELS,
  RiskLevel,
  SIGNAL_TYPES,
  SignalType,
  WAGE_PERIODS,
  WagePeriod,
} from '@onward/shared';
import { AccessLogEntryDto } from '../../survivors/dto/consent.dto';
import { NamedRefDto, SurvivorDto } from '../../survivors/dto/survivor.dto';
import { EXPORT_AUDIENCES, EXPORT_SECTIONS, ExportAudience, ExportSection } from '../survivor-data-map';
import { CheckInAnswersViewDto } from '../../check-ins/dto/check-in.dto';

/** Each section of `data`, counted and said in a sentence. */
export class ExportSummaryItemDto {
  @ApiProperty({ enum: EXPORT_SECTIONS }) section: ExportSection;
  @ApiProperty({ description: 'How many items the section holds (1 or 0 for a single record).' }) count: number;
  @ApiProperty({ description: 'What the section holds, in plain words.' }) text: string;
}

export class ExportSummaryDto {
  @ApiProperty() heading: string;
  @ApiProperty({ type: [ExportSummaryItemDto] }) items: ExportSummaryItemDto[];
  @ApiProperty({ type: [String], description: 'What the file leaves out, and what else to know.' }) notes: string[];
}

export class ExportAccountDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: Date, nullable: true }) disabledAt: Date | null;
}

export class ExportSessionDto {
  @ApiProperty() createdAt: Date;
  @ApiProperty() lastSeenAt: Date;
  @ApiProperty() expiresAt: Date;
}

export class ExportInvitationDto {
  @ApiProperty() email: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty() expiresAt: Date;
  @ApiProperty({ type: Date, nullable: true }) acceptedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) revokedAt: Date | null;
}

export class ExportConsentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: NamedRefDto }) employer: NamedRefDto;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null: every application to the employer.' }) applicationId: string | null;
  @ApiProperty({ enum: CONSENT_FIELDS, isArray: true }) fields: ConsentField[];
  @ApiProperty() grantedAt: Date;
  @ApiProperty() expiresAt: Date;
  @ApiProperty({ type: Date, nullable: true }) revokedAt: Date | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) grantedById: string | null;
}

export class ExportTitledRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
}

export class ExportHistoryStepDto {
  @ApiProperty({ type: String, nullable: true }) fromStatus: string | null;
  @ApiProperty() toStatus: string;
  @ApiProperty({ type: String, nullable: true, description: 'survivor, caseworker, employer or funder; null for the system.' }) actorRole: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty() occurredAt: Date;
}

export class ExportApplicationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: ExportTitledRefDto }) job: ExportTitledRefDto;
  @ApiProperty({ type: NamedRefDto }) employer: NamedRefDto;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: ApplicationStatus;
  @ApiProperty({ type: String, nullable: true }) message: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'When a caseworker applied for the survivor: how the survivor agreed.' }) survivorAgreement: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() statusChangedAt: Date;
  @ApiProperty({ type: [ExportHistoryStepDto] }) history: ExportHistoryStepDto[];
}

export class ExportPlacementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) applicationId: string | null;
  @ApiProperty({ type: ExportTitledRefDto }) job: ExportTitledRefDto;
  @ApiProperty({ type: NamedRefDto }) employer: NamedRefDto;
  @ApiProperty({ description: 'YYYY-MM-DD' }) startDate: string;
  @ApiProperty() wageMinor: number;
  @ApiProperty() wageCurrency: string;
  @ApiProperty({ enum: WAGE_PERIODS }) wagePeriod: WagePeriod;
  @ApiProperty() hoursPerWeek: number;
  @ApiProperty({ type: String, nullable: true }) endDate: string | null;
  @ApiProperty({ type: String, enum: PLACEMENT_END_REASONS, nullable: true }) endReason: PlacementEndReason | null;
  @ApiProperty({ type: String, nullable: true }) endNote: string | null;
  @ApiProperty({ type: String, nullable: true }) endedByRole: string | null;
}

export class ExportMilestoneDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() position: number;
  @ApiProperty() title: string;
  @ApiProperty() dueDate: string;
  @ApiProperty() trancheMinor: number;
  @ApiProperty({ enum: MILESTONE_STATUSES }) status: MilestoneStatus;
  @ApiProperty({ type: String, nullable: true }) statusNote: string | null;
  @ApiProperty({ type: Date, nullable: true }) statusChangedAt: Date | null;
}

export class ExportDisbursementDto {
  @ApiProperty({ format: 'uuid' }) milestoneId: string;
  @ApiProperty() amountMinor: number;
  @ApiProperty() paidOn: string;
  @ApiProperty({ type: String, nullable: true }) reference: string | null;
}

export class ExportGrantApplicationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: ExportTitledRefDto }) programme: ExportTitledRefDto;
  @ApiProperty({ type: NamedRefDto }) funder: NamedRefDto;
  @ApiProperty({ enum: GRANT_APPLICATION_STATUSES }) status: GrantApplicationStatus;
  @ApiProperty() businessPlan: string;
  @ApiProperty() requestedMinor: number;
  @ApiProperty() currency: string;
  @ApiProperty({ type: Number, nullable: true }) awardedMinor: number | null;
  @ApiProperty({ type: String, nullable: true }) decisionNote: string | null;
  @ApiProperty({ type: String, nullable: true }) tradingEndedOn: string | null;
  @ApiProperty({ type: Date, nullable: true }) decidedAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: [ExportHistoryStepDto] }) history: ExportHistoryStepDto[];
  @ApiProperty({ type: [ExportMilestoneDto] }) milestones: ExportMilestoneDto[];
  @ApiProperty({ type: [ExportDisbursementDto] }) disbursements: ExportDisbursementDto[];
}

export class ExportCheckInDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) placementId: string;
  @ApiProperty() dayOffset: number;
  @ApiProperty() dueOn: string;
  @ApiProperty({ enum: CHECK_IN_STATUSES }) status: CheckInStatus;
  @ApiProperty({ type: CheckInAnswersViewDto, nullable: true }) answers: CheckInAnswersViewDto | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: Date, nullable: true }) answeredAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) answeredByRole: string | null;
  @ApiProperty({ type: Date, nullable: true }) missedAt: Date | null;
}

export class ExportRiskSignalDto {
  @ApiProperty({ enum: SIGNAL_TYPES }) type: SignalType;
  @ApiProperty() occurredAt: Date;
  @ApiProperty() sourceType: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) sourceId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) flagId: string | null;
}

export class ExportFlagReasonDto {
  @ApiProperty() type: string;
  @ApiProperty() count: number;
  @ApiProperty() points: number;
  @ApiProperty() text: string;
}

export class ExportFlagEventDto {
  @ApiProperty({ enum: FLAG_EVENT_TYPES }) type: FlagEventType;
  @ApiProperty() at: Date;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId: string | null;
  @ApiProperty({ type: String, enum: RISK_LEVELS, nullable: true }) level: RiskLevel | null;
  @ApiProperty({ type: String, enum: SIGNAL_TYPES, nullable: true }) signalType: SignalType | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}

export class ExportFlagDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: RISK_LEVELS }) level: RiskLevel;
  @ApiProperty() score: number;
  @ApiProperty({ type: [ExportFlagReasonDto] }) reasons: ExportFlagReasonDto[];
  @ApiProperty({ enum: FLAG_STATUSES }) status: FlagStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) assignedToId: string | null;
  @ApiProperty() openedAt: Date;
  @ApiProperty() dueAt: Date;
  @ApiProperty({ type: Date, nullable: true }) acknowledgedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) escalatedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) resolvedAt: Date | null;
  @ApiProperty({ type: String, enum: FLAG_OUTCOMES, nullable: true }) outcome: FlagOutcome | null;
  @ApiProperty({ type: [ExportFlagEventDto] }) history: ExportFlagEventDto[];
}

export class ExportConcernDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: NamedRefDto }) employer: NamedRefDto;
  @ApiProperty({ enum: CONCERN_CATEGORIES }) category: ConcernCategory;
  @ApiProperty() details: string;
  @ApiProperty({ enum: CONCERN_STATUSES }) status: ConcernStatus;
  @ApiProperty() reportedAt: Date;
}

export class ExportEmailDto {
  @ApiProperty() subject: string;
  @ApiProperty({ enum: ['queued', 'sending', 'sent', 'failed'] }) status: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: Date, nullable: true }) sentAt: Date | null;
}

export class ExportActivityDto {
  @ApiProperty() occurredAt: Date;
  @ApiProperty({ description: 'What was recorded, e.g. auth.login.' }) action: string;
  @ApiProperty({ enum: ['success', 'failure', 'refused'] }) outcome: string;
  @ApiProperty({ type: String, nullable: true, description: "The device's network address: in the caseworker's download only." }) clientAddress: string | null;
}

/** Everything Onward holds about one survivor, section by section (see survivor-data-map.ts). */
export class ExportDataDto {
  @ApiProperty({ type: SurvivorDto, description: 'The profile with the personal details opened.' }) profile: SurvivorDto;
  @ApiProperty({ type: NamedRefDto, description: 'The organisation that keeps the record.' }) organisation: NamedRefDto;
  @ApiProperty({ type: ExportAccountDto, nullable: true }) account: ExportAccountDto | null;
  @ApiProperty({ type: [ExportSessionDto] }) sessions: ExportSessionDto[];
  @ApiProperty({ type: [ExportInvitationDto] }) invitations: ExportInvitationDto[];
  @ApiProperty({ type: [ExportConsentDto] }) consents: ExportConsentDto[];
  @ApiProperty({ type: [ExportApplicationDto] }) applications: ExportApplicationDto[];
  @ApiProperty({ type: [ExportPlacementDto] }) placements: ExportPlacementDto[];
  @ApiProperty({ type: [ExportGrantApplicationDto] }) grantApplications: ExportGrantApplicationDto[];
  @ApiProperty({ type: [ExportCheckInDto] }) checkIns: ExportCheckInDto[];
  @ApiProperty({ type: [ExportRiskSignalDto], nullable: true, description: "Null in the survivor's own download: see the summary's notes." }) riskSignals: ExportRiskSignalDto[] | null;
  @ApiProperty({ type: [ExportFlagDto], nullable: true, description: "Follow-ups with their history and case notes. Null in the survivor's own download: see the summary's notes." })
  flags: ExportFlagDto[] | null;
  @ApiProperty({ type: [ExportConcernDto] }) concernReports: ExportConcernDto[];
  @ApiProperty({ type: [ExportEmailDto], description: 'Subject and date only.' }) emails: ExportEmailDto[];
  @ApiProperty({ type: [AccessLogEntryDto], description: 'Who else has viewed or changed the record.' }) accessLog: AccessLogEntryDto[];
  @ApiProperty({ type: [ExportActivityDto], description: "The survivor's own recorded actions, such as signing in." }) ownActivity: ExportActivityDto[];
}

export class SurvivorExportDto {
  @ApiProperty({ enum: ['onward.survivor-data'] }) format: 'onward.survivor-data';
  @ApiProperty({ enum: [1] }) version: 1;
  @ApiProperty() exportedAt: Date;
  @ApiProperty({ enum: EXPORT_AUDIENCES, description: 'survivor: their own download; caseworker: made on their request.' }) audience: ExportAudience;
  @ApiProperty({ type: ExportSummaryDto }) summary: ExportSummaryDto;
  @ApiProperty({ type: ExportDataDto }) data: ExportDataDto;
}
