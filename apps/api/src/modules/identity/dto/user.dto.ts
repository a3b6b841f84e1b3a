import { ApiProperty } from '@nestjs/swagger';
import { ROLES, Role } from '@onward/shared';
import { IsBoolean, IsUUID } from 'class-validator';
import { User } from '../user.entity';

export class UserIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'id must be a UUID' })
  id: string;
}

export class SupervisorDto {
  @ApiProperty({ description: 'true: told by email when a follow-up in their organisation is overdue.' })
  @IsBoolean()
  supervisor: boolean;
}

export class StaffUserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() isSupervisor: boolean;

  static from(user: User): StaffUserDto {
    return { id: user.id, displayName: user.displayName, role: user.role, organisationId: user.organisationId, isSupervisor: user.isSupervisor };
  }
}
