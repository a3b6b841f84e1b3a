import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageError } from '../../shell/components/PageError';
import { PageLoader } from '../../shell/components/PageLoader';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import type { JobSummary } from '../api/types';
import { usePublishedJobs } from '../hooks/useCandidates';
import { CASELOAD_PATHS } from '../navigation';

/** `/caseworker/candidates`: pick a published job to see who in the organisation fits it. */
export function CandidatesPage() {
  const { t } = useTranslation();
  usePageTitle(t('caseload.jobs.title'));
  const jobs = usePublishedJobs();
  if (jobs.isPending) return <PageLoader />;
  if (jobs.error) return <PageError error={jobs.error} onRetry={() => void jobs.refetch()} />;
  return (
    <Stack gap="lg" maw={760}>
      <Title order={1}>{t('caseload.jobs.heading')}</Title>
      <Text>{t('caseload.jobs.intro')}</Text>
      {jobs.data.length === 0 ? (
        <Text>{t('caseload.jobs.none')}</Text>
      ) : (
        <Stack gap="sm" component="ul" aria-label={t('caseload.jobs.listLabel')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {jobs.data.map((job) => (
            <JobCard key={job.id} job={job} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function JobCard({ job }: { job: JobSummary }) {
  const { t } = useTranslation();
  const place = [job.regionName, job.remote ? t('reference.remote') : null].filter(Boolean).join(' · ');
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap={4}>
        <Anchor component={Link} to={CASELOAD_PATHS.jobCandidates(job.id)} fw={600} size="lg" style={{ overflowWrap: 'anywhere' }}>
          {job.title}
        </Anchor>
        <Text size="sm">{t('caseload.jobs.employer', { name: job.employerName })}</Text>
        <Text size="sm" c="dimmed">
          {place}
          {' · '}
          {t(`reference.sectors.${job.sector}`)}
        </Text>
      </Stack>
    </Card>
  );
}
