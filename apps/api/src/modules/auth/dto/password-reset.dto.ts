import { ApiProperty } from '@nestjs/swagger';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@onward/shared';
import { IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class PasswordResetRequestDto {
  @ApiProperty({ maxLength: 254 })
  @IsEmail({}, { message: 'Enter a valid email address.' })
  @MaxLength(254)
  email: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty({ description: 'The token from the link in the email.' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'This link is not valid.' })
  token: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `Use at least ${PASSWORD_MIN_LENGTH} characters.` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword: string;
}

export class PasswordResetRequestedDto {
  @ApiProperty({ description: 'Always true: the answer does not say whether the email has an account.' })
  received: boolean;
}
