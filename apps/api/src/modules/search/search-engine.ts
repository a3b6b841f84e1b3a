/**
 * The search engine behind one interface: Meilisearch when MEILISEARCH_URL is set, otherwise
 * the embedded engine on PostgreSQL full-text search and pg_trgm.
 */
export interface SearchEngine {
  readonly engine: 'embedded' | 'meilisearch';
  /** True when the engine answers and is ready to serve queries. */
  check(): Promise<boolean>;
}

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');
