import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CASELOAD_PATHS } from '../../caseload';
import { DataTable, type Column } from '../../shell/components/DataTable';
import { ListPagination } from '../../shell/components/ListPagination';
import { ListResults } from '../../shell/components/ListResults';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import type { EmployerPlacement, Placement, PlacementListQuery } from '../api/types';
import { useApplicationFormat } from '../format';
import { useEmployerPlacementList, usePlacementList } from '../hooks/usePlacements';
import { APPLICATION_PATHS } from '../navigation';
import { EndPlacementButton } from './EndPlacementButton';
import { FilterControl } from './FilterControl';

const PER_PAGE = 25;

/** Placements still running, ended, or both: the API's `active` flag. */
const PLACEMENT_FILTERS = ['current', 'ended', 'all'] as const;
type PlacementFilter = (typeof PLACEMENT_FILTERS)[number];

function isPlacementFilter(value: string | null): value is PlacementFilter {
  return (PLACEMENT_FILTERS as readonly (string | null)[]).includes(value);
}

/** `/caseworker/placements`: who is in work now and who was, and recording that a job ended. */
export function CaseworkerPlacementsPage() {
  const { t } = useTranslation();
  const address = usePlacementsAddress('current');
  const list = usePlacementList(address.query, { recorded: true });
  const columns = usePlacementColumns<Placement>();
  return (
    <PlacementsPage
      intro={t('applications.placements.introCaseworker')}
      address={address}
      list={list}
      maw={1100}
      minWidth={880}
      columns={(onEnded) => [
        {
          header: t('applications.placements.person'),
          cell: (placement) => (
            <Anchor component={Link} to={CASELOAD_PATHS.survivor(placement.survivor.id)}>
              {placement.survivor.pseudonym}
            </Anchor>
          ),
        },
        { header: t('applications.placements.job'), cell: (placement) => <CaseworkerJob placement={placement} /> },
        columns.started,
        columns.pay,
        columns.ended,
        columns.actions('caseworker', onEnded),
      ]}
    />
  );
}

/** `/employer/placements`: the people the organisation employs through Onward, by pseudonym. */
export function EmployerPlacementsPage() {
  const { t } = useTranslation();
  const address = usePlacementsAddress('all');
  const list = useEmployerPlacementList(address.query);
  const columns = usePlacementColumns<EmployerPlacement>();
  return (
    <PlacementsPage
      intro={t('applications.placements.introEmployer')}
      address={address}
      list={list}
      maw={1040}
      minWidth={760}
      columns={(onEnded) => [
        { header: t('applications.placements.person'), cell: (placement) => placement.survivor.pseudonym },
        { header: t('applications.placements.job'), cell: (placement) => placement.job.title, dir: 'auto' },
        columns.started,
        columns.ended,
        columns.pay,
        columns.actions('employer', onEnded),
      ]}
    />
  );
}

/** The filter and the page live in the address (no one's details do), so Back returns to them. */
function usePlacementsAddress(defaultFilter: PlacementFilter) {
  const [searchParams, setSearchParams] = useSearchParams();
  const shown = searchParams.get('show');
  const filter: PlacementFilter = isPlacementFilter(shown) ? shown : defaultFilter;
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const query: PlacementListQuery = {
    ...(filter !== 'all' && { active: filter === 'current' ? 'true' : 'false' }),
    limit: PER_PAGE,
    offset: (page - 1) * PER_PAGE,
  };

  const update = (show: PlacementFilter, nextPage = 1) => {
    const params: Record<string, string> = {};
    if (show !== defaultFilter) params.show = show;
    if (nextPage > 1) params.page = String(nextPage);
    setSearchParams(params, { replace: true });
  };

  return { filter, page, query, update };
}

type PlacementView = Placement | EmployerPlacement;

interface PlacementsPageProps<P extends PlacementView> {
  intro: string;
  address: ReturnType<typeof usePlacementsAddress>;
  list: UseQueryResult<{ items: P[]; total: number }>;
  maw: number;
  minWidth: number;
  /** This reader's columns; `onEnded` is for the button that records the end. */
  columns: (onEnded: () => void) => [Column<P>, ...Column<P>[]];
}

function PlacementsPage<P extends PlacementView>({ intro, address, list, maw, minWidth, columns }: PlacementsPageProps<P>) {
  const { t } = useTranslation();
  usePageTitle(t('applications.placements.title'));
  const [ended, setEnded] = useState(false);
  const { filter, page, update } = address;

  return (
    <Stack gap="lg" maw={maw}>
      <Title order={1}>{t('applications.placements.title')}</Title>
      <Text>{intro}</Text>
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
      <ListResults list={list} failed={t('applications.placements.failed')} empty={t(`applications.placements.none.${filter}`)}>
        {(data) => (
          <>
            <DataTable label={t('applications.placements.title')} minWidth={minWidth} rows={data.items} columns={columns(() => setEnded(true))} />
            <ListPagination
              label={t('applications.pages.label')}
              total={data.total}
              perPage={PER_PAGE}
              page={page}
              onChange={(next) => update(filter, next)}
            />
          </>
        )}
      </ListResults>
    </Stack>
  );
}

/** The columns both readers see: the same facts, in each one's order. */
function usePlacementColumns<P extends PlacementView>() {
  const { t } = useTranslation();
  const format = useApplicationFormat();
  const started: Column<P> = { header: t('applications.placements.started'), cell: (placement) => format.date(placement.startDate) };
  const pay: Column<P> = {
    header: t('applications.placements.pay'),
    cell: (placement) => (
      <Stack gap={0}>
        <Text size="sm">{format.wage(placement.wage)}</Text>
        <Text size="sm">{format.hours(placement.hoursPerWeek)}</Text>
      </Stack>
    ),
  };
  const ended: Column<P> = { header: t('applications.placements.ended'), cell: (placement) => <PlacementEnd placement={placement} /> };
  const actions = (audience: 'caseworker' | 'employer', onEnded: () => void): Column<P> => ({
    header: t('applications.placements.actions'),
    cell: (placement) =>
      isRunning(placement) && <EndPlacementButton placementId={placement.id} startDate={placement.startDate} audience={audience} onEnded={onEnded} />,
  });
  return { started, pay, ended, actions };
}

/** The employer's view has no `active`: a placement of theirs runs until it has an end date. */
function isRunning(placement: PlacementView): boolean {
  return 'active' in placement ? placement.active : !placement.endDate;
}

/** The job, linked to the application it came from, and the employer. */
function CaseworkerJob({ placement }: { placement: Placement }) {
  return (
    <Stack gap={0}>
      {placement.applicationId ? (
        <Anchor component={Link} to={APPLICATION_PATHS.caseworkerApplication(placement.applicationId)} dir="auto">
          {placement.job.title}
        </Anchor>
      ) : (
        <Text dir="auto">{placement.job.title}</Text>
      )}
      <Text size="sm" c="dimmed" dir="auto">
        {placement.job.employerName}
      </Text>
    </Stack>
  );
}

/** When and why a job ended; caseworkers also see who said so, and the note (never shown to the employer). */
function PlacementEnd({ placement }: { placement: PlacementView }) {
  const { t } = useTranslation();
  const format = useApplicationFormat();
  if (!placement.endDate) return <Text size="sm">{t('applications.placements.stillWorking')}</Text>;
  const { endedByRole, endNote } = 'active' in placement ? placement : { endedByRole: null, endNote: null };
  return (
    <Stack gap={0}>
      <Text size="sm">{format.date(placement.endDate)}</Text>
      {placement.endReason && <Text size="sm">{t(`applications.endReasons.${placement.endReason}`)}</Text>}
      {endedByRole && (
        <Text size="sm" c="dimmed">
          {t(`applications.placements.endedBy.${endedByRole}`)}
        </Text>
      )}
      {endNote && (
        <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {t('applications.history.note', { note: endNote })}
        </Text>
      )}
    </Stack>
  );
}
