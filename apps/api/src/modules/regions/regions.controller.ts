import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Public, Roles } from '../../common/security/decorators';
import { Actor } from '../../common/security/request-context';
import { RegionCodeParam, RegionDto, SaveRegionDto } from './dto/region.dto';
import { RegionsService } from './regions.service';

@ApiTags('regions')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  /** Public: the employer registration form needs it before anyone has an account. */
  @Public()
  @Get()
  @ApiOkResponse({ type: RegionDto, isArray: true })
  async list(): Promise<RegionDto[]> {
    return (await this.regions.list()).map(RegionDto.from);
  }

  @Put(':code')
  @Roles('admin')
  @ApiOkResponse({ type: RegionDto })
  async save(@CurrentActor() actor: Actor, @Param() params: RegionCodeParam, @Body() body: SaveRegionDto): Promise<RegionDto> {
    return RegionDto.from(await this.regions.save(actor, params.code, body));
  }
}
