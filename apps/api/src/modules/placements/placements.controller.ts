import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { CurrentActor } from '../../common/security/decorators';
import { Actor } from '../../common/security/request-context';
import { EmployerPlacementDto, EmployerPlacementPageDto, EndPlacementDto, PlacementDto, PlacementIdParam, PlacementListQuery, PlacementPageDto } from './dto/placement.dto';
import { PlacementsService } from './placements.service';

const eitherView = (description: string) => ({ schema: { oneOf: [{ $ref: getSchemaPath(PlacementDto) }, { $ref: getSchemaPath(EmployerPlacementDto) }] }, description });

/**
 * Placements. No route names roles: the service answers "not found" to anyone who may not see
 * the placement, and gives the employer its allowlisted view.
 */
@ApiTags('placements')
@ApiExtraModels(PlacementDto, EmployerPlacementDto, PlacementPageDto, EmployerPlacementPageDto)
@Controller('placements')
export class PlacementsController {
  constructor(private readonly placements: PlacementsService) {}

  @Get()
  @ApiOkResponse({
    schema: { oneOf: [{ $ref: getSchemaPath(PlacementPageDto) }, { $ref: getSchemaPath(EmployerPlacementPageDto) }] },
    description: "Survivor: their own. Caseworker: their organisation's survivors'. Employer: its own, as EmployerPlacementPageDto.",
  })
  list(@CurrentActor() actor: Actor, @Query() query: PlacementListQuery): Promise<PlacementPageDto | EmployerPlacementPageDto> {
    return this.placements.list(actor, {
      survivorId: query.survivorId,
      active: query.active === undefined ? undefined : query.active === 'true',
      limit: query.limit ?? 50,
      offset: query.offset ?? 0,
    });
  }

  @Get(':id')
  @ApiOkResponse(eitherView('EmployerPlacementDto for the employer, PlacementDto for the survivor and caseworkers.'))
  get(@CurrentActor() actor: Actor, @Param() params: PlacementIdParam): Promise<PlacementDto | EmployerPlacementDto> {
    return this.placements.get(actor, params.id);
  }

  @Post(':id/end')
  @HttpCode(200)
  @ApiOkResponse(eitherView('Ended. 409 when it had already ended; 400 for an end date before the start or after today.'))
  end(@CurrentActor() actor: Actor, @Param() params: PlacementIdParam, @Body() body: EndPlacementDto): Promise<PlacementDto | EmployerPlacementDto> {
    return this.placements.end(actor, params.id, { endDate: body.endDate, reason: body.reason, note: body.note ?? null });
  }
}
