import { Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FlagEvent } from '../api/types';
import { useFollowUpFormat } from '../format';

/** What happened to the flag, oldest first: what, when, who, at what level, and the note left. */
export function FlagHistory({ events }: { events: FlagEvent[] }) {
  const { t } = useTranslation();
  const format = useFollowUpFormat();
  if (events.length === 0) return <Text>{t('followUp.history.empty')}</Text>;

  const what = (event: FlagEvent) => {
    const label = t(`followUp.history.events.${event.type}`);
    if (event.type === 'signal' && event.signalType) return t('followUp.history.withSignal', { event: label, signal: t(`followUp.signals.${event.signalType}`) });
    if (event.level) return t('followUp.history.withLevel', { event: label, level: t(`followUp.levels.${event.level}`) });
    return label;
  };

  return (
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2}>
      {events.map((event) => (
        <Timeline.Item
          key={event.id}
          title={
            <Text fw={600} component="span">
              {what(event)}
            </Text>
          }
        >
          <Stack gap={4} style={{ overflowWrap: 'anywhere' }}>
            <Text size="sm" c="dimmed">
              {format.dateTime(event.at)} · {event.actor ? <bdi>{event.actor.displayName}</bdi> : t('followUp.history.byOnward')}
            </Text>
            {event.note && (
              <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-line' }}>
                {event.note}
              </Text>
            )}
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
