import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { PageLoader } from '../../shell/components/PageLoader';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import type { EmployerPlacement } from '../api/types';
import { useApplicationFormat } from '../format';
import { useEmployerPlacementList } from '../hooks/usePlacements';
import { EndPlacementButton } from './EndPlacementButton';
import { FilterControl } from './FilterControl';
import { ListPagination } from './ListPagination';
import { PLACEMENT_FILTERS, activeParam, isPlacementFilter, type PlacementFilter } from './placementFilter';

const PER_PAGE = 25;

/** `/employer/placements`: the people the organisation employs through Onward, by pseudonym. */
export function EmployerPlacementsPage() {
  const { t } = useTranslation();
  usePageTitle(t('applications.placements.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const shown = searchParams.get('show');
  const filter: PlacementFilter = isPlacementFilter(shown) ? shown : 'all';
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const list = useEmployerPlacementList({ ...activeParam(filter), limit: PER_PAGE, offset: (page - 1) * PER_PAGE });
  const [ended, setEnded] = useState(false);
  const loading = list.isPending || (list.isFetching && list.isPlaceholderData);

  const update = (show: PlacementFilter, nextPage = 1) => {
    const params: Record<string, string> = {};
    if (show !== 'all') params.show = show;
    if (nextPage > 1) params.page = String(nextPage);
    setSearchParams(params, { replace: true });
  };

  return (
    <Stack gap="lg" maw={1040}>
      <Title order={1}>{t('applications.placements.title')}</Title>
      <Text>{t('applications.placements.introEmployer')}</Text>
      <FilterControl
        legend={t('applications.placements.show')}
        value={filter}
        onChange={(show) => update(show)}
        options={PLACEMENT_FILTERS.map((value) => ({ value, label: t(`applications.placements.filters.${value}`) }))}
      />
      {ended && (
        <Alert color="teal" variant="light" role="status">
          {t('applications.placements.endedNotice')}
        </Alert>
      )}
      {list.isPending ? (
        <PageLoader />
      ) : list.error ? (
        <ErrorAlert error={list.error} title={t('applications.placements.failed')} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Text>{t(`applications.placements.none.${filter}`)}</Text>
      ) : (
        <Stack gap="md" aria-busy={loading} style={{ opacity: loading ? 0.6 : 1 }}>
          <Table.ScrollContainer minWidth={760}>
            <Table striped verticalSpacing="sm" aria-label={t('applications.placements.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('applications.placements.person')}</Table.Th>
                  <Table.Th scope="col">{t('applications.placements.job')}</Table.Th>
                  <Table.Th scope="col">{t('applications.placements.started')}</Table.Th>
                  <Table.Th scope="col">{t('applications.placements.ended')}</Table.Th>
                  <Table.Th scope="col">{t('applications.placements.pay')}</Table.Th>
                  <Table.Th scope="col">{t('applications.placements.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((placement) => (
                  <EmployerPlacementRow key={placement.id} placement={placement} onEnded={() => setEnded(true)} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPagination total={list.data.total} perPage={PER_PAGE} page={page} onChange={(next) => update(filter, next)} />
        </Stack>
      )}
    </Stack>
  );
}

function EmployerPlacementRow({ placement, onEnded }: { placement: EmployerPlacement; onEnded: () => void }) {
  const { t } = useTranslation();
  const format = useApplicationFormat();
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={600}>
        {placement.survivor.pseudonym}
      </Table.Th>
      <Table.Td dir="auto">{placement.job.title}</Table.Td>
      <Table.Td>{format.date(placement.startDate)}</Table.Td>
      <Table.Td>
        {placement.endDate ? (
          <Stack gap={0}>
            <Text size="sm">{format.date(placement.endDate)}</Text>
            {placement.endReason && <Text size="sm">{t(`applications.endReasons.${placement.endReason}`)}</Text>}
          </Stack>
        ) : (
          <Text size="sm">{t('applications.placements.stillWorking')}</Text>
        )}
      </Table.Td>
      <Table.Td>
        <Stack gap={0}>
          <Text size="sm">{format.wage(placement.wage)}</Text>
          <Text size="sm">{format.hours(placement.hoursPerWeek)}</Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        {!placement.endDate && <EndPlacementButton placementId={placement.id} startDate={placement.startDate} audience="employer" onEnded={onEnded} />}
      </Table.Td>
    </Table.Tr>
  );
}
