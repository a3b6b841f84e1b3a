import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchRetention, retentionKeys } from '../api/retentionApi';
import type { RetentionQuery } from '../api/types';

/** Aggregates only, no one named: read again on focus like any other list. */
export function useRetentionReport(query: RetentionQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: retentionKeys.report(query),
    queryFn: ({ signal }) => fetchRetention(query, signal),
    // The last figures stay on screen while another grouping loads, so the page does not jump.
    placeholderData: keepPreviousData,
    enabled,
  });
}
