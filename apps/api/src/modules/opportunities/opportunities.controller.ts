import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { SEARCH_PAGE_SIZE_DEFAULT } from '@onward/shared';
import { GrantOpportunityDto, JobOpportunityDto, OpportunityFacetsDto, OpportunityHitDto, OpportunityIdParam, OpportunitySearchDto, SearchOpportunitiesQuery } from './dto/opportunity.dto';
import { OpportunitiesService } from './opportunities.service';

/** What survivors browse: published jobs of vetted employers and open grant programmes. */
@ApiTags('opportunities')
@Controller('opportunities')
export class OpportunitiesController {
  constructor(private readonly opportunities: OpportunitiesService) {}

  @Get('search')
  @ApiOkResponse({ type: OpportunitySearchDto })
  @ApiServiceUnavailableResponse({ description: 'search_unavailable: the search engine is down; try again shortly.' })
  async search(@Query() query: SearchOpportunitiesQuery): Promise<OpportunitySearchDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? SEARCH_PAGE_SIZE_DEFAULT;
    const result = await this.opportunities.search({
      text: query.q?.trim() ?? '',
      types: query.type ?? [],
      sectors: query.sector ?? [],
      regions: query.region ?? [],
      remote: query.remote,
      languages: query.language ?? [],
      wageMin: query.wageMin,
      wageMax: query.wageMax,
      sort: query.sort ?? 'relevance',
      page,
      pageSize,
    });
    return { hits: result.hits.map(OpportunityHitDto.from), total: result.total, page, pageSize, facets: OpportunityFacetsDto.from(result.facets) };
  }

  @Get('jobs/:id')
  @ApiOkResponse({ type: JobOpportunityDto })
  async job(@Param() params: OpportunityIdParam): Promise<JobOpportunityDto> {
    return JobOpportunityDto.from(await this.opportunities.job(params.id));
  }

  @Get('grants/:id')
  @ApiOkResponse({ type: GrantOpportunityDto })
  async grant(@Param() params: OpportunityIdParam): Promise<GrantOpportunityDto> {
    return GrantOpportunityDto.from(await this.opportunities.grant(params.id));
  }
}
