import { Box, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailSection } from '../../opportunities/components/DetailParts';
import type { HistoryEvent } from '../api/types';
import { useGrantFormat } from '../hooks/useGrantFormat';
import type { Audience } from './GrantApplicationStatusBadge';

/** Who took a step, as the history words tell it apart. */
function actorOf(event: HistoryEvent): 'self' | 'caseworker' {
  return event.actorRole === 'survivor' ? 'self' : 'caseworker';
}

/** Every step of the application, oldest first, in words that suit the reader. */
export function ApplicationHistory({ history, audience }: { history: HistoryEvent[]; audience: Audience }) {
  const { t } = useTranslation();
  const format = useGrantFormat();

  const words = (event: HistoryEvent) => {
    const by = actorOf(event);
    const step = event.toStatus;
    if (audience === 'survivor') {
      if (step === 'submitted' || step === 'withdrawn') return t(`grantApplications.mine.history.${step}.${by}`);
      return t(`grantApplications.mine.history.${step}`);
    }
    if (step === 'submitted' || step === 'withdrawn') return t(`grantApplications.history.${step}.${by}`);
    return t(`grantApplications.history.${step}`);
  };

  // On the first step the note says how the person agreed to an application made for them.
  const noteLabel = (event: HistoryEvent) => {
    if (audience === 'survivor') return event.toStatus === 'submitted' ? t('grantApplications.mine.history.agreementNote') : t('grantApplications.mine.history.note');
    return event.toStatus === 'submitted' ? t('grantApplications.history.agreementNote') : t('grantApplications.history.note');
  };

  return (
    <DetailSection heading={audience === 'survivor' ? t('grantApplications.mine.history.heading') : t('grantApplications.history.heading')}>
      <List type="ordered" listStyleType="none" spacing="sm" pl={0} m={0}>
        {history.map((event) => (
          <List.Item key={`${event.occurredAt}-${event.toStatus}`}>
            <Stack gap={2}>
              <Text size="sm" c="dimmed">
                <time dateTime={event.occurredAt}>{format.date(event.occurredAt)}</time>
              </Text>
              <Text fw={600}>{words(event)}</Text>
              {event.note && (
                <Text size="sm">
                  {noteLabel(event)}{' '}
                  <Box component="span" dir="auto" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                    {event.note}
                  </Box>
                </Text>
              )}
            </Stack>
          </List.Item>
        ))}
      </List>
    </DetailSection>
  );
}
