import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, Role, ROLES } from '@onward/shared';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { trim } from '../../../common/validation/transforms';

export class CreateInvitationDto {
  @ApiProperty({ maxLength: 254 })
  @Transform(trim)
  @IsEmail({}, { message: 'Enter a valid email address.' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES as unknown as string[], { message: `role must be one of ${ROLES.join(', ')}` })
  role: Role;

  @ApiPropertyOptional({ format: 'uuid', description: 'Admins choose the organisation; a caseworker invites into their own.' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId?: string;
}

export class InvitationTokenDto {
  @ApiProperty({ description: 'The token from the invitation link.' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'This invitation link is not valid.' })
  token: string;
}

export class AcceptInvitationDto extends InvitationTokenDto {
  @ApiProperty({ minLength: 1, maxLength: 100 })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Enter the name you want to be called.' })
  @MaxLength(100)
  displayName: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `Use at least ${PASSWORD_MIN_LENGTH} characters.` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  email: string;

  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiProperty({ format: 'uuid' })
  organisationId: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
}

export class InvitationPreviewDto {
  @ApiProperty()
  email: string;

  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiProperty()
  organisationName: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
}
