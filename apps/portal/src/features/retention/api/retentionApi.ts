import { apiClient } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { paths } from '../../../api/schema';
import type { RetentionQuery, RetentionReport } from './types';

const RETENTION_PATH = '/api/v1/retention' satisfies keyof paths;

export const retentionKeys = {
  all: ['retention'] as const,
  report: (query: RetentionQuery) => ['retention', 'report', query] as const,
};

/** Kaplan-Meier retention for the caseworker's organisation, or (for an admin) every organisation. */
export function fetchRetention(query: RetentionQuery, signal?: AbortSignal): Promise<RetentionReport> {
  return unwrap(apiClient.GET(RETENTION_PATH, { params: { query }, signal }));
}

/**
 * The same report as a spreadsheet, for a plain link: the browser downloads it with the session
 * cookie, and the API records the export. Curves are not part of the table.
 */
export function retentionCsvHref(query: RetentionQuery): string {
  const { curves: _curves, format: _format, ...table } = query;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(table)) if (value) params.set(name, value);
  params.set('format', 'csv' satisfies RetentionQuery['format']);
  return `${RETENTION_PATH}?${params.toString()}`;
}
