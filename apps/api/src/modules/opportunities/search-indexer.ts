import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { JobPayloads } from '../queue/jobs';
import { JobQueue } from '../queue/job-queue';
import { OpportunityDocument, SEARCH_ENGINE, SearchEngine } from '../search/search-engine';
import { Skill } from '../skills/skill.entity';
import { OpportunitiesRepository, VisibleJob } from './opportunities.repository';
import { grantDocument, grantDocumentId, jobDocument, jobDocumentId } from './opportunity-documents';

const BATCH = 500;

/**
 * Keeps the search index in line with the database. Changes reach it through the queue
 * (`search.sync`, enqueued in the transaction that made the change), so nothing is lost while
 * the engine is down: the job is retried with backoff. A sync re-reads the current state, so
 * running one twice or out of order is harmless.
 */
@Injectable()
export class SearchIndexer implements OnApplicationBootstrap {
  private readonly logger = new Logger(SearchIndexer.name);

  constructor(
    private readonly opportunities: OpportunitiesRepository,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.runWorkers) return;
    // Settings are applied at start; an engine that is down now gets them on the first sync.
    await this.engine.configure().catch((error: Error) => this.logger.warn({ msg: 'Search engine not configured at start', error: error.message }));
    await this.queue.work('search.sync', (payload) => this.sync(payload));
  }

  async sync({ kind, id }: JobPayloads['search.sync']): Promise<void> {
    const now = this.clock.now();
    if (kind === 'grant') {
      const [programme] = await this.opportunities.visibleGrants(now, { ids: [id] });
      return programme ? this.engine.upsert([grantDocument(programme)]) : this.engine.remove([grantDocumentId(id)]);
    }
    const jobIds = kind === 'job' ? [id] : await this.opportunities.jobIdsOfEmployer(id);
    if (jobIds.length === 0) return;
    const visible = await this.opportunities.visibleJobs(now, { ids: jobIds });
    const shown = new Set(visible.map(({ job }) => job.id));
    const hidden = jobIds.filter((jobId) => !shown.has(jobId)).map(jobDocumentId);
    if (visible.length) await this.engine.upsert(await this.jobDocuments(visible));
    if (hidden.length) await this.engine.remove(hidden);
  }

  /** Rebuilds the whole index from the database (`npm run search:reindex`, the demo seed). */
  async reindexAll(onProgress: (indexed: number) => void = () => undefined): Promise<{ indexed: number }> {
    await this.engine.configure();
    const now = this.clock.now();
    let indexed = 0;
    const batches = async function* (this: SearchIndexer): AsyncGenerator<OpportunityDocument[]> {
      for (let after: string | undefined; ; ) {
        const jobs = await this.opportunities.visibleJobs(now, { after, limit: BATCH });
        if (jobs.length === 0) break;
        yield await this.jobDocuments(jobs);
        onProgress((indexed += jobs.length));
        after = jobs[jobs.length - 1].job.id;
      }
      for (let after: string | undefined; ; ) {
        const grants = await this.opportunities.visibleGrants(now, { after, limit: BATCH });
        if (grants.length === 0) break;
        yield grants.map(grantDocument);
        onProgress((indexed += grants.length));
        after = grants[grants.length - 1].id;
      }
    }.call(this);
    return this.engine.replaceAll(batches);
  }

  private async jobDocuments(visible: VisibleJob[]): Promise<OpportunityDocument[]> {
    const codes = [...new Set(visible.flatMap(({ job }) => [...job.requiredSkills, ...job.preferredSkills]))];
    const skills = new Map<string, Skill>((await this.opportunities.skills(codes)).map((skill) => [skill.code, skill]));
    return visible.map(({ job, vettedUntil }) => jobDocument(job, vettedUntil, skills));
  }
}
