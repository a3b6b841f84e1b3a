import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OPPORTUNITY_PATHS } from '../../opportunities/navigation';
import { ListResults } from '../../shell/components/ListResults';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import type { GrantApplicationSummary } from '../api/types';
import { useGrantApplicationList } from '../hooks/useGrantApplications';
import { useGrantFormat } from '../hooks/useGrantFormat';
import { GRANT_APPLICATION_PATHS } from '../navigation';
import { GrantApplicationStatusBadge } from './GrantApplicationStatusBadge';

/** A person has few grant applications: one page holds them all (the API's largest page). */
const ALL_OF_MINE = { limit: 100 } as const;

/** `/survivor/grant-applications`: the person's own grant applications, newest first. */
export function MyGrantApplicationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('grantApplications.mine.list.title'));
  const list = useGrantApplicationList(ALL_OF_MINE);

  return (
    <Stack gap="lg" maw={760}>
      <Title order={1}>{t('grantApplications.mine.list.heading')}</Title>
      <Text>{t('grantApplications.mine.list.intro')}</Text>
      <ListResults
        list={list}
        failed={t('grantApplications.mine.list.failed')}
        empty={
          <Stack gap="xs">
            <Text>{t('grantApplications.mine.list.empty')}</Text>
            <Anchor component={Link} to={OPPORTUNITY_PATHS.search} w="fit-content">
              {t('grantApplications.mine.list.findGrants')}
            </Anchor>
          </Stack>
        }
      >
        {(data) => (
          <Stack gap="sm" component="ul" aria-label={t('grantApplications.mine.list.heading')} p={0} m={0} style={{ listStyle: 'none' }}>
            {data.items.map((application) => (
              <ApplicationCard key={application.id} application={application} />
            ))}
          </Stack>
        )}
      </ListResults>
    </Stack>
  );
}

function ApplicationCard({ application }: { application: GrantApplicationSummary }) {
  const { t } = useTranslation();
  const format = useGrantFormat();
  const money = (minor: number) => format.money(minor, application.currency);
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Anchor component={Link} to={GRANT_APPLICATION_PATHS.survivorApplication(application.id)} fw={600} size="lg" dir="auto" style={{ overflowWrap: 'anywhere' }}>
            {application.programme.title}
          </Anchor>
          <GrantApplicationStatusBadge status={application.status} audience="survivor" />
        </Group>
        <Text size="sm">{t('grantApplications.mine.funder', { name: application.programme.funderName })}</Text>
        <Text size="sm">
          {application.awardedMinor !== null
            ? t('grantApplications.mine.list.askedAndAwarded', { requested: money(application.requestedMinor), awarded: money(application.awardedMinor) })
            : t('grantApplications.mine.list.asked', { requested: money(application.requestedMinor) })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('grantApplications.mine.list.changed', { date: format.date(application.statusChangedAt) })}
        </Text>
      </Stack>
    </Card>
  );
}
