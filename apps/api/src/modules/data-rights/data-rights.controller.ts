import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Clock, utcDay } from '../../common/clock/clock';
import { CurrentActor } from '../../common/security/decorators';
import { Actor } from '../../common/security/request-context';
import { EmptyBodyDto } from '../../common/validation/empty-body';
import { SurvivorIdParam } from '../survivors/dto/survivor.dto';
import { DataRightsService } from './data-rights.service';
import { EraseSurvivorDto, ErasureDto, ErasureRequestDto } from './dto/erasure.dto';
import { SurvivorExportDto } from './dto/survivor-export.dto';

/**
 * A survivor's data rights: their data as a download, and erasure. Like every survivor route,
 * anyone who may not see the record gets "not found". There is deliberately no route for a
 * survivor to erase their own record (see DataRightsService): they ask their caseworker.
 */
@ApiTags('survivors')
@Controller('survivors')
export class DataRightsController {
  constructor(
    private readonly dataRights: DataRightsService,
    private readonly clock: Clock,
  ) {}

  @Get('me/export')
  @ApiOkResponse({ type: SurvivorExportDto, description: 'Everything Onward holds about the signed-in survivor, as a JSON download (without the caseworker’s safety notes).' })
  async exportOwn(@CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<SurvivorExportDto> {
    const file = await this.dataRights.exportOwn(actor);
    this.asDownload(reply);
    return file;
  }

  @Post('me/erasure-request')
  @HttpCode(202)
  @ApiBody({ type: EmptyBodyDto, required: false })
  @ApiAcceptedResponse({ type: ErasureRequestDto, description: "Recorded, and the survivor's caseworker is emailed (naming no one). Asking again changes nothing." })
  requestErasure(@CurrentActor() actor: Actor, @Body() _body: EmptyBodyDto): Promise<ErasureRequestDto> {
    return this.dataRights.requestErasure(actor);
  }

  @Get(':id/export')
  @ApiOkResponse({ type: SurvivorExportDto, description: "Everything Onward holds about the survivor, follow-ups and case notes included, as a JSON download for the survivor's caseworker." })
  async exportFor(@CurrentActor() actor: Actor, @Param() params: SurvivorIdParam, @Res({ passthrough: true }) reply: FastifyReply): Promise<SurvivorExportDto> {
    const file = await this.dataRights.exportFor(actor, params.id);
    this.asDownload(reply);
    return file;
  }

  @Post(':id/erasure')
  @HttpCode(200)
  @ApiOkResponse({ type: ErasureDto, description: 'Erased in one transaction; the record is read-only from now on (409 `erased`).' })
  erase(@CurrentActor() actor: Actor, @Param() params: SurvivorIdParam, @Body() body: EraseSurvivorDto): Promise<ErasureDto> {
    return this.dataRights.erase(actor, params.id, body);
  }

  /** A file named by the day only: no pseudonym or name in a download folder or a browser's history. */
  private asDownload(reply: FastifyReply): void {
    reply.header('content-disposition', `attachment; filename="onward-data-${utcDay(this.clock.now())}.json"`);
  }
}
