import { Anchor, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { GRANT_APPLICATION_STATUSES } from '@onward/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CASELOAD_PATHS } from '../../caseload';
import { NARROW_QUERY, PHONE_QUERY } from '../../opportunities/layout';
import { DataTable } from '../../shell/components/DataTable';
import { ListPagination, ListRange } from '../../shell/components/ListPagination';
import { ListResults } from '../../shell/components/ListResults';
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

      <ListRange list={list} page={page} perPage={APPLICATIONS_PER_PAGE} />

      <ListResults
        list={list}
        failed={t('grantApplications.list.failed')}
        empty={filter === 'all' ? t('grantApplications.list.empty') : t('grantApplications.list.emptyFiltered', { status: t(`grantApplications.status.${filter}`) })}
      >
        {({ items, total }) => (
          <>
            {isPhone ? <ApplicationCards applications={items} /> : <ApplicationsTable applications={items} />}
            <ListPagination label={t('grantApplications.list.pages')} total={total} perPage={APPLICATIONS_PER_PAGE} page={page} onChange={setPage} />
          </>
        )}
      </ListResults>
    </Stack>
  );
}

function ApplicationsTable({ applications }: { applications: GrantApplicationSummary[] }) {
  const { t } = useTranslation();
  const format = useGrantFormat();
  return (
    <DataTable
      label={t('grantApplications.list.heading')}
      minWidth={640}
      rows={applications}
      columns={[
        {
          header: t('grantApplications.list.person'),
          cell: (application) => (
            <Anchor component={Link} to={CASELOAD_PATHS.survivor(application.survivor.id)} dir="auto">
              {application.survivor.pseudonym}
            </Anchor>
          ),
        },
        {
          header: t('grantApplications.list.programme'),
          cell: (application) => (
            <>
              <Anchor component={Link} to={GRANT_APPLICATION_PATHS.caseworkerApplication(application.id)} dir="auto">
                {application.programme.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                {application.programme.funderName}
              </Text>
            </>
          ),
        },
        { header: t('grantApplications.list.requested'), cell: (application) => format.money(application.requestedMinor, application.currency) },
        { header: t('grantApplications.list.status'), cell: (application) => <GrantApplicationStatusBadge status={application.status} audience="caseworker" /> },
        { header: t('grantApplications.list.changed'), cell: (application) => format.date(application.statusChangedAt) },
      ]}
    />
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
