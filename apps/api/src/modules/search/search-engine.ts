import { OpportunityType, SearchSort, WageBandKey, WagePeriod } from '@onward/shared';

/**
 * What the search index holds about one published job or open grant programme: only what a
 * survivor may see. No employer contact details and nothing about survivors ever goes in.
 */
export interface OpportunityDocument {
  /** `job-<uuid>` or `grant-<uuid>`. */
  id: string;
  type: OpportunityType;
  /** The job's or grant programme's own id. */
  sourceId: string;
  title: string;
  description: string;
  /** The employer's or funder's public name. */
  organisationName: string;
  /** Skill codes (required and preferred for jobs). */
  skills: string[];
  /** The skills' labels in every portal language, so "carpentry" finds a job needing `construction.carpentry`. */
  skillLabels: string[];
  sector: string | null;
  region: string | null;
  remote: boolean;
  languages: string[];
  /** Jobs: the wage as an hourly amount (minor units), for the wage filter, facet and sort. */
  hourlyWageMinor: number | null;
  wage: { amountMinor: number; currency: string; period: WagePeriod; hoursPerWeek: number } | null;
  /** Grants: the amount range. */
  amount: { minMinor: number; maxMinor: number; currency: string } | null;
  /** Jobs: closing date; grants: application deadline (YYYY-MM-DD). */
  closesOn: string | null;
  /** Epoch milliseconds. */
  publishedAt: number;
  /**
   * Epoch milliseconds after which the document must not be served (end of the closing day,
   * the employer's vetting expiry, whichever comes first); null when open-ended.
   */
  visibleUntil: number | null;
}

export interface OpportunitySearchQuery {
  /** Free text, already trimmed; empty means "everything that matches the filters". */
  text: string;
  types: OpportunityType[];
  sectors: string[];
  regions: string[];
  remote?: boolean;
  languages: string[];
  /** Hourly wage bounds in minor units (jobs only; a wage filter leaves grants out). */
  wageMin?: number;
  wageMax?: number;
  sort: SearchSort;
  /** 1-based. */
  page: number;
  pageSize: number;
  /** Documents whose visibleUntil is at or before this are left out. */
  now: Date;
}

export interface OpportunityFacets {
  type: Partial<Record<OpportunityType, number>>;
  sector: Record<string, number>;
  region: Record<string, number>;
  remote: { true: number; false: number };
  languages: Record<string, number>;
  wage: Partial<Record<WageBandKey, number>>;
}

export interface OpportunitySearchResult {
  hits: OpportunityDocument[];
  /** Matches across all pages (exact or the engine's estimate). */
  total: number;
  facets: OpportunityFacets;
}

/**
 * The search engine behind one interface: Meilisearch when MEILISEARCH_URL is set, otherwise
 * the embedded engine on PostgreSQL full-text search and pg_trgm.
 */
export interface SearchEngine {
  readonly engine: 'embedded' | 'meilisearch';
  /** True when the engine answers and is ready to serve queries. */
  check(): Promise<boolean>;
  /** Applies index settings (searchable, filterable and sortable fields, typo tolerance). Idempotent. */
  configure(): Promise<void>;
  /** Adds or replaces documents by id. */
  upsert(documents: OpportunityDocument[]): Promise<void>;
  /** Removes documents by id; unknown ids are ignored. */
  remove(ids: string[]): Promise<void>;
  /** Replaces the whole index with these batches (full reindex). */
  replaceAll(batches: AsyncIterable<OpportunityDocument[]>): Promise<{ indexed: number }>;
  /** Throws SearchUnavailableError when the engine cannot answer. */
  search(query: OpportunitySearchQuery): Promise<OpportunitySearchResult>;
}

/** The engine did not answer; callers turn it into a 503, never a 500. */
export class SearchUnavailableError extends Error {
  constructor(cause?: unknown) {
    super('The search engine is not available', { cause });
  }
}

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');
