import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORGANISATION_KINDS, OrganisationKind, ROLES, Role, VETTING_STATUSES, VettingStatus } from '@onward/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../../../common/validation/page-query';
import { trim } from '../../../common/validation/transforms';

export const ACCOUNT_STATUSES = ['active', 'disabled'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export class OrganisationOverviewQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptional()
  @Transform(trim)
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;

  @ApiPropertyOptional({ description: "Part of the organisation's name (not case-sensitive).", maxLength: 100 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class UserOverviewQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4', { message: 'organisationId must be a UUID' })
  organisationId?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @Transform(trim)
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: ACCOUNT_STATUSES, description: 'active: can sign in; disabled: cannot.' })
  @IsOptional()
  @Transform(trim)
  @IsIn(ACCOUNT_STATUSES)
  status?: AccountStatus;
}

export class UserCountsDto {
  @ApiProperty() survivor: number;
  @ApiProperty() employer: number;
  @ApiProperty() caseworker: number;
  @ApiProperty() admin: number;
  @ApiProperty({ description: 'Of these, accounts that cannot sign in.' }) disabled: number;
}

export class OrganisationVettingDto {
  @ApiProperty({ enum: VETTING_STATUSES }) status: VettingStatus;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) vettedUntil: string | null;
}

export class OrganisationOverviewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: OrganisationKind;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: OrganisationVettingDto, nullable: true, description: 'Employers only.' }) vetting: OrganisationVettingDto | null;
  @ApiProperty({ type: UserCountsDto, description: 'Accounts by role: counts only.' }) users: UserCountsDto;
}

export class OrganisationOverviewPageDto {
  @ApiProperty({ type: [OrganisationOverviewDto] }) items: OrganisationOverviewDto[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}

export class UserOrganisationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: OrganisationKind;
}

/**
 * One account as an admin sees it. A survivor's account carries no email and no name
 * (`identityHidden`): see DirectoryService for why.
 */
export class UserOverviewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ type: UserOrganisationDto }) organisation: UserOrganisationDto;
  @ApiProperty({ nullable: true, type: String, description: 'null for survivors.' }) email: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'null for survivors.' }) displayName: string | null;
  @ApiProperty({ description: "true: a survivor's account, shown without email or name." }) identityHidden: boolean;
  @ApiProperty({ description: 'Caseworkers only: told when a follow-up in their organisation is overdue.' }) isSupervisor: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'Set: the account cannot sign in.' }) disabledAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'The latest successful sign-in in the audit trail.' }) lastSignInAt: string | null;
  @ApiProperty({ description: 'Sessions still live (neither idle too long nor past their absolute end): what "end sessions" would end.' }) activeSessions: number;
}

export class UserOverviewPageDto {
  @ApiProperty({ type: [UserOverviewDto] }) items: UserOverviewDto[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
