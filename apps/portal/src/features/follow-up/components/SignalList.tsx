import { Anchor, Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FlagSignal } from '../api/types';
import { useFollowUpFormat } from '../format';
import { FOLLOW_UP_PATHS } from '../navigation';

interface SignalListProps {
  signals: FlagSignal[];
  /** On a timeline, each signal links to the flag it raised or joined. */
  linkToFlag?: boolean;
}

/** Each sign of risk: what it was and when. */
export function SignalList({ signals, linkToFlag = false }: SignalListProps) {
  const { t } = useTranslation();
  const format = useFollowUpFormat();
  if (signals.length === 0) return <Text>{t('followUp.signalList.none')}</Text>;
  return (
    <Box component="ul" m={0} ps="lg">
      {signals.map((signal) => (
        <li key={signal.id}>
          <Text span fw={600}>
            {t(`followUp.signals.${signal.type}`)}
          </Text>
          {' · '}
          <Text span>{format.dateTime(signal.occurredAt)}</Text>
          {linkToFlag && signal.flagId && (
            <>
              {' · '}
              <Anchor component={Link} to={FOLLOW_UP_PATHS.flag(signal.flagId)}>
                {t('followUp.signalList.seeFlag')}
              </Anchor>
            </>
          )}
        </li>
      ))}
    </Box>
  );
}
