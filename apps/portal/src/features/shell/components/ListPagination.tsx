import { Pagination, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

interface ListPaginationProps {
  /** What the page links are for, to a screen reader ("Pages of people"). */
  label: string;
  total: number;
  perPage: number;
  page: number;
  onChange: (page: number) => void;
}

/** Page links under a list, when there is more than one page. */
export function ListPagination({ label, total, perPage, page, onChange }: ListPaginationProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / perPage));

  // The list can shrink while someone reads a later page: go back to the last one.
  useEffect(() => {
    if (page > pages) onChange(pages);
  }, [page, pages, onChange]);

  if (pages <= 1) return null;
  return (
    <nav aria-label={label}>
      <Pagination
        total={pages}
        value={Math.min(page, pages)}
        onChange={onChange}
        getItemProps={(item) => ({ 'aria-label': t('pagination.page', { page: item }) })}
        getControlProps={(control) =>
          control === 'previous' ? { 'aria-label': t('pagination.previous') } : control === 'next' ? { 'aria-label': t('pagination.next') } : {}
        }
      />
    </nav>
  );
}

interface ListRangeProps {
  list: UseQueryResult<{ items: unknown[]; total: number }>;
  page: number;
  perPage: number;
}

/** "Showing 21 to 40 of 45", told to screen readers once the list is shown (a loader and an error speak for themselves). */
export function ListRange({ list, page, perPage }: ListRangeProps) {
  const { t } = useTranslation();
  const from = (page - 1) * perPage + 1;
  const shown = list.isError ? undefined : list.data;
  return (
    <Text role="status" size="sm">
      {shown && shown.items.length > 0 ? t('pagination.showing', { from, to: from + shown.items.length - 1, total: shown.total }) : ''}
    </Text>
  );
}
