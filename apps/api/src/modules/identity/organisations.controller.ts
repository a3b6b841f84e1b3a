import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../../common/security/decorators';
import { Actor } from '../../common/security/request-context';
import { OrganisationDto, OrganisationListDto } from './dto/organisation.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @Roles('admin', 'caseworker')
  @ApiOkResponse({ type: OrganisationListDto })
  async list(@CurrentActor() actor: Actor): Promise<OrganisationListDto> {
    return { items: (await this.organisations.visibleTo(actor)).map(OrganisationDto.from) };
  }

  /** Staff run grant programmes for funders, so they may see which funders exist. */
  @Get('funders')
  @Roles('admin', 'caseworker')
  @ApiOkResponse({ type: OrganisationListDto })
  async funders(): Promise<OrganisationListDto> {
    return { items: (await this.organisations.funders()).map(OrganisationDto.from) };
  }
}
