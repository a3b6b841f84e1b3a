import {
  OPPORTUNITY_TYPES,
  SEARCH_MAX_PAGE,
  SECTORS,
  WAGE_BANDS,
  WORK_LANGUAGES,
  type OpportunityType,
  type SearchSort,
  type Sector,
  type WageBandKey,
  type WorkLanguage,
} from '@onward/shared';
import type { OpportunitySearch, OpportunitySearchQuery } from '../../api/types';

/** What a person asked for on the search page. It lives in memory only, never in the URL. */
export interface SearchCriteria {
  text: string;
  type: OpportunityType | null;
  sector: Sector | null;
  region: string | null;
  language: WorkLanguage | null;
  wageBand: WageBandKey | null;
  remoteOnly: boolean;
  sort: SearchSort;
  page: number;
}

export type SearchFilters = Pick<SearchCriteria, 'type' | 'sector' | 'region' | 'language' | 'wageBand' | 'remoteOnly'>;
export type Facets = OpportunitySearch['facets'];

export const NO_FILTERS: SearchFilters = { type: null, sector: null, region: null, language: null, wageBand: null, remoteOnly: false };
export const DEFAULT_CRITERIA: SearchCriteria = { text: '', ...NO_FILTERS, sort: 'relevance', page: 1 };

/** Ten cards a page: a short scroll to the page controls on a phone, and a light download. */
export const RESULTS_PER_PAGE = 10;

/** The request for these criteria: empty filters are left out, and lists go as the API's comma lists. */
export function toSearchQuery(criteria: SearchCriteria): OpportunitySearchQuery {
  const text = criteria.text.trim();
  const band = WAGE_BANDS.find((candidate) => candidate.key === criteria.wageBand);
  return {
    ...(text && { q: text }),
    ...(criteria.type && { type: [criteria.type] }),
    ...(criteria.sector && { sector: [criteria.sector] }),
    ...(criteria.region && { region: [criteria.region] }),
    ...(criteria.remoteOnly && { remote: 'true' as const }),
    ...(criteria.language && { language: [criteria.language] }),
    ...(band && { wageMin: band.from }),
    // Bands run [from, to) while the API's wageMax is inclusive; the top band has no ceiling.
    ...(band && band.to !== Number.MAX_SAFE_INTEGER && { wageMax: band.to - 1 }),
    sort: criteria.sort,
    page: criteria.page,
    pageSize: RESULTS_PER_PAGE,
  };
}

export function activeFilterCount(filters: SearchFilters): number {
  return (Object.keys(NO_FILTERS) as (keyof SearchFilters)[]).filter((key) => filters[key] !== NO_FILTERS[key]).length;
}

/** Pages a person can reach: the API serves no page past SEARCH_MAX_PAGE. */
export function pageCount(total: number, pageSize: number): number {
  return Math.min(Math.ceil(total / Math.max(pageSize, 1)), SEARCH_MAX_PAGE);
}

export interface FacetOption<T extends string> {
  value: T;
  /** How many results the option would give; undefined when the count is unknown. */
  count: number | undefined;
}

/**
 * The options of a one-choice filter. The API counts facets over the results it found, so a
 * count is only right for a filter that is not set: then only options with results are offered,
 * each with its count. Once the filter is set every option is offered, without counts, so a
 * person can switch straight to another one.
 */
export function facetOptions<T extends string>(
  values: readonly T[],
  counts: Facets[keyof Facets] | undefined,
  selected: T | null,
): FacetOption<T>[] {
  if (selected !== null || !counts) return values.map((value) => ({ value, count: undefined }));
  const byValue = new Map(counts.map((facet) => [facet.value, facet.count]));
  return values.filter((value) => (byValue.get(value) ?? 0) > 0).map((value) => ({ value, count: byValue.get(value) }));
}

/** Narrows a value from a select to one of `values`, or null for "any". */
export function oneOf<T extends string>(values: readonly T[], value: string): T | null {
  return (values as readonly string[]).includes(value) ? (value as T) : null;
}

export const FILTER_VALUES = { type: OPPORTUNITY_TYPES, sector: SECTORS, language: WORK_LANGUAGES, wageBand: WAGE_BANDS.map((band) => band.key) } as const;
