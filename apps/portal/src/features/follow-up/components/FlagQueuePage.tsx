import { Anchor, Card, Group, NativeSelect, Stack, Switch, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { RISK_LEVELS, type RiskLevel } from '@onward/shared';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FilterControl } from '../../applications/components/FilterControl';
import { PHONE_QUERY } from '../../opportunities/layout';
import { DataTable } from '../../shell/components/DataTable';
import { ListPagination, ListRange } from '../../shell/components/ListPagination';
import { ListResults } from '../../shell/components/ListResults';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import type { FlagListState, FlagSummary } from '../api/types';
import { useFollowUpFormat } from '../format';
import { useFlagList } from '../hooks/useFollowUp';
import { FOLLOW_UP_PATHS } from '../navigation';
import { DueTime, FlagStatusBadge, LevelBadge } from './FlagBadges';

export const FLAGS_PER_PAGE = 25;

const STATES = ['active', 'resolved', 'all'] as const satisfies readonly FlagListState[];

function isState(value: string | null): value is FlagListState {
  return (STATES as readonly (string | null)[]).includes(value);
}

function isLevel(value: string | null): value is RiskLevel {
  return (RISK_LEVELS as readonly (string | null)[]).includes(value);
}

/** `/caseworker/flags`: the organisation's follow-ups, in the API's order (overdue first, then due soonest). */
export function FlagQueuePage() {
  const { t } = useTranslation();
  usePageTitle(t('followUp.queue.title'));
  const isPhone = useMediaQuery(PHONE_QUERY, undefined, { getInitialValueInEffect: false }) ?? false;
  const [searchParams, setSearchParams] = useSearchParams();
  const stateParam = searchParams.get('state');
  const levelParam = searchParams.get('level');
  const state: FlagListState = isState(stateParam) ? stateParam : 'active';
  const level: RiskLevel | '' = isLevel(levelParam) ? levelParam : '';
  const mine = searchParams.get('assigned') === 'me';
  const page = Math.max(1, Number(searchParams.get('page')) || 1);

  const list = useFlagList({
    state,
    ...(level && { level }),
    assigned: mine ? 'me' : 'anyone',
    limit: FLAGS_PER_PAGE,
    offset: (page - 1) * FLAGS_PER_PAGE,
  });

  /** Filters live in the address (nothing about a person does), so Back returns to them. */
  const update = (changes: { state?: FlagListState; level?: RiskLevel | ''; mine?: boolean; page?: number }) => {
    const next = { state, level, mine, page: 1, ...changes };
    const params: Record<string, string> = {};
    if (next.state !== 'active') params.state = next.state;
    if (next.level) params.level = next.level;
    if (next.mine) params.assigned = 'me';
    if (next.page > 1) params.page = String(next.page);
    setSearchParams(params, { replace: true });
  };

  const filtered = state !== 'active' || level !== '' || mine;
  const label = t('followUp.queue.tableLabel');

  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1}>{t('followUp.queue.title')}</Title>
      <Text>{t('followUp.queue.intro')}</Text>

      <Group align="flex-end" gap="md" wrap="wrap">
        <FilterControl
          legend={t('followUp.queue.show')}
          value={state}
          onChange={(next) => update({ state: next })}
          options={STATES.map((value) => ({ value, label: t(`followUp.queue.states.${value}`) }))}
        />
        <NativeSelect
          label={t('followUp.queue.level')}
          value={level}
          onChange={(event) => {
            const value = event.currentTarget.value;
            update({ level: isLevel(value) ? value : '' });
          }}
          data={[{ value: '', label: t('followUp.queue.anyLevel') }, ...RISK_LEVELS.map((value) => ({ value, label: t(`followUp.levels.${value}`) }))]}
          miw={180}
        />
        <Switch size="md" label={t('followUp.queue.mine')} checked={mine} onChange={(event) => update({ mine: event.currentTarget.checked })} mb={8} />
      </Group>

      <ListRange list={list} page={page} perPage={FLAGS_PER_PAGE} />

      <ListResults
        list={list}
        loadingLabel={t('followUp.queue.loading')}
        failed={t('followUp.queue.failed')}
        empty={filtered ? t('followUp.queue.noneMatching') : t('followUp.queue.none')}
      >
        {({ items, total }) => (
          <>
            {isPhone ? <FlagCards flags={items} label={label} /> : <FlagTable flags={items} label={label} />}
            <ListPagination label={t('followUp.queue.pages')} total={total} perPage={FLAGS_PER_PAGE} page={page} onChange={(next) => update({ page: next })} />
          </>
        )}
      </ListResults>
    </Stack>
  );
}

function PersonLink({ flag }: { flag: FlagSummary }) {
  return (
    <Anchor component={Link} to={FOLLOW_UP_PATHS.flag(flag.id)} dir="auto" fw={600}>
      {flag.survivor.pseudonym}
    </Anchor>
  );
}

function Reasons({ flag }: { flag: FlagSummary }) {
  const format = useFollowUpFormat();
  return flag.reasons.map(format.reason).join(', ');
}

function FlagTable({ flags, label }: { flags: FlagSummary[]; label: string }) {
  const { t } = useTranslation();
  return (
    <DataTable
      label={label}
      minWidth={820}
      rows={flags}
      columns={[
        { header: t('followUp.queue.person'), cell: (flag) => <PersonLink flag={flag} /> },
        { header: t('followUp.queue.level'), cell: (flag) => <LevelBadge level={flag.level} /> },
        { header: t('followUp.queue.reasons'), cell: (flag) => <Reasons flag={flag} /> },
        { header: t('followUp.queue.due'), cell: (flag) => <DueTime flag={flag} /> },
        { header: t('followUp.queue.status'), cell: (flag) => <FlagStatusBadge status={flag.status} /> },
        { header: t('followUp.queue.assignedTo'), cell: (flag) => flag.assignedTo?.displayName ?? t('followUp.common.nobody'), dir: 'auto' },
      ]}
    />
  );
}

/** On a phone: one card a follow-up, every fact labelled. */
function FlagCards({ flags, label }: { flags: FlagSummary[]; label: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="ul" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {flags.map((flag) => (
        <Card key={flag.id} component="li" withBorder padding="sm">
          <Stack gap={6}>
            <Group justify="space-between" gap="xs">
              <PersonLink flag={flag} />
              <LevelBadge level={flag.level} />
            </Group>
            <Text size="sm">
              {t('followUp.queue.cardReasons')} <Reasons flag={flag} />
            </Text>
            <Group gap={6} wrap="wrap">
              <Text size="sm" span>
                {t('followUp.queue.cardDue')}
              </Text>
              <DueTime flag={flag} />
            </Group>
            <Group gap={6} wrap="wrap">
              <Text size="sm" span>
                {t('followUp.queue.cardStatus')}
              </Text>
              <FlagStatusBadge status={flag.status} />
            </Group>
            <Text size="sm">{t('followUp.queue.cardAssignedTo', { name: flag.assignedTo?.displayName ?? t('followUp.common.nobody') })}</Text>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
