import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { trim } from '../../../common/validation/transforms';
import { PageQuery } from '../../../common/validation/page-query';
import { AUDIT_OUTCOMES, AuditEvent, AuditOutcome } from '../audit-event.entity';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'The record the events are about: a survivor, an application, a user… (any id).' })
  @IsOptional()
  @Transform(trim)
  @MaxLength(200)
  @Matches(/^[\w.:-]+$/, { message: 'subjectId must be an id' })
  subjectId?: string;

  @ApiPropertyOptional({ description: 'survivor, application, placement, flag, user, employer, job…' })
  @IsOptional()
  @Transform(trim)
  @Matches(/^[a-z_]{1,40}$/, { message: 'subjectType must be a word like survivor or flag' })
  subjectType?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Who acted.' })
  @IsOptional()
  @IsUUID('4', { message: 'actorId must be a UUID' })
  actorId?: string;

  @ApiPropertyOptional({ description: 'An action, or the start of one: "survivor." finds every action on survivors.' })
  @IsOptional()
  @Transform(trim)
  @MaxLength(100)
  @Matches(/^[\w.:/ -]+$/, { message: 'action must be an action name' })
  action?: string;

  @ApiPropertyOptional({ enum: AUDIT_OUTCOMES })
  @IsOptional()
  @IsIn(AUDIT_OUTCOMES)
  outcome?: AuditOutcome;

  @ApiPropertyOptional({ format: 'date-time', description: 'From this instant (UTC), inclusive.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be a date and time, e.g. 2026-11-01T00:00:00Z' })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Before this instant (UTC).' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be a date and time, e.g. 2026-12-01T00:00:00Z' })
  to?: string;
}

export class AuditEventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorId: string | null;
  @ApiProperty({ nullable: true, type: String }) actorRole: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organisationId: string | null;
  @ApiProperty() action: string;
  @ApiProperty({ nullable: true, type: String }) subjectType: string | null;
  @ApiProperty({ nullable: true, type: String }) subjectId: string | null;
  @ApiProperty({ enum: AUDIT_OUTCOMES }) outcome: AuditOutcome;
  @ApiProperty({ nullable: true, type: String, description: 'As the server resolved it (TRUST_PROXY).' }) clientAddress: string | null;

  static from(event: AuditEvent): AuditEventDto {
    return {
      id: event.id,
      occurredAt: event.occurredAt.toISOString(),
      actorId: event.actorUserId,
      actorRole: event.actorRole,
      organisationId: event.organisationId,
      action: event.action,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      outcome: event.outcome,
      clientAddress: event.clientAddress,
    };
  }
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items: AuditEventDto[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
