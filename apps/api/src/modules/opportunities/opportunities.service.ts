import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import { DomainException, Errors } from '../../common/errors/domain.exception';
import { GrantProgramme } from '../grants/grant-programme.entity';
import { OpportunitySearchQuery, OpportunitySearchResult, SEARCH_ENGINE, SearchEngine, SearchUnavailableError } from '../search/search-engine';
import { OpportunitiesRepository, VisibleJob } from './opportunities.repository';

export const searchUnavailable = () =>
  new DomainException('search_unavailable', 'Search is not available right now. Please try again in a few minutes.', 503, undefined, { 'Retry-After': '30' });

@Injectable()
export class OpportunitiesService {
  constructor(
    private readonly opportunities: OpportunitiesRepository,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly clock: Clock,
  ) {}

  /**
   * Searches the index, then drops any hit the database no longer shows (an employer suspended
   * a moment ago, before its index sync ran): the index may lag, what a survivor sees may not.
   */
  async search(query: Omit<OpportunitySearchQuery, 'now'>): Promise<OpportunitySearchResult> {
    const now = this.clock.now();
    let result: OpportunitySearchResult;
    try {
      result = await this.engine.search({ ...query, now });
    } catch (error) {
      if (error instanceof SearchUnavailableError) throw searchUnavailable();
      throw error;
    }
    const visible = await this.opportunities.visibleIds(now, {
      jobs: result.hits.filter((hit) => hit.type === 'job').map((hit) => hit.sourceId),
      grants: result.hits.filter((hit) => hit.type === 'grant').map((hit) => hit.sourceId),
    });
    const hits = result.hits.filter((hit) => visible.has(hit.sourceId));
    return { ...result, hits, total: result.total - (result.hits.length - hits.length) };
  }

  async job(id: string): Promise<VisibleJob> {
    const [visible] = await this.opportunities.visibleJobs(this.clock.now(), { ids: [id] });
    if (!visible) throw Errors.notFound('This job');
    return visible;
  }

  async grant(id: string): Promise<GrantProgramme> {
    const [programme] = await this.opportunities.visibleGrants(this.clock.now(), { ids: [id] });
    if (!programme) throw Errors.notFound('This grant programme');
    return programme;
  }
}
