import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OPPORTUNITY_PATHS } from '../../opportunities/navigation';
import { ListResults } from '../../shell/components/ListResults';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import type { ApplicationSummary } from '../api/types';
import { useApplicationFormat } from '../format';
import { useApplicationList } from '../hooks/useApplications';
import { APPLICATION_PATHS } from '../navigation';
import { ApplicationStatusBadge } from './ApplicationStatusBadge';

/** A person has few applications: one page holds them all. */
const SHOWN = 100;

/** `/survivor/applications`: the jobs the person applied for, and where each one stands. */
export function MyApplicationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('applications.mine.title'));
  const list = useApplicationList({ limit: SHOWN });

  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{t('applications.mine.title')}</Title>
      <Text>{t('applications.mine.intro')}</Text>
      <ListResults list={list} empty={<FindWork empty={t('applications.mine.empty')} />}>
        {(data) => (
          <Stack gap="sm" component="ul" aria-label={t('applications.mine.title')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {data.items.map((application) => (
              <ApplicationCard key={application.id} application={application} />
            ))}
          </Stack>
        )}
      </ListResults>
    </Stack>
  );
}

/** Nothing here yet: the way to the jobs. */
export function FindWork({ empty }: { empty: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text>{empty}</Text>
      <Button component={Link} to={OPPORTUNITY_PATHS.search} w="fit-content">
        {t('applications.mine.findWork')}
      </Button>
    </Stack>
  );
}

function ApplicationCard({ application }: { application: ApplicationSummary }) {
  const { t } = useTranslation();
  const format = useApplicationFormat();
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Anchor component={Link} to={APPLICATION_PATHS.survivorApplication(application.id)} fw={600} size="lg" dir="auto" style={{ overflowWrap: 'anywhere' }}>
            {application.job.title}
          </Anchor>
          <ApplicationStatusBadge status={application.status} audience="you" />
        </Group>
        <Text size="sm">{t('applications.common.employer', { name: application.job.employerName })}</Text>
        <Text size="sm" c="dimmed">
          {t('applications.common.since', { date: format.date(application.statusChangedAt) })}
        </Text>
      </Stack>
    </Card>
  );
}
