import { ApiProperty } from '@nestjs/swagger';
import { ORGANISATION_KINDS, OrganisationKind } from '@onward/shared';
import { Organisation } from '../organisation.entity';

export class OrganisationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  kind: OrganisationKind;

  static from(organisation: Organisation): OrganisationDto {
    return { id: organisation.id, name: organisation.name, kind: organisation.kind };
  }
}

export class OrganisationListDto {
  @ApiProperty({ type: [OrganisationDto] })
  items: OrganisationDto[];
}
