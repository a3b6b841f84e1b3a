import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { PageLoader } from '../../shell/components/PageLoader';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { useApplicationFormat } from '../format';
import { useEmployerApplicationList } from '../hooks/useApplications';
import { APPLICATION_PATHS } from '../navigation';
import { ApplicationStatusBadge } from './ApplicationStatusBadge';
import { ListPagination } from './ListPagination';

const PER_PAGE = 25;

/** `/employer/applications`: only applications shared with the organisation under an active consent. */
export function EmployerApplicationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('applications.employer.listTitle'));
  const format = useApplicationFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const list = useEmployerApplicationList({ limit: PER_PAGE, offset: (page - 1) * PER_PAGE });
  const loading = list.isPending || (list.isFetching && list.isPlaceholderData);

  return (
    <Stack gap="lg" maw={960}>
      <Title order={1}>{t('applications.employer.listTitle')}</Title>
      <Text>{t('applications.employer.listIntro')}</Text>
      {list.isPending ? (
        <PageLoader />
      ) : list.error ? (
        <ErrorAlert error={list.error} title={t('applications.employer.listFailed')} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Text>{t('applications.employer.none')}</Text>
      ) : (
        <Stack gap="md" aria-busy={loading} style={{ opacity: loading ? 0.6 : 1 }}>
          <Table.ScrollContainer minWidth={560}>
            <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('applications.employer.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('applications.pipeline.person')}</Table.Th>
                  <Table.Th scope="col">{t('applications.pipeline.job')}</Table.Th>
                  <Table.Th scope="col">{t('applications.pipeline.status')}</Table.Th>
                  <Table.Th scope="col">{t('applications.pipeline.changed')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((application) => (
                  <Table.Tr key={application.id}>
                    <Table.Th scope="row" fw={600}>
                      <Anchor component={Link} to={APPLICATION_PATHS.employerApplication(application.id)}>
                        {application.survivor.pseudonym}
                      </Anchor>
                    </Table.Th>
                    <Table.Td dir="auto">{application.job.title}</Table.Td>
                    <Table.Td>
                      <ApplicationStatusBadge status={application.status} audience="staff" />
                    </Table.Td>
                    <Table.Td>{format.date(application.statusChangedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPagination
            total={list.data.total}
            perPage={PER_PAGE}
            page={page}
            onChange={(next) => setSearchParams(next > 1 ? { page: String(next) } : {}, { replace: true })}
          />
        </Stack>
      )}
    </Stack>
  );
}
