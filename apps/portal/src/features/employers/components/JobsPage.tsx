import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Job } from '../../../api/types';
import { formatDate, formatMoney } from '../../reference';
import { PageError } from '../../shell/components/PageError';
import { PageLoader } from '../../shell/components/PageLoader';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { useEmployerStanding } from '../hooks/useEmployerStanding';
import { useJobs } from '../hooks/useJobs';
import { EMPLOYER_PATHS } from '../paths';
import { JobStatusBadge } from './JobStatusBadge';

/** `/employer/jobs`: the organisation's jobs, drafts first in the API's order. */
export function JobsPage() {
  const { t } = useTranslation();
  usePageTitle(t('employers.jobs.title'));
  const jobs = useJobs();
  const standing = useEmployerStanding();

  return (
    <Stack gap="lg" maw={720}>
      <Group justify="space-between" gap="sm">
        <Title order={1}>{t('employers.jobs.heading')}</Title>
        <Button component={Link} to={EMPLOYER_PATHS.newJob}>
          {t('employers.jobs.newJob')}
        </Button>
      </Group>
      {standing.data && !standing.data.canPublish && (
        <Alert role="note" color="gray" variant="light" title={t('employers.standing.cannotPublish')}>
          <Stack gap="xs">
            <Text size="sm" lang="en" dir="auto">
              {standing.data.publishingBlockedBecause}
            </Text>
            <Anchor component={Link} to={EMPLOYER_PATHS.organisation} size="sm">
              {t('employers.jobs.standingLink')}
            </Anchor>
          </Stack>
        </Alert>
      )}
      {jobs.isPending ? (
        <PageLoader />
      ) : jobs.error ? (
        <PageError error={jobs.error} onRetry={() => void jobs.refetch()} />
      ) : jobs.data.length === 0 ? (
        <Text>{t('employers.jobs.empty')}</Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {jobs.data.map((job) => (
            <JobCard key={job.id} job={job} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function JobCard({ job }: { job: Job }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Anchor component={Link} to={EMPLOYER_PATHS.job(job.id)} fw={600} size="lg">
            {job.title}
          </Anchor>
          <JobStatusBadge status={job.status} />
        </Group>
        <Text size="sm">
          {t('reference.wage', {
            amount: formatMoney(job.wage.amountMinor, job.wage.currency, language),
            period: t(`reference.wagePeriods.${job.wage.period}`),
          })}
          {' · '}
          {job.remote ? t('reference.remote') : job.regionName}
          {' · '}
          {t('reference.hoursPerWeek', { count: job.hoursPerWeek })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('employers.jobs.updated', { date: formatDate(job.updatedAt, language) })}
        </Text>
      </Stack>
    </Card>
  );
}
