import { Anchor, Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CASELOAD_PATHS } from '../../caseload/navigation';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { PageLoader } from '../../shell/components/PageLoader';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import type { ApplicationStatus, ApplicationSummary } from '../api/types';
import { useApplicationFormat } from '../format';
import { useApplicationList, usePublishedJobs } from '../hooks/useApplications';
import { APPLICATION_PATHS } from '../navigation';
import { ApplicationStatusBadge } from './ApplicationStatusBadge';
import { FilterControl } from './FilterControl';
import { ListPagination } from './ListPagination';

export const PER_PAGE = 25;

/** The pipeline's stages, each a set of statuses; `closed` gathers what went no further. */
const FILTERS = {
  all: [],
  submitted: ['submitted'],
  shared: ['shared'],
  interview: ['interview'],
  offer: ['offer'],
  hired: ['hired'],
  closed: ['declined', 'withdrawn'],
} as const satisfies Record<string, readonly ApplicationStatus[]>;
type Filter = keyof typeof FILTERS;

function isFilter(value: string | null): value is Filter {
  return value !== null && value in FILTERS;
}

/** `/caseworker/applications`: the organisation's applications by stage and job. */
export function CaseworkerApplicationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('applications.pipeline.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const shown = searchParams.get('show');
  const filter: Filter = isFilter(shown) ? shown : 'all';
  const jobId = searchParams.get('job') ?? '';
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const jobs = usePublishedJobs();
  const list = useApplicationList(
    {
      ...(FILTERS[filter].length > 0 && { status: [...FILTERS[filter]] }),
      ...(jobId && { jobId }),
      limit: PER_PAGE,
      offset: (page - 1) * PER_PAGE,
    },
    { recorded: true },
  );
  const loading = list.isPending || (list.isFetching && list.isPlaceholderData);

  /** Filters live in the address (no one's details do), so Back returns to them. */
  const update = (changes: { show?: Filter; job?: string; page?: number }) => {
    const next = { show: filter, job: jobId, page: 1, ...changes };
    const params: Record<string, string> = {};
    if (next.show !== 'all') params.show = next.show;
    if (next.job) params.job = next.job;
    if (next.page > 1) params.page = String(next.page);
    setSearchParams(params, { replace: true });
  };

  const jobOptions = [
    { value: '', label: t('applications.pipeline.allJobs') },
    ...(jobs.data ?? []).map((job) => ({ value: job.id, label: t('applications.pipeline.jobOption', { title: job.title, employer: job.employerName }) })),
    // A job closed since: still filterable from a link, under a plain name.
    ...(jobId && jobs.data && !jobs.data.some((job) => job.id === jobId) ? [{ value: jobId, label: t('applications.pipeline.otherJob') }] : []),
  ];

  return (
    <Stack gap="lg" maw={1040}>
      <Group justify="space-between" gap="sm">
        <Title order={1}>{t('applications.pipeline.title')}</Title>
        <Button component={Link} to={APPLICATION_PATHS.caseworkerNewApplication}>
          {t('applications.pipeline.applyForSomeone')}
        </Button>
      </Group>
      <Text>{t('applications.pipeline.intro')}</Text>

      <FilterControl
        legend={t('applications.pipeline.stage')}
        value={filter}
        onChange={(show) => update({ show })}
        options={(Object.keys(FILTERS) as Filter[]).map((value) => ({ value, label: t(`applications.pipeline.filters.${value}`) }))}
        stackWhenNarrow
      />
      <NativeSelect
        label={t('applications.pipeline.job')}
        value={jobId}
        maw={480}
        onChange={(event) => update({ job: event.currentTarget.value })}
        data={jobOptions}
        disabled={jobs.isPending}
      />

      {list.isPending ? (
        <PageLoader />
      ) : list.error ? (
        <ErrorAlert error={list.error} title={t('applications.pipeline.failed')} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Text>{filter === 'all' && !jobId ? t('applications.pipeline.none') : t('applications.pipeline.noneMatching')}</Text>
      ) : (
        <Stack gap="md" aria-busy={loading} style={{ opacity: loading ? 0.6 : 1 }}>
          <PipelineTable applications={list.data.items} />
          <ListPagination total={list.data.total} perPage={PER_PAGE} page={page} onChange={(next) => update({ page: next })} />
        </Stack>
      )}
    </Stack>
  );
}

function PipelineTable({ applications }: { applications: ApplicationSummary[] }) {
  const { t } = useTranslation();
  const format = useApplicationFormat();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('applications.pipeline.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('applications.pipeline.person')}</Table.Th>
            <Table.Th scope="col">{t('applications.pipeline.job')}</Table.Th>
            <Table.Th scope="col">{t('applications.pipeline.employer')}</Table.Th>
            <Table.Th scope="col">{t('applications.pipeline.status')}</Table.Th>
            <Table.Th scope="col">{t('applications.pipeline.changed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {applications.map((application) => (
            <Table.Tr key={application.id}>
              <Table.Th scope="row" fw={600}>
                <Anchor component={Link} to={CASELOAD_PATHS.survivor(application.survivor.id)}>
                  {application.survivor.pseudonym}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <Anchor component={Link} to={APPLICATION_PATHS.caseworkerApplication(application.id)} dir="auto">
                  {application.job.title}
                </Anchor>
              </Table.Td>
              <Table.Td dir="auto">{application.job.employerName}</Table.Td>
              <Table.Td>
                <ApplicationStatusBadge status={application.status} audience="staff" />
              </Table.Td>
              <Table.Td>{format.date(application.statusChangedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
