import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/render';
import { searchOpportunities } from './api/opportunitiesApi';
import { DEFAULT_CRITERIA, facetOptions, pageCount, toSearchQuery } from './searchCriteria';
import { SEARCH_PATH, searchResult } from './testFixtures';

describe('search criteria', () => {
  it('leaves out what was not chosen and maps wage bands to inclusive bounds', () => {
    expect(toSearchQuery({ ...DEFAULT_CRITERIA, text: '   ' })).toEqual({ sort: 'relevance', page: 1, pageSize: 10 });
    expect(toSearchQuery({ ...DEFAULT_CRITERIA, wageBand: 'under_1000' })).toMatchObject({ wageMin: 0, wageMax: 999 });
    // The top band has no ceiling: sending one would be refused by the API.
    expect(toSearchQuery({ ...DEFAULT_CRITERIA, wageBand: '2000_plus' })).not.toHaveProperty('wageMax');
    expect(toSearchQuery({ ...DEFAULT_CRITERIA, text: ' cook ', remoteOnly: true, page: 3 })).toMatchObject({ q: 'cook', remote: 'true', page: 3 });
  });

  it('offers options with results and their counts, or every option once one is chosen', () => {
    const counts = [
      { value: 'food', count: 4 },
      { value: 'care', count: 0 },
    ];
    expect(facetOptions(['care', 'cleaning', 'food'], counts, null)).toEqual([{ value: 'food', count: 4 }]);
    expect(facetOptions(['care', 'cleaning', 'food'], counts, 'food').map((option) => option.count)).toEqual([undefined, undefined, undefined]);
    expect(facetOptions(['care', 'food'], undefined, null)).toHaveLength(2);
  });

  it('stops at the last page the API serves', () => {
    expect(pageCount(0, 10)).toBe(0);
    expect(pageCount(21, 10)).toBe(3);
    expect(pageCount(10_000, 10)).toBe(50);
  });

  it('sends lists as one comma-separated value', async () => {
    const { requests } = mockApi([{ path: SEARCH_PATH, body: searchResult() }]);
    await searchOpportunities({ type: ['job', 'grant'], language: ['en', 'es'] });
    const url = new URL(requests[0].url);
    expect(url.searchParams.get('type')).toBe('job,grant');
    expect(url.searchParams.get('language')).toBe('en,es');
  });
});
