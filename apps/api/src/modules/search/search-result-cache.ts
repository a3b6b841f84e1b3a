import { OpportunitySearchQuery, OpportunitySearchResult } from './search-engine';

interface CachedResult {
  /** The index version the result was computed from. */
  version: string;
  /** The `now` it was computed for, epoch milliseconds. */
  from: number;
  /** When the first of its matches stops being visible, epoch milliseconds. */
  until: number;
  result: OpportunitySearchResult;
}

/**
 * Recent search results, most recently used kept. A result is served again only while it is
 * exactly what a fresh search would return: the index has not changed since (same version),
 * and time has moved on, but not past the moment one of its matches stops being visible.
 * Documents left out as no longer visible stay left out as time moves on.
 *
 * Results are shared between callers: treat them as read-only.
 */
export class SearchResultCache {
  private readonly entries = new Map<string, CachedResult>();

  constructor(private readonly capacity: number) {}

  /** Everything about a query except `now`, which the validity window covers. */
  static key(query: OpportunitySearchQuery): string {
    const { now: _now, ...rest } = query;
    return JSON.stringify(rest);
  }

  get(key: string, version: string, now: Date): OpportunitySearchResult | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const at = now.getTime();
    if (entry.version !== version || at < entry.from || at >= entry.until) {
      this.entries.delete(key);
      return undefined;
    }
    // Re-inserting makes it the most recently used: a Map iterates in insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.result;
  }

  set(key: string, entry: CachedResult): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  clear(): void {
    this.entries.clear();
  }
}
