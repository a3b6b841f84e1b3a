import { Anchor, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CASELOAD_PATHS } from '../../caseload';
import { DataTable } from '../../shell/components/DataTable';
import { ListPagination } from '../../shell/components/ListPagination';
import { ListResults } from '../../shell/components/ListResults';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import type { ApplicationStatus, ApplicationSummary } from '../api/types';
import { useApplicationFormat } from '../format';
import { useApplicationList, usePublishedJobs } from '../hooks/useApplications';
import { APPLICATION_PATHS } from '../navigation';
import { ApplicationStatusBadge } from './ApplicationStatusBadge';
import { FilterControl } from './FilterControl';

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

      <ListResults list={list} failed={t('applications.pipeline.failed')} empty={filter === 'all' && !jobId ? t('applications.pipeline.none') : t('applications.pipeline.noneMatching')}>
        {(data) => (
          <>
            <PipelineTable applications={data.items} />
            <ListPagination label={t('applications.pages.label')} total={data.total} perPage={PER_PAGE} page={page} onChange={(next) => update({ page: next })} />
          </>
        )}
      </ListResults>
    </Stack>
  );
}

function PipelineTable({ applications }: { applications: ApplicationSummary[] }) {
  const { t } = useTranslation();
  const format = useApplicationFormat();
  return (
    <DataTable
      label={t('applications.pipeline.tableLabel')}
      minWidth={640}
      rows={applications}
      columns={[
        {
          header: t('applications.pipeline.person'),
          cell: (application) => (
            <Anchor component={Link} to={CASELOAD_PATHS.survivor(application.survivor.id)}>
              {application.survivor.pseudonym}
            </Anchor>
          ),
        },
        {
          header: t('applications.pipeline.job'),
          cell: (application) => (
            <Anchor component={Link} to={APPLICATION_PATHS.caseworkerApplication(application.id)} dir="auto">
              {application.job.title}
            </Anchor>
          ),
        },
        { header: t('applications.pipeline.employer'), cell: (application) => application.job.employerName, dir: 'auto' },
        { header: t('applications.pipeline.status'), cell: (application) => <ApplicationStatusBadge status={application.status} audience="staff" /> },
        { header: t('applications.pipeline.changed'), cell: (application) => format.date(application.statusChangedAt) },
      ]}
    />
  );
}
