import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { IdentifyIfSignedIn, OptionalActor, Public } from '../../common/security/decorators';
import { Actor } from '../../common/security/request-context';
import { MetricsService } from './metrics.service';

@ApiTags('metrics')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  /** Public to the session guard only so a scraper's bearer token can be checked: the service decides. */
  @Public()
  @IdentifyIfSignedIn()
  @Get()
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus text format. An admin signed in, or `Authorization: Bearer <METRICS_TOKEN>`; 401 or 403 for anyone else.', schema: { type: 'string' } })
  async scrape(@OptionalActor() actor: Actor | null, @Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    this.metrics.authorise(actor, authorization);
    reply.header('content-type', 'text/plain; version=0.0.4; charset=utf-8');
    return this.metrics.render();
  }
}
