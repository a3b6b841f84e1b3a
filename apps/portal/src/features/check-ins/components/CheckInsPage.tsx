import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TOUCH_SIZE } from '../../opportunities/layout';
import { formatDate } from '../../reference';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { PageLoader } from '../../shell/components/PageLoader';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import type { CheckIn } from '../api/types';
import { useMyCheckIns } from '../hooks/useCheckIns';
import { CHECK_IN_PATHS } from '../navigation';

/** `/survivor/check-ins`: the questions waiting for an answer, missed ones too (they can still be answered). */
export function CheckInsPage() {
  const { t } = useTranslation();
  const list = useMyCheckIns();
  usePageTitle(t('checkIns.list.title'));

  const content = () => {
    if (list.isPending) return <PageLoader />;
    if (list.isError) return <ErrorAlert error={list.error} title={t('checkIns.list.failed')} onRetry={() => void list.refetch()} />;
    if (list.data.items.length === 0) {
      return (
        <Paper withBorder p="md">
          <Stack gap={4}>
            <Text fw={700}>{t('checkIns.list.emptyTitle')}</Text>
            <Text>{t('checkIns.list.emptyBody')}</Text>
          </Stack>
        </Paper>
      );
    }
    return (
      <Stack component="ul" aria-label={t('checkIns.list.label')} gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {list.data.items.map((checkIn) => (
          <CheckInItem key={checkIn.id} checkIn={checkIn} />
        ))}
      </Stack>
    );
  };

  return (
    <Stack gap="lg" maw={640}>
      <Stack gap="xs">
        <Title order={1}>{t('checkIns.list.title')}</Title>
        <Text>{t('checkIns.list.intro')}</Text>
      </Stack>
      {content()}
    </Stack>
  );
}

function CheckInItem({ checkIn }: { checkIn: CheckIn }) {
  const { t, i18n } = useTranslation();
  const aboutId = useId();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <Paper component="li" withBorder p="md">
      <Stack gap="xs">
        <Text id={aboutId} fw={700} style={{ overflowWrap: 'anywhere' }}>
          {t('checkIns.list.about', { employer: checkIn.employerName })}
        </Text>
        <Text size="sm" dir="auto" style={{ overflowWrap: 'anywhere' }}>
          {checkIn.jobTitle}
        </Text>
        <Text size="sm">{t('checkIns.list.since', { date: formatDate(checkIn.dueOn, language) })}</Text>
        {/* Every item has an "Answer" link: what it is about is read out with it. */}
        <Button component={Link} to={CHECK_IN_PATHS.survivorCheckIn(checkIn.id)} mih={TOUCH_SIZE} w="fit-content" aria-describedby={aboutId}>
          {t('checkIns.list.answer')}
        </Button>
      </Stack>
    </Paper>
  );
}
