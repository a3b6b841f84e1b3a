import { Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EmployerDetail } from '../../../api/types';
import { formatDate } from '../../reference';
import { formatDateTime } from '../../reference';
import { ChecklistAnswers } from './ChecklistAnswers';

type VettingEvent = EmployerDetail['history'][number];

/** Every status change, newest first: who, when, why, and the checklist a decision recorded. */
export function VettingHistory({ history }: { history: VettingEvent[] }) {
  const { t } = useTranslation();
  if (history.length === 0) return <Text>{t('vetting.history.empty')}</Text>;
  return (
    <Timeline active={-1} bulletSize={14} lineWidth={2}>
      {history.map((event, index) => (
        <Timeline.Item key={`${event.at}-${index}`} title={<HistoryTitle event={event} />}>
          <HistoryBody event={event} />
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

function HistoryTitle({ event }: { event: VettingEvent }) {
  const { t } = useTranslation();
  const to = t(`reference.vettingStatuses.${event.to}`);
  return (
    <Text fw={600} component="span">
      {event.from ? t('vetting.history.change', { from: t(`reference.vettingStatuses.${event.from}`), to }) : to}
    </Text>
  );
}

function HistoryBody({ event }: { event: VettingEvent }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const who = event.by
    ? t('vetting.history.by', { name: event.by })
    : event.fromConcern
      ? t('vetting.history.byConcern')
      : t('vetting.history.bySystem');
  return (
    <Stack gap={4} style={{ overflowWrap: 'anywhere' }}>
      <Text size="sm" c="dimmed">
        {formatDateTime(event.at, language)} · {who}
      </Text>
      {event.reason && <Text size="sm">{t('vetting.history.reason', { reason: event.reason })}</Text>}
      {event.to === 'vetted' && event.vettedUntil && (
        <Text size="sm">{t('vetting.history.until', { date: formatDate(event.vettedUntil, language) })}</Text>
      )}
      {event.checklist && <ChecklistAnswers answers={event.checklist} label={t('vetting.history.checklist')} />}
    </Stack>
  );
}
