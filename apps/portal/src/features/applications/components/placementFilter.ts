import type { PlacementListQuery } from '../api/types';

/** Placements still running, ended, or both: the API's `active` flag. */
export const PLACEMENT_FILTERS = ['current', 'ended', 'all'] as const;
export type PlacementFilter = (typeof PLACEMENT_FILTERS)[number];

export function isPlacementFilter(value: string | null): value is PlacementFilter {
  return (PLACEMENT_FILTERS as readonly (string | null)[]).includes(value);
}

export function activeParam(filter: PlacementFilter): Pick<PlacementListQuery, 'active'> {
  return filter === 'all' ? {} : { active: filter === 'current' ? 'true' : 'false' };
}
