import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../common/security/decorators';
import { Actor } from '../../common/security/request-context';
import { JobIdParam } from '../jobs/dto/job.dto';
import { SurvivorIdParam } from '../survivors/dto/survivor.dto';
import { CandidatesDto, CandidatesQuery, MatchesDto, MatchesQuery } from './dto/match.dto';
import { MatchingService } from './matching.service';

/** Recommendations for survivors and candidates for caseworkers. Employers get "not found" everywhere here. */
@ApiTags('matching')
@Controller()
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @Get('survivors/me/matches')
  @ApiOkResponse({ type: MatchesDto, description: 'The best jobs and grants for me, with the reasons and the gaps.' })
  mine(@CurrentActor() actor: Actor, @Query() query: MatchesQuery): Promise<MatchesDto> {
    return this.matching.forSurvivor(actor, 'me', query.limit);
  }

  @Get('survivors/:id/matches')
  @ApiOkResponse({ type: MatchesDto, description: "A caseworker sees what their organisation's survivor is matched with." })
  forSurvivor(@CurrentActor() actor: Actor, @Param() params: SurvivorIdParam, @Query() query: MatchesQuery): Promise<MatchesDto> {
    return this.matching.forSurvivor(actor, params.id, query.limit);
  }

  @Get('jobs/:id/candidates')
  @ApiOkResponse({ type: CandidatesDto, description: "A caseworker's candidates for a job among their own organisation's survivors, best first." })
  candidates(@CurrentActor() actor: Actor, @Param() params: JobIdParam, @Query() query: CandidatesQuery): Promise<CandidatesDto> {
    return this.matching.candidates(actor, params.id, query.limit);
  }
}
