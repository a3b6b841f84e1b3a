import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../../common/security/decorators';
import { Actor } from '../../common/security/request-context';
import { EmptyBodyDto } from '../../common/validation/empty-body';
import { GrantProgrammeDto, GrantProgrammeIdParam, GrantProgrammeListQuery, SaveGrantProgrammeDto } from './dto/grant-programme.dto';
import { GrantProgrammeInput, GrantProgrammesService } from './grant-programmes.service';

const input = (body: SaveGrantProgrammeDto): GrantProgrammeInput => ({
  ...body,
  sector: body.sector ?? null,
  regionCode: body.regionCode ?? null,
  deadline: body.deadline ?? null,
});

/** `employer` here means a member of a funder organisation; the service checks the kind. */
@ApiTags('grant programmes')
@Controller('grant-programmes')
@Roles('caseworker', 'admin', 'employer')
export class GrantProgrammesController {
  constructor(private readonly programmes: GrantProgrammesService) {}

  @Post()
  @ApiCreatedResponse({ type: GrantProgrammeDto, description: 'Saved as a draft.' })
  async create(@CurrentActor() actor: Actor, @Body() body: SaveGrantProgrammeDto): Promise<GrantProgrammeDto> {
    return GrantProgrammeDto.from(await this.programmes.create(actor, input(body)));
  }

  @Get()
  @ApiOkResponse({ type: GrantProgrammeDto, isArray: true })
  async list(@CurrentActor() actor: Actor, @Query() query: GrantProgrammeListQuery): Promise<GrantProgrammeDto[]> {
    return (await this.programmes.list(actor, { funderId: query.funderId, statuses: query.status })).map(GrantProgrammeDto.from);
  }

  @Get(':id')
  @ApiOkResponse({ type: GrantProgrammeDto })
  async get(@CurrentActor() actor: Actor, @Param() params: GrantProgrammeIdParam): Promise<GrantProgrammeDto> {
    return GrantProgrammeDto.from(await this.programmes.get(actor, params.id));
  }

  @Put(':id')
  @ApiOkResponse({ type: GrantProgrammeDto })
  async update(@CurrentActor() actor: Actor, @Param() params: GrantProgrammeIdParam, @Body() body: SaveGrantProgrammeDto): Promise<GrantProgrammeDto> {
    return GrantProgrammeDto.from(await this.programmes.update(actor, params.id, input(body)));
  }

  @Post(':id/open')
  @HttpCode(200)
  @ApiOkResponse({ type: GrantProgrammeDto })
  @ApiBody({ type: EmptyBodyDto, required: false })
  async open(@CurrentActor() actor: Actor, @Param() params: GrantProgrammeIdParam, @Body() _body: EmptyBodyDto): Promise<GrantProgrammeDto> {
    return GrantProgrammeDto.from(await this.programmes.open(actor, params.id));
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOkResponse({ type: GrantProgrammeDto })
  @ApiBody({ type: EmptyBodyDto, required: false })
  async close(@CurrentActor() actor: Actor, @Param() params: GrantProgrammeIdParam, @Body() _body: EmptyBodyDto): Promise<GrantProgrammeDto> {
    return GrantProgrammeDto.from(await this.programmes.close(actor, params.id));
  }
}
