import { Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationEvent } from '../api/types';
import { useApplicationFormat } from '../format';
import { useStatusLabel, type Audience } from './ApplicationStatusBadge';

/** Every step, oldest first: what happened, who did it and when, and the note they left. */
export function ApplicationHistory({ history, audience }: { history: ApplicationEvent[]; audience: Audience }) {
  const { t } = useTranslation();
  const format = useApplicationFormat();
  const statusLabel = useStatusLabel(audience);
  const steps = [...history].sort((a, b) => a.at.localeCompare(b.at));
  if (steps.length === 0) return <Text>{t('applications.history.empty')}</Text>;
  const who = (event: ApplicationEvent) => t(`applications.history.by.${audience}.${event.actorRole ?? 'system'}`);
  return (
    <Timeline active={steps.length - 1} bulletSize={14} lineWidth={2}>
      {steps.map((event, index) => (
        <Timeline.Item
          key={`${event.at}-${index}`}
          title={
            <Text fw={600} component="span">
              {audience === 'you' ? t(`applications.history.you.${event.to}`) : statusLabel(event.to)}
            </Text>
          }
        >
          <Stack gap={4} style={{ overflowWrap: 'anywhere' }}>
            <Text size="sm" c="dimmed">
              {format.dateTime(event.at)} · {who(event)}
            </Text>
            {event.note && (
              <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-line' }}>
                {t('applications.history.note', { note: event.note })}
              </Text>
            )}
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
