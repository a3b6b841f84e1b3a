import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EmptyBodyDto } from '../../common/validation/empty-body';
import { CurrentActor } from '../../common/security/decorators';
import { Actor } from '../../common/security/request-context';
import { PAGE_LIMIT_DEFAULT } from '../../common/validation/page-query';
import { FlagDetailDto, FlagIdParam, FlagListQuery, FlagNoteDto, FlagPageDto, ResolveFlagDto } from './dto/flag.dto';
import { FlagsService } from './flags.service';

/**
 * The follow-up queue and each flag's page, for caseworkers of the survivor's organisation.
 * Anyone else is told a flag does not exist.
 */
@ApiTags('flags')
@Controller('flags')
export class FlagsController {
  constructor(private readonly flags: FlagsService) {}

  @Get()
  @ApiOkResponse({ type: FlagPageDto, description: 'Overdue first, then by due time, then the more serious first.' })
  list(@CurrentActor() actor: Actor, @Query() query: FlagListQuery): Promise<FlagPageDto> {
    return this.flags.list(actor, {
      state: query.state ?? 'active',
      level: query.level,
      assigned: query.assigned ?? 'anyone',
      survivorId: query.survivorId,
      limit: query.limit ?? PAGE_LIMIT_DEFAULT,
      offset: query.offset ?? 0,
    });
  }

  @Get(':id')
  @ApiOkResponse({ type: FlagDetailDto })
  get(@CurrentActor() actor: Actor, @Param() params: FlagIdParam): Promise<FlagDetailDto> {
    return this.flags.get(actor, params.id);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @ApiOkResponse({ type: FlagDetailDto, description: '409 unless it is open.' })
  @ApiBody({ type: EmptyBodyDto, required: false })
  acknowledge(@CurrentActor() actor: Actor, @Param() params: FlagIdParam, @Body() _body: EmptyBodyDto): Promise<FlagDetailDto> {
    return this.flags.acknowledge(actor, params.id);
  }

  @Post(':id/start')
  @HttpCode(200)
  @ApiOkResponse({ type: FlagDetailDto, description: 'In progress. 409 when it is already in progress or resolved.' })
  @ApiBody({ type: EmptyBodyDto, required: false })
  start(@CurrentActor() actor: Actor, @Param() params: FlagIdParam, @Body() _body: EmptyBodyDto): Promise<FlagDetailDto> {
    return this.flags.start(actor, params.id);
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @ApiOkResponse({ type: FlagDetailDto, description: 'Resolved with an outcome and a note. 409 when already resolved.' })
  resolve(@CurrentActor() actor: Actor, @Param() params: FlagIdParam, @Body() body: ResolveFlagDto): Promise<FlagDetailDto> {
    return this.flags.resolve(actor, params.id, { outcome: body.outcome, note: body.note, signalsSeen: body.signalsSeen ?? null });
  }

  @Post(':id/notes')
  @HttpCode(200)
  @ApiOkResponse({ type: FlagDetailDto, description: 'A case note in the history. Allowed on resolved flags too.' })
  addNote(@CurrentActor() actor: Actor, @Param() params: FlagIdParam, @Body() body: FlagNoteDto): Promise<FlagDetailDto> {
    return this.flags.addNote(actor, params.id, body.note);
  }
}

