import { Anchor, Button, Card, Group, Pagination, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { GRANT_APPLICATION_STATUSES } from '@onward/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CASELOAD_PATHS } from '../../caseload/navigation';
import { NARROW_QUERY, PHONE_QUERY } from '../../opportunities/layout';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { PageLoader } from '../../shell/components/PageLoader';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import type { GrantApplicationListQuery, GrantApplicationStatus, GrantApplicationSummary } from '../api/types';
import { useGrantApplicationList } from '../hooks/useGrantApplications';
import { useGrantFormat } from '../hooks/useGrantFormat';
import { GRANT_APPLICATION_PATHS } from '../navigation';
import { GrantApplicationStatusBadge } from './GrantApplicationStatusBadge';

export const APPLICATIONS_PER_PAGE = 20;

type Filter = 'all' | GrantApplicationStatus;
const FILTERS: Filter[] = ['all', ...GRANT_APPLICATION_STATUSES];

function isFilter(value: string): value is Filter {
  return (FILTERS as string[]).includes(value);
}

/** `/caseworker/grant-applications`: the organisation's grant applications, by status. */
export function GrantApplicationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('grantApplications.list.title'));
  const isPhone = useMediaQuery(PHONE_QUERY, undefined, { getInitialValueInEffect: false }) ?? false;
  // Six choices side by side need more width than a phone or an upright tablet beside the navbar.
  const isNarrow = useMediaQuery(NARROW_QUERY, undefined, { getInitialValueInEffect: false }) ?? false;
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState(1);

  const query: GrantApplicationListQuery = {
    ...(filter !== 'all' && { status: [filter] }),
    limit: APPLICATIONS_PER_PAGE,
    offset: (page - 1) * APPLICATIONS_PER_PAGE,
  };
  const list = useGrantApplicationList(query);
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / APPLICATIONS_PER_PAGE)) : 1;
  const loading = list.isPending || (list.isFetching && list.isPlaceholderData);

  // The list can shrink while someone reads a later page: go back to the last one.
  useEffect(() => {
    if (data && page > pages) setPage(pages);
  }, [data, page, pages]);

  const status =
    data && !list.error && data.items.length > 0
      ? t('grantApplications.list.showing', {
          from: (page - 1) * APPLICATIONS_PER_PAGE + 1,
          to: (page - 1) * APPLICATIONS_PER_PAGE + data.items.length,
          total: data.total,
        })
      : '';

  return (
    <Stack gap="lg" maw={1040}>
      <Group justify="space-between" gap="sm">
        <Title order={1}>{t('grantApplications.list.heading')}</Title>
        <Button component={Link} to={GRANT_APPLICATION_PATHS.caseworkerNew}>
          {t('grantApplications.list.applyForSomeone')}
        </Button>
      </Group>
      <Text>{t('grantApplications.list.intro')}</Text>

      <SegmentedControl
        aria-label={t('grantApplications.list.filter')}
        name="status"
        orientation={isNarrow ? 'vertical' : 'horizontal'}
        fullWidth={isNarrow}
        w={isNarrow ? '100%' : 'fit-content'}
        maw={isNarrow ? 420 : '100%'}
        value={filter}
        onChange={(value) => {
          if (!isFilter(value)) return;
          setFilter(value);
          setPage(1);
        }}
        data={FILTERS.map((value) => ({ value, label: value === 'all' ? t('grantApplications.list.all') : t(`grantApplications.status.${value}`) }))}
      />

      <Text role="status" size="sm">
        {status}
      </Text>

      {list.isPending ? (
        <PageLoader />
      ) : list.error ? (
        <ErrorAlert error={list.error} title={t('grantApplications.list.failed')} onRetry={() => void list.refetch()} />
      ) : data && data.total === 0 ? (
        <Text>{filter === 'all' ? t('grantApplications.list.empty') : t('grantApplications.list.emptyFiltered', { status: t(`grantApplications.status.${filter}`) })}</Text>
      ) : data ? (
        <Stack gap="md" aria-busy={loading} style={{ opacity: loading ? 0.6 : 1 }}>
          {isPhone ? <ApplicationCards applications={data.items} /> : <ApplicationsTable applications={data.items} />}
          {pages > 1 && (
            <nav aria-label={t('grantApplications.list.pages')}>
              <Pagination
                total={pages}
                value={Math.min(page, pages)}
                onChange={setPage}
                getItemProps={(item) => ({ 'aria-label': t('grantApplications.list.page', { page: item }) })}
                getControlProps={(control) =>
                  control === 'previous'
                    ? { 'aria-label': t('grantApplications.list.previous') }
                    : control === 'next'
                      ? { 'aria-label': t('grantApplications.list.next') }
                      : {}
                }
              />
            </nav>
          )}
        </Stack>
      ) : null}
    </Stack>
  );
}

function ApplicationsTable({ applications }: { applications: GrantApplicationSummary[] }) {
  const { t } = useTranslation();
  const format = useGrantFormat();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label={t('grantApplications.list.heading')} striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('grantApplications.list.person')}</Table.Th>
            <Table.Th scope="col">{t('grantApplications.list.programme')}</Table.Th>
            <Table.Th scope="col">{t('grantApplications.list.requested')}</Table.Th>
            <Table.Th scope="col">{t('grantApplications.list.status')}</Table.Th>
            <Table.Th scope="col">{t('grantApplications.list.changed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {applications.map((application) => (
            <Table.Tr key={application.id}>
              <Table.Th scope="row" fw={600}>
                <Anchor component={Link} to={CASELOAD_PATHS.survivor(application.survivor.id)} dir="auto">
                  {application.survivor.pseudonym}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <Anchor component={Link} to={GRANT_APPLICATION_PATHS.caseworkerApplication(application.id)} dir="auto">
                  {application.programme.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {application.programme.funderName}
                </Text>
              </Table.Td>
              <Table.Td>{format.money(application.requestedMinor, application.currency)}</Table.Td>
              <Table.Td>
                <GrantApplicationStatusBadge status={application.status} audience="caseworker" />
              </Table.Td>
              <Table.Td>{format.date(application.statusChangedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** On a phone: one card an application, every fact labelled. */
function ApplicationCards({ applications }: { applications: GrantApplicationSummary[] }) {
  const { t } = useTranslation();
  const format = useGrantFormat();
  return (
    <Stack gap="sm" component="ul" aria-label={t('grantApplications.list.heading')} p={0} m={0} style={{ listStyle: 'none' }}>
      {applications.map((application) => (
        <Card key={application.id} component="li" withBorder padding="sm">
          <Stack gap={4}>
            <Anchor component={Link} to={GRANT_APPLICATION_PATHS.caseworkerApplication(application.id)} fw={600} size="lg" dir="auto" style={{ overflowWrap: 'anywhere' }}>
              {application.programme.title}
            </Anchor>
            <GrantApplicationStatusBadge status={application.status} audience="caseworker" />
            <Text size="sm">
              {t('grantApplications.list.cardPerson')}{' '}
              <Anchor component={Link} to={CASELOAD_PATHS.survivor(application.survivor.id)} size="sm" dir="auto">
                {application.survivor.pseudonym}
              </Anchor>
            </Text>
            <Text size="sm">{t('grantApplications.list.cardRequested', { amount: format.money(application.requestedMinor, application.currency) })}</Text>
            <Text size="sm" c="dimmed">
              {t('grantApplications.list.cardChanged', { date: format.date(application.statusChangedAt) })}
            </Text>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
