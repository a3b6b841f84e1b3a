import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageError } from '../../shell/components/PageError';
import { PageLoader } from '../../shell/components/PageLoader';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import type { CheckIn } from '../api/types';
import { useMyCheckIns } from '../hooks/useCheckIns';
import { CHECK_IN_PATHS } from '../navigation';
import { CheckInAnswerForm } from './CheckInAnswerForm';

/** `/survivor/check-ins/:id`: one check-in's questions, found in the list of what is waiting. */
export function CheckInPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const list = useMyCheckIns();
  const listed = list.data?.items.find((checkIn) => checkIn.id === id);
  // Once answered (or found closed), the check-in leaves the list when it is read again; the page
  // keeps the one it opened with, so the thank-you stays on screen.
  const [opened, setOpened] = useState<CheckIn | undefined>(listed);
  if (listed && listed !== opened) setOpened(listed);
  const checkIn = listed ?? opened;
  usePageTitle(t('checkIns.answer.title'));

  const back = (
    <Anchor component={Link} to={CHECK_IN_PATHS.survivorCheckIns} size="sm" w="fit-content">
      {t('checkIns.answer.back')}
    </Anchor>
  );

  if (!checkIn) {
    if (list.isPending) return <PageLoader />;
    if (list.isError) return <PageError error={list.error} onRetry={() => void list.refetch()} />;
    return (
      <Stack gap="md" maw={640}>
        {back}
        <Title order={1}>{t('checkIns.answer.goneTitle')}</Title>
        <Text>{t('checkIns.answer.goneBody')}</Text>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={640}>
      <Stack gap="xs">
        {back}
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {t('checkIns.answer.heading', { employer: checkIn.employerName })}
        </Title>
        <Text dir="auto" style={{ overflowWrap: 'anywhere' }}>
          {checkIn.jobTitle}
        </Text>
      </Stack>
      <Paper withBorder p={{ base: 'sm', xs: 'md' }}>
        <CheckInAnswerForm checkIn={checkIn} voice="survivor" />
      </Paper>
    </Stack>
  );
}
