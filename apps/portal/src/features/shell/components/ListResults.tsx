import { Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';
import { PageError } from './PageError';
import { PageLoader } from './PageLoader';

interface ListResultsProps<Page extends { total: number }> {
  list: UseQueryResult<Page>;
  /** What the loader says to a screen reader; left out, "Loading…". */
  loadingLabel?: string;
  /** The alert's title when the list could not be read; left out, the page says so under its own heading. */
  failed?: string;
  /** When there is nothing at all to list: a sentence, or more. */
  empty: ReactNode;
  children: (page: Page) => ReactNode;
}

/**
 * A list read from the API: a loader, the error with a retry, what to say when it is empty, or
 * the list itself; while the next page loads, the last one stays on screen, dimmed and busy.
 */
export function ListResults<Page extends { total: number }>({ list, loadingLabel, failed, empty, children }: ListResultsProps<Page>) {
  if (list.isPending) return <PageLoader label={loadingLabel} />;
  if (list.isError) {
    const retry = () => void list.refetch();
    return failed === undefined ? <PageError error={list.error} onRetry={retry} /> : <ErrorAlert error={list.error} title={failed} onRetry={retry} />;
  }
  if (list.data.total === 0) return typeof empty === 'string' ? <Text>{empty}</Text> : empty;
  const refreshing = list.isFetching && list.isPlaceholderData;
  return (
    <Stack gap="md" aria-busy={refreshing} style={{ opacity: refreshing ? 0.6 : 1 }}>
      {children(list.data)}
    </Stack>
  );
}
