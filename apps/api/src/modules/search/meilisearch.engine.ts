import type { EnqueuedTaskPromise, Index, IndexSwap, Meilisearch, SearchParams, Settings, Task } from 'meilisearch';
import { OPPORTUNITY_TYPES, OpportunityType, WAGE_BANDS, WageBandKey } from '@onward/shared';
import { queryWords } from './query-text';
import {
  OpportunityDocument,
  OpportunityFacets,
  OpportunitySearchQuery,
  OpportunitySearchResult,
  SearchEngine,
  SearchUnavailableError,
} from './search-engine';

/** What Meilisearch stores: the document and its wage band, as Meilisearch has no range facets. */
type IndexedDocument = OpportunityDocument & { wageBand: WageBandKey | null };

const FACETS = ['type', 'sector', 'region', 'remote', 'languages', 'wageBand'] as const;

const SETTINGS: Settings = {
  // In this order: a word in the title weighs more than one in the description.
  searchableAttributes: ['title', 'organisationName', 'skillLabels', 'description'],
  filterableAttributes: ['type', 'sector', 'region', 'remote', 'languages', 'hourlyWageMinor', 'wageBand', 'visibleUntil', 'publishedAt'],
  sortableAttributes: ['publishedAt', 'hourlyWageMinor'],
  // `sort` first, so "newest" and "wage" order every match as asked; a relevance search sends
  // no sort and falls through to the usual rules, ties going to the newest.
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'publishedAt:desc'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  faceting: { maxValuesPerFacet: 500 },
  // Totals are exact up to this many matches (Meilisearch's default stops counting at 1000).
  pagination: { maxTotalHits: 100_000 },
};

/** A search fails fast: the caller answers 503 and the survivor can try again. */
const REQUEST_TIMEOUT_MS = 5_000;
/** How long a write waits for Meilisearch to apply it before the caller (a queue job) retries. */
const TASK_TIMEOUT_MS = 60_000;

type MeilisearchModule = typeof import('meilisearch');
let meilisearchModule: Promise<MeilisearchModule> | undefined;

/**
 * The client is an ES module and the API is CommonJS: it is loaded with a real dynamic import
 * (apps/api/.swcrc keeps import() as written), and only by deployments that use Meilisearch.
 */
const loadMeilisearch = () => (meilisearchModule ??= import('meilisearch'));

/** Meilisearch over HTTP (MEILISEARCH_URL), through the official client. */
export class MeilisearchEngine implements SearchEngine {
  readonly engine = 'meilisearch' as const;
  private client?: Promise<Meilisearch>;

  constructor(
    private readonly url: string,
    private readonly apiKey: string | undefined,
    private readonly indexName: string,
  ) {}

  async check(): Promise<boolean> {
    try {
      const health = await (await this.meilisearch()).health();
      return health.status === 'available';
    } catch {
      return false;
    }
  }

  async configure(): Promise<void> {
    await this.configureIndex(this.indexName);
  }

  async upsert(documents: OpportunityDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await succeeded((await this.index()).addDocuments(documents.map(indexed)));
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await succeeded((await this.index()).deleteDocuments(ids));
  }

  /**
   * Fills a fresh index beside the live one and swaps them, so searches see the old index
   * until the new one is complete. A document written during the reindex goes to the old
   * index and is dropped with it; the next sync of that document brings it back.
   */
  async replaceAll(batches: AsyncIterable<OpportunityDocument[]>): Promise<{ indexed: number }> {
    const client = await this.meilisearch();
    const fresh = `${this.indexName}_reindex`;
    await this.deleteIndex(fresh);
    await this.configureIndex(fresh);
    const ids = new Set<string>();
    for await (const batch of batches) {
      if (batch.length === 0) continue;
      await succeeded(client.index<IndexedDocument>(fresh).addDocuments(batch.map(indexed)));
      for (const document of batch) ids.add(document.id);
    }
    // Both must exist to be swapped.
    await this.configureIndex(this.indexName);
    // `rename` is left out, not sent as false: servers before 1.18 reject a field they do not know.
    await succeeded(client.swapIndexes([{ indexes: [this.indexName, fresh] } as IndexSwap]));
    await this.deleteIndex(fresh);
    return { indexed: ids.size };
  }

  async search(query: OpportunitySearchQuery): Promise<OpportunitySearchResult> {
    const params = {
      filter: filterOf(query),
      facets: [...FACETS],
      sort: sortOf(query),
      page: query.page,
      hitsPerPage: query.pageSize,
      // Every word must match, as in the embedded engine (the default drops words until something matches).
      matchingStrategy: 'all',
    } satisfies SearchParams;
    try {
      const response = await (await this.index()).search(query.text, params);
      return {
        hits: response.hits.map(({ wageBand: _wageBand, ...document }) => document),
        total: response.totalHits,
        facets: facetsOf(response.facetDistribution ?? {}),
      };
    } catch (error) {
      throw new SearchUnavailableError(error);
    }
  }

  private meilisearch(): Promise<Meilisearch> {
    this.client ??= loadMeilisearch().then(
      ({ Meilisearch }) =>
        new Meilisearch({ host: this.url, apiKey: this.apiKey, timeout: REQUEST_TIMEOUT_MS, defaultWaitOptions: { timeout: TASK_TIMEOUT_MS } }),
    );
    return this.client;
  }

  private async index(): Promise<Index<IndexedDocument>> {
    return (await this.meilisearch()).index<IndexedDocument>(this.indexName);
  }

  /** Creates the index when it is missing and applies the settings; idempotent. */
  private async configureIndex(uid: string): Promise<void> {
    const client = await this.meilisearch();
    await succeeded(client.createIndex(uid, { primaryKey: 'id' }), 'index_already_exists');
    await succeeded(client.index(uid).updateSettings(SETTINGS));
  }

  private async deleteIndex(uid: string): Promise<void> {
    await succeeded((await this.meilisearch()).deleteIndex(uid), 'index_not_found');
  }
}

/**
 * Waits until Meilisearch has applied a write, so the caller knows it landed. A task that
 * failed throws, unless it failed with an error code the caller expects (an index that already
 * exists, or was already gone).
 */
async function succeeded(enqueued: EnqueuedTaskPromise, harmless?: string): Promise<Task> {
  const task = await enqueued.waitTask();
  if (task.status === 'succeeded' || (harmless !== undefined && task.error?.code === harmless)) return task;
  throw new Error(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no error given'}`);
}

function indexed(document: OpportunityDocument): IndexedDocument {
  const band = document.hourlyWageMinor === null ? undefined : WAGE_BANDS.find((b) => document.hourlyWageMinor! >= b.from && document.hourlyWageMinor! < b.to);
  return { ...document, wageBand: band?.key ?? null };
}

/** A string value in a filter expression: always double-quoted, with `\` and `"` escaped. */
const quoted = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** An integer in a filter expression; anything else would let text into the expression. */
function integer(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`Not an integer: ${value}`);
  return String(value);
}

/** The filters ANDed; values are quoted, numbers checked, so nothing a user typed can change the expression. */
function filterOf(query: OpportunitySearchQuery): string[] {
  const filter = [`(visibleUntil IS NULL OR visibleUntil > ${integer(query.now.getTime())})`];
  const anyOf = (field: string, values: readonly string[]) => {
    if (values.length > 0) filter.push(`${field} IN [${values.map(quoted).join(', ')}]`);
  };
  anyOf('type', query.types);
  anyOf('sector', query.sectors);
  anyOf('region', query.regions);
  anyOf('languages', query.languages);
  if (query.remote !== undefined) filter.push(`remote = ${query.remote ? 'true' : 'false'}`);
  if (query.wageMin !== undefined) filter.push(`hourlyWageMinor >= ${integer(query.wageMin)}`);
  if (query.wageMax !== undefined) filter.push(`hourlyWageMinor <= ${integer(query.wageMax)}`);
  return filter;
}

/** Relevance without words to weigh (no text, or only punctuation) is newest first, as in the embedded engine. */
function sortOf(query: OpportunitySearchQuery): string[] | undefined {
  if (query.sort === 'wage') return ['hourlyWageMinor:desc', 'publishedAt:desc'];
  if (query.sort === 'newest' || queryWords(query.text).length === 0) return ['publishedAt:desc'];
  return undefined;
}

function facetsOf(distribution: Record<string, Record<string, number>>): OpportunityFacets {
  const type: OpportunityFacets['type'] = {};
  for (const [value, count] of Object.entries(distribution.type ?? {})) {
    if ((OPPORTUNITY_TYPES as readonly string[]).includes(value)) type[value as OpportunityType] = count;
  }
  const wage: OpportunityFacets['wage'] = {};
  for (const band of WAGE_BANDS) {
    const count = distribution.wageBand?.[band.key];
    if (count) wage[band.key] = count;
  }
  return {
    type,
    sector: { ...distribution.sector },
    region: { ...distribution.region },
    remote: { true: distribution.remote?.true ?? 0, false: distribution.remote?.false ?? 0 },
    languages: { ...distribution.languages },
    wage,
  };
}
