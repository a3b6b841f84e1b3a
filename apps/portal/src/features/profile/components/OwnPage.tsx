import { Paper, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageError } from '../../shell/components/PageError';
import { PageLoader } from '../../shell/components/PageLoader';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { isNoProfileYet } from '../hooks/useOwnProfile';

/** Phone first: one column, as wide as reads well on a desktop. */
export const PAGE_WIDTH = 720;

interface OwnPageProps<T> {
  title: string;
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}

/**
 * One of the person's own pages: the tab title, then a loader, the calm "not set up yet" note
 * (every /survivors/me route answers 404 until a caseworker creates the profile), an error with
 * a retry, or the page itself.
 */
export function OwnPage<T>({ title, query, children }: OwnPageProps<T>) {
  usePageTitle(title);
  if (query.isPending) return <PageLoader />;
  if (isNoProfileYet(query.error)) return <NoProfileYet title={title} />;
  if (query.isError) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  return children(query.data as T);
}

export function NoProfileYet({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={PAGE_WIDTH}>
      <Title order={1}>{title}</Title>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Text fw={700}>{t('profile.common.noProfileTitle')}</Text>
          <Text>{t('profile.common.noProfileBody')}</Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
