import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONSENT_DEFAULT_DAYS, CONSENT_FIELDS, CONSENT_MAX_DAYS, ConsentField } from '@onward/shared';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { AccessEntry } from '../../audit/audit.repository';
import { Consent } from '../consent.entity';

export class GrantConsentDto {
  @ApiProperty({ format: 'uuid', description: 'The employer organisation to share with.' })
  @IsUUID('4', { message: 'employerId must be a UUID' })
  employerId: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Limit the consent to one application. Left out: every application to this employer.' })
  @IsOptional()
  @IsUUID('4', { message: 'applicationId must be a UUID' })
  applicationId?: string | null;

  @ApiProperty({ enum: CONSENT_FIELDS, isArray: true, description: 'What to share beyond the pseudonym (always shared). May be empty.' })
  @IsArray()
  @ArrayMaxSize(CONSENT_FIELDS.length)
  @IsIn(CONSENT_FIELDS, { each: true })
  fields: ConsentField[];

  @ApiPropertyOptional({ minimum: 1, maximum: CONSENT_MAX_DAYS, description: `Left out: ${CONSENT_DEFAULT_DAYS} days.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(CONSENT_MAX_DAYS)
  days?: number;
}

export class ConsentIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'id must be a UUID' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'consentId must be a UUID' })
  consentId: string;
}

export class MyConsentIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'consentId must be a UUID' })
  consentId: string;
}

export const CONSENT_STATES = ['active', 'expired', 'revoked'] as const;

export class ConsentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) employerId: string;
  @ApiProperty() employerName: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) applicationId: string | null;
  @ApiProperty({ enum: CONSENT_FIELDS, isArray: true }) fields: ConsentField[];
  @ApiProperty() grantedAt: Date;
  @ApiProperty() expiresAt: Date;
  @ApiProperty({ nullable: true, type: Date }) revokedAt: Date | null;
  @ApiProperty({ enum: CONSENT_STATES }) state: (typeof CONSENT_STATES)[number];

  static from(consent: Consent, now: Date): ConsentDto {
    return {
      id: consent.id,
      employerId: consent.employerId,
      employerName: consent.employer?.name ?? '',
      applicationId: consent.applicationId,
      fields: consent.fields,
      grantedAt: consent.grantedAt,
      expiresAt: consent.expiresAt,
      revokedAt: consent.revokedAt,
      state: consent.revokedAt ? 'revoked' : consent.expiresAt.getTime() <= now.getTime() ? 'expired' : 'active',
    };
  }
}

/** One line of "who viewed my data". */
export class AccessLogEntryDto {
  @ApiProperty() occurredAt: Date;
  @ApiProperty({ description: 'What was done, e.g. survivor.view or application.view.' }) action: string;
  @ApiProperty({ nullable: true, type: String, enum: ['employer', 'caseworker', 'admin'] }) actorRole: string | null;
  @ApiProperty({ nullable: true, type: String }) actorName: string | null;
  @ApiProperty({ nullable: true, type: String }) organisationName: string | null;

  static from(entry: AccessEntry): AccessLogEntryDto {
    return { occurredAt: entry.occurredAt, action: entry.action, actorRole: entry.actorRole, actorName: entry.actorName, organisationName: entry.organisationName };
  }
}
