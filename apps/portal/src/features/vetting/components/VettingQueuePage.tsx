import { Anchor, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import type { VettingStatus } from '@onward/shared';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { EmployerSummary } from '../../../api/types';
import { useCurrentUser } from '../../auth/hooks/CurrentUserContext';
import { formatDate, useRegions } from '../../reference';
import { PageError } from '../../shell/components/PageError';
import { PageLoader } from '../../shell/components/PageLoader';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { useEmployers } from '../hooks/useVetting';
import { VETTING_PATHS, isStaffRole } from '../paths';
import { VettingStatusBadge } from './VettingStatusBadge';

/** The filters offered, each a set of statuses; `waiting` is the work queue. */
const FILTERS = {
  waiting: ['pending', 'in_review'],
  vetted: ['vetted'],
  suspended: ['suspended'],
  rejected: ['rejected'],
  all: [],
} as const satisfies Record<string, readonly VettingStatus[]>;
type Filter = keyof typeof FILTERS;

function isFilter(value: string | null): value is Filter {
  return value !== null && value in FILTERS;
}

/** `/caseworker/employers`, `/admin/employers`: employers waiting for vetting, or any status. */
export function VettingQueuePage() {
  const { t } = useTranslation();
  usePageTitle(t('vetting.queue.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const shown = searchParams.get('show');
  const filter: Filter = isFilter(shown) ? shown : 'waiting';
  const employers = useEmployers(FILTERS[filter]);

  return (
    <Stack gap="lg" maw={760}>
      <Title order={1}>{t('vetting.queue.heading')}</Title>
      <Text>{t('vetting.queue.intro')}</Text>
      <NativeSelect
        label={t('vetting.queue.filter')}
        value={filter}
        maw={320}
        onChange={(event) => setSearchParams(event.currentTarget.value === 'waiting' ? {} : { show: event.currentTarget.value }, { replace: true })}
        data={(Object.keys(FILTERS) as Filter[]).map((value) => ({ value, label: t(`vetting.queue.filters.${value}`) }))}
      />
      {employers.isPending ? (
        <PageLoader />
      ) : employers.error ? (
        <PageError error={employers.error} onRetry={() => void employers.refetch()} />
      ) : employers.data.length === 0 ? (
        <Text>{t('vetting.queue.empty')}</Text>
      ) : (
        <Stack gap="sm" component="ul" aria-label={t('vetting.queue.heading')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {employers.data.map((employer) => (
            <EmployerCard key={employer.id} employer={employer} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function EmployerCard({ employer }: { employer: EmployerSummary }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const { regionName } = useRegions();
  const language = i18n.resolvedLanguage ?? i18n.language;
  if (!isStaffRole(me.role)) return null;
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Anchor component={Link} to={VETTING_PATHS.employer(me.role, employer.id)} fw={600} size="lg">
            {employer.name}
          </Anchor>
          <VettingStatusBadge status={employer.status} expired={employer.expired} />
        </Group>
        <Text size="sm">
          {employer.legalName} · {t(`reference.sectors.${employer.sector}`)}
        </Text>
        <Text size="sm">{employer.regions.map(regionName).join(', ')}</Text>
        <Text size="sm" c="dimmed">
          {t('vetting.queue.registered', { date: formatDate(employer.registeredAt, language) })}
          {' · '}
          {t('vetting.queue.statusSince', { date: formatDate(employer.statusChangedAt, language) })}
        </Text>
      </Stack>
    </Card>
  );
}
