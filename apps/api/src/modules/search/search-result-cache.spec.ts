import { OpportunitySearchQuery, OpportunitySearchResult } from './search-engine';
import { SearchResultCache } from './search-result-cache';

const result = (total: number): OpportunitySearchResult => ({
  hits: [],
  total,
  facets: { type: {}, sector: {}, region: {}, remote: { true: 0, false: 0 }, languages: {}, wage: {} },
});
const query = (text: string, now: Date): OpportunitySearchQuery => ({
  text,
  types: [],
  sectors: [],
  regions: [],
  languages: [],
  sort: 'relevance',
  page: 1,
  pageSize: 20,
  now,
});
const at = (iso: string) => new Date(`2026-06-01T${iso}Z`);

describe('SearchResultCache', () => {
  it('keys a query by everything but now', () => {
    expect(SearchResultCache.key(query('cafe', at('10:00:00')))).toBe(SearchResultCache.key(query('cafe', at('11:00:00'))));
    expect(SearchResultCache.key(query('cafe', at('10:00:00')))).not.toBe(SearchResultCache.key(query('cafes', at('10:00:00'))));
    expect(SearchResultCache.key(query('cafe', at('10:00:00')))).not.toBe(SearchResultCache.key({ ...query('cafe', at('10:00:00')), page: 2 }));
  });

  it('serves a result for the same index version, from its moment until a match stops being visible', () => {
    const cache = new SearchResultCache(10);
    cache.set('q', { version: '7', from: at('10:00:00').getTime(), until: at('12:00:00').getTime(), result: result(3) });
    expect(cache.get('q', '7', at('10:00:00'))).toEqual(result(3));
    expect(cache.get('q', '7', at('11:59:59'))).toEqual(result(3));
    expect(cache.get('q', '7', at('12:00:00'))).toBeUndefined();
  });

  it('does not serve a result once the index changed', () => {
    const cache = new SearchResultCache(10);
    cache.set('q', { version: '7', from: at('10:00:00').getTime(), until: Number.POSITIVE_INFINITY, result: result(3) });
    expect(cache.get('q', '8', at('10:00:01'))).toBeUndefined();
    expect(cache.get('q', '7', at('10:00:01'))).toBeUndefined();
  });

  it('does not serve a result to a moment before it was computed', () => {
    const cache = new SearchResultCache(10);
    cache.set('q', { version: '7', from: at('10:00:00').getTime(), until: Number.POSITIVE_INFINITY, result: result(3) });
    expect(cache.get('q', '7', at('09:59:59'))).toBeUndefined();
  });

  it('drops the least recently used result when full', () => {
    const cache = new SearchResultCache(2);
    const entry = (total: number) => ({ version: '1', from: 0, until: Number.POSITIVE_INFINITY, result: result(total) });
    cache.set('a', entry(1));
    cache.set('b', entry(2));
    cache.get('a', '1', at('10:00:00'));
    cache.set('c', entry(3));
    expect(cache.get('b', '1', at('10:00:00'))).toBeUndefined();
    expect(cache.get('a', '1', at('10:00:00'))).toEqual(result(1));
    expect(cache.get('c', '1', at('10:00:00'))).toEqual(result(3));
  });
});
