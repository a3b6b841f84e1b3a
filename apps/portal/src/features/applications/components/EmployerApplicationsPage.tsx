import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '../../shell/components/DataTable';
import { ListPagination } from '../../shell/components/ListPagination';
import { ListResults } from '../../shell/components/ListResults';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { useApplicationFormat } from '../format';
import { useEmployerApplicationList } from '../hooks/useApplications';
import { APPLICATION_PATHS } from '../navigation';
import { ApplicationStatusBadge } from './ApplicationStatusBadge';

const PER_PAGE = 25;

/** `/employer/applications`: only applications shared with the organisation under an active consent. */
export function EmployerApplicationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('applications.employer.listTitle'));
  const format = useApplicationFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const list = useEmployerApplicationList({ limit: PER_PAGE, offset: (page - 1) * PER_PAGE });

  return (
    <Stack gap="lg" maw={960}>
      <Title order={1}>{t('applications.employer.listTitle')}</Title>
      <Text>{t('applications.employer.listIntro')}</Text>
      <ListResults list={list} failed={t('applications.employer.listFailed')} empty={t('applications.employer.none')}>
        {(data) => (
          <>
            <DataTable
              label={t('applications.employer.tableLabel')}
              minWidth={560}
              rows={data.items}
              columns={[
                {
                  header: t('applications.pipeline.person'),
                  cell: (application) => (
                    <Anchor component={Link} to={APPLICATION_PATHS.employerApplication(application.id)}>
                      {application.survivor.pseudonym}
                    </Anchor>
                  ),
                },
                { header: t('applications.pipeline.job'), cell: (application) => application.job.title, dir: 'auto' },
                { header: t('applications.pipeline.status'), cell: (application) => <ApplicationStatusBadge status={application.status} audience="staff" /> },
                { header: t('applications.pipeline.changed'), cell: (application) => format.date(application.statusChangedAt) },
              ]}
            />
            <ListPagination
              label={t('applications.pages.label')}
              total={data.total}
              perPage={PER_PAGE}
              page={page}
              onChange={(next) => setSearchParams(next > 1 ? { page: String(next) } : {}, { replace: true })}
            />
          </>
        )}
      </ListResults>
    </Stack>
  );
}
