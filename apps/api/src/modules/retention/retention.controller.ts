import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { CurrentActor, Roles } from '../../common/security/decorators';
import { Actor } from '../../common/security/request-context';
import { SurvivorIdParam } from '../survivors/dto/survivor.dto';
import { RetentionQuery, RetentionReportDto, SurvivorTimelineDto } from './dto/retention.dto';
import { RetentionInput, RetentionService } from './retention.service';
import { TimelineService } from './timeline.service';

@ApiTags('retention')
@Controller()
export class RetentionController {
  constructor(
    private readonly retention: RetentionService,
    private readonly timeline: TimelineService,
  ) {}

  @Get('retention')
  @Roles('caseworker', 'admin')
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: RetentionReportDto, description: 'Kaplan-Meier retention at 30, 90, 180 and 365 days. format=csv: the table as a download.' })
  async report(@CurrentActor() actor: Actor, @Query() query: RetentionQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<RetentionReportDto | string> {
    const input: RetentionInput = {
      subject: query.subject ?? 'placements',
      groupBy: query.groupBy ?? null,
      from: query.from ?? null,
      to: query.to ?? null,
      curves: query.curves === 'true',
    };
    if (query.format !== 'csv') return this.retention.report(actor, input);
    const csv = await this.retention.csv(actor, input);
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="retention-${input.subject}-${input.groupBy ?? 'overall'}.csv"`);
    return csv;
  }

  @Get('survivors/:id/timeline')
  @Roles('caseworker')
  @ApiOkResponse({ type: SurvivorTimelineDto, description: "A survivor's placements, gaps, check-ins, signals and flags." })
  timelineOf(@CurrentActor() actor: Actor, @Param() params: SurvivorIdParam): Promise<SurvivorTimelineDto> {
    return this.timeline.of(actor, params.id);
  }
}

