import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FLAG_EVENT_TYPES, FLAG_NOTE_MAX_LENGTH, FLAG_OUTCOMES, FLAG_STATUSES, FlagEventType, FlagOutcome, FlagStatus, RISK_LEVELS, RiskLevel, SIGNAL_TYPES, SignalType } from '@onward/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { trim } from '../../../common/validation/transforms';
import { PageQuery } from '../../../common/validation/page-query';
import { PersonRefDto, SurvivorRefDto } from '../../survivors/dto/survivor.dto';
import { FlagEvent } from '../flag-event.entity';
import { Flag } from '../flag.entity';
import { RiskSignal } from '../risk-signal.entity';

export const FLAG_LIST_STATES = ['active', 'resolved', 'all'] as const;

export class FlagListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: FLAG_LIST_STATES, description: 'active (left out): not yet resolved; resolved; all.' })
  @IsOptional()
  @Transform(trim)
  @IsIn(FLAG_LIST_STATES)
  state?: (typeof FLAG_LIST_STATES)[number];

  @ApiPropertyOptional({ enum: RISK_LEVELS })
  @IsOptional()
  @Transform(trim)
  @IsIn(RISK_LEVELS)
  level?: RiskLevel;

  @ApiPropertyOptional({ enum: ['me', 'anyone'], description: 'me: only flags assigned to the caller. Left out: anyone.' })
  @IsOptional()
  @Transform(trim)
  @IsIn(['me', 'anyone'])
  assigned?: 'me' | 'anyone';

  @ApiPropertyOptional({ format: 'uuid', description: "One survivor's flags." })
  @IsOptional()
  @IsUUID('4', { message: 'survivorId must be a UUID' })
  survivorId?: string;
}

export class FlagIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'id must be a UUID' })
  id: string;
}

export class FlagNoteDto {
  @ApiProperty({ maxLength: FLAG_NOTE_MAX_LENGTH })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'note must not be empty' })
  @MaxLength(FLAG_NOTE_MAX_LENGTH)
  note: string;
}

export class ResolveFlagDto {
  @ApiProperty({ enum: FLAG_OUTCOMES })
  @IsIn(FLAG_OUTCOMES)
  outcome: FlagOutcome;

  @ApiProperty({ maxLength: FLAG_NOTE_MAX_LENGTH, description: 'What was done and what was found.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'note must not be empty' })
  @MaxLength(FLAG_NOTE_MAX_LENGTH)
  note: string;

  @ApiPropertyOptional({ minimum: 0, description: 'How many signals the caseworker saw on the page. When more have joined since (an alarm a minute ago), 409: review them first.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  signalsSeen?: number;
}

export class FlagReasonDto {
  @ApiProperty({ enum: SIGNAL_TYPES }) type: SignalType;
  @ApiProperty() count: number;
  @ApiProperty() points: number;
  @ApiProperty({ description: 'English; the portal translates by type.' }) text: string;
}

export class FlagSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: SurvivorRefDto }) survivor: SurvivorRefDto;
  @ApiProperty({ enum: RISK_LEVELS }) level: RiskLevel;
  @ApiProperty({ enum: FLAG_STATUSES }) status: FlagStatus;
  @ApiProperty({ type: [FlagReasonDto] }) reasons: FlagReasonDto[];
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty({ description: 'Not resolved and past its due time.' }) overdue: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) escalatedAt: string | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) assignedTo: PersonRefDto | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acknowledgedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) resolvedAt: string | null;
  @ApiProperty({ type: String, enum: FLAG_OUTCOMES, nullable: true }) outcome: FlagOutcome | null;

  static from(flag: Flag, now: Date): FlagSummaryDto {
    return {
      id: flag.id,
      survivor: { id: flag.survivorId, pseudonym: flag.survivor?.pseudonym ?? '' },
      level: flag.level,
      status: flag.status,
      reasons: flag.reasons.map((reason) => ({ type: reason.type as SignalType, count: reason.count, points: reason.points, text: reason.text })),
      openedAt: flag.openedAt.toISOString(),
      dueAt: flag.dueAt.toISOString(),
      overdue: flag.status !== 'resolved' && flag.dueAt.getTime() < now.getTime(),
      escalatedAt: flag.escalatedAt?.toISOString() ?? null,
      assignedTo: flag.assignedTo ? { id: flag.assignedTo.id, displayName: flag.assignedTo.displayName } : null,
      acknowledgedAt: flag.acknowledgedAt?.toISOString() ?? null,
      resolvedAt: flag.resolvedAt?.toISOString() ?? null,
      outcome: flag.outcome,
    };
  }
}

export class FlagPageDto {
  @ApiProperty({ type: [FlagSummaryDto] }) items: FlagSummaryDto[];
  @ApiProperty() total: number;
}

export class SignalDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: SIGNAL_TYPES }) type: SignalType;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ description: 'What it came from: check_in, placement, vetting_event, concern, milestone or alarm.' }) sourceType: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) flagId: string | null;

  static from(signal: RiskSignal): SignalDto {
    return { id: signal.id, type: signal.type, occurredAt: signal.occurredAt.toISOString(), sourceType: signal.sourceType, flagId: signal.flagId };
  }
}

export class FlagEventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: FLAG_EVENT_TYPES }) type: FlagEventType;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: PersonRefDto, nullable: true, description: 'Null for what Onward did itself.' }) actor: PersonRefDto | null;
  @ApiProperty({ type: String, enum: RISK_LEVELS, nullable: true }) level: RiskLevel | null;
  @ApiProperty({ type: String, enum: SIGNAL_TYPES, nullable: true }) signalType: SignalType | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;

  static from(event: FlagEvent): FlagEventDto {
    return {
      id: event.id,
      type: event.type,
      at: event.at.toISOString(),
      actor: event.actor ? { id: event.actor.id, displayName: event.actor.displayName } : null,
      level: event.level,
      signalType: event.signalType,
      note: event.note,
    };
  }
}

export class FlagDetailDto extends FlagSummaryDto {
  @ApiProperty({ type: [SignalDto] }) signals: SignalDto[];
  @ApiProperty({ type: [FlagEventDto], description: 'Oldest first.' }) events: FlagEventDto[];
}

export class AlarmReceivedDto {
  @ApiProperty({ description: 'Always true: the alarm was recorded and the caseworker is being told.' }) received: boolean;
}
