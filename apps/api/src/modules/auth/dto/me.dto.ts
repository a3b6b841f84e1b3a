import { ApiProperty } from '@nestjs/swagger';
import { Role, ROLES } from '@onward/shared';
import { OrganisationDto } from '../../identity/dto/organisation.dto';
import { Organisation } from '../../identity/organisation.entity';
import { User } from '../../identity/user.entity';

/** The signed-in user as the portal sees them. */
export class MeDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  email: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiProperty({ type: OrganisationDto })
  organisation: OrganisationDto;

  static from(user: User, organisation: Organisation): MeDto {
    return { id: user.id, email: user.email, displayName: user.displayName, role: user.role, organisation: OrganisationDto.from(organisation) };
  }
}

export class SessionDto {
  @ApiProperty({ type: MeDto })
  user: MeDto;
}

export class CsrfTokenDto {
  @ApiProperty({ description: 'Send it back in the X-CSRF-Token header on every POST, PUT, PATCH and DELETE.' })
  token: string;
}
