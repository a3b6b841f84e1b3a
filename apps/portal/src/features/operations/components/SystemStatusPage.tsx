import { Alert, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LevelBadge } from '../../follow-up/components/FlagBadges';
import { formatDateTime } from '../../reference';
import { DataTable } from '../../shell/components/DataTable';
import { PageError } from '../../shell/components/PageError';
import { PageLoader } from '../../shell/components/PageLoader';
import { Section } from '../../shell/components/Section';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import type { ComponentState, SystemStatus } from '../api/types';
import { ENGINE_LABEL_KEYS } from '../format';
import { useSystemStatus } from '../hooks/useOperations';
import { ComponentStateBadge, RunStateBadge } from './Badges';
import { DeadLettersSection } from './DeadLettersSection';
import { QueueName } from './QueueName';

const OVERALL_COLORS = { ok: 'teal', degraded: 'yellow', down: 'red' } as const;

/** `/admin/system`: each component's state, the queues, scheduled jobs, follow-up counts and dead letters. */
export function SystemStatusPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('operations.status.title'));
  const status = useSystemStatus();
  const language = i18n.resolvedLanguage ?? i18n.language;

  return (
    <Stack gap="xl" maw={1100}>
      <Stack gap="sm">
        <Title order={1}>{t('operations.status.title')}</Title>
        <Text>{t('operations.status.intro')}</Text>
        <Group gap="md" align="center">
          <Button variant="default" onClick={() => void status.refetch()} disabled={status.isFetching}>
            {status.isFetching ? t('operations.status.checking') : t('operations.status.checkAgain')}
          </Button>
          <Text role="status" size="sm">
            {status.data && !status.isFetching ? t('operations.status.checkedAt', { time: formatDateTime(status.data.checkedAt, language) }) : ''}
          </Text>
        </Group>
      </Stack>

      {status.isPending ? (
        <PageLoader label={t('operations.status.loading')} />
      ) : status.isError ? (
        <PageError error={status.error} onRetry={() => void status.refetch()} />
      ) : (
        <StatusSections status={status.data} />
      )}

      <DeadLettersSection />
    </Stack>
  );
}

function StatusSections({ status }: { status: SystemStatus }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert color={OVERALL_COLORS[status.status]} variant="light">
        {t(`operations.status.overall.${status.status}`)}
      </Alert>
      <ComponentsTable status={status} />
      <QueuesSection status={status} />
      <SchedulesSection status={status} />
      <FollowUpsSection status={status} />
    </>
  );
}

interface ComponentRow {
  id: string;
  name: string;
  state: ComponentState;
  engine: string;
  details: string;
}

function ComponentsTable({ status }: { status: SystemStatus }) {
  const { t } = useTranslation();
  const { database, search, mail, queue, followUps } = status;
  const rows: ComponentRow[] = [
    {
      id: 'database',
      name: t('operations.status.components.database'),
      state: database.status,
      engine: t(ENGINE_LABEL_KEYS.database[database.engine]),
      details: database.version ? t('operations.status.version', { version: database.version }) : '',
    },
    {
      id: 'search',
      name: t('operations.status.components.search'),
      state: search.status,
      engine: t(ENGINE_LABEL_KEYS.search[search.engine]),
      details: search.documents === null ? '' : t('operations.status.documents', { documents: search.documents }),
    },
    { id: 'mail', name: t('operations.status.components.mail'), state: mail.status, engine: t(ENGINE_LABEL_KEYS.mail[mail.engine]), details: '' },
    { id: 'queue', name: t('operations.status.components.queue'), state: queue.status, engine: queue.engine, details: '' },
    { id: 'followUps', name: t('operations.status.components.followUps'), state: followUps.status, engine: t('operations.status.engines.followUps'), details: '' },
  ];
  return (
    <Section heading={t('operations.status.componentsHeading')}>
      <DataTable
        label={t('operations.status.componentsLabel')}
        minWidth={560}
        rows={rows}
        columns={[
          { header: t('operations.status.component'), cell: (row) => row.name },
          { header: t('operations.status.state'), cell: (row) => <ComponentStateBadge state={row.state} /> },
          { header: t('operations.status.engine'), cell: (row) => row.engine },
          { header: t('operations.status.details'), cell: (row) => row.details || t('operations.common.none') },
        ]}
      />
    </Section>
  );
}

function QueuesSection({ status }: { status: SystemStatus }) {
  const { t } = useTranslation();
  const rows = status.queue.queues.map((queue) => ({ ...queue, id: queue.name }));
  return (
    <Section heading={t('operations.status.queuesHeading')} intro={t('operations.status.queuesIntro')}>
      {status.queue.status === 'down' ? (
        <Text>{t('operations.status.unavailable')}</Text>
      ) : (
        <DataTable
          label={t('operations.status.queuesLabel')}
          minWidth={640}
          rows={rows}
          columns={[
            { header: t('operations.status.queue'), cell: (queue) => <QueueName name={queue.name} /> },
            { header: t('operations.status.waiting'), cell: (queue) => queue.waiting },
            { header: t('operations.status.active'), cell: (queue) => queue.active },
            { header: t('operations.status.failed'), cell: (queue) => queue.failed },
            { header: t('operations.status.deadLetters'), cell: (queue) => <Text span fw={queue.deadLetters > 0 ? 700 : undefined}>{queue.deadLetters}</Text> },
          ]}
        />
      )}
    </Section>
  );
}

function SchedulesSection({ status }: { status: SystemStatus }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const rows = status.queue.schedules.map((schedule) => ({ ...schedule, id: schedule.name }));
  return (
    <Section heading={t('operations.status.schedulesHeading')}>
      {status.queue.status === 'down' ? (
        <Text>{t('operations.status.unavailable')}</Text>
      ) : (
        <DataTable
          label={t('operations.status.schedulesLabel')}
          minWidth={640}
          rows={rows}
          columns={[
            { header: t('operations.status.job'), cell: (schedule) => <QueueName name={schedule.name} /> },
            { header: t('operations.status.schedule'), cell: (schedule) => <Code dir="ltr">{schedule.cron}</Code> },
            { header: t('operations.status.lastRun'), cell: (schedule) => (schedule.lastStartedAt ? formatDateTime(schedule.lastStartedAt, language) : t('operations.status.neverRun')) },
            { header: t('operations.status.result'), cell: (schedule) => (schedule.lastState ? <RunStateBadge state={schedule.lastState} /> : t('operations.common.none')) },
          ]}
        />
      )}
    </Section>
  );
}

function FollowUpsSection({ status }: { status: SystemStatus }) {
  const { t } = useTranslation();
  const rows = status.followUps.levels.map((level) => ({ ...level, id: level.level }));
  return (
    <Section heading={t('operations.status.followUpsHeading')} intro={t('operations.status.followUpsIntro')}>
      {status.followUps.status === 'down' ? (
        <Text>{t('operations.status.unavailable')}</Text>
      ) : (
        <DataTable
          label={t('operations.status.followUpsLabel')}
          minWidth={360}
          rows={rows}
          columns={[
            { header: t('operations.status.level'), cell: (level) => <LevelBadge level={level.level} /> },
            { header: t('operations.status.open'), cell: (level) => level.open },
            { header: t('operations.status.overdue'), cell: (level) => level.overdue },
          ]}
        />
      )}
    </Section>
  );
}
