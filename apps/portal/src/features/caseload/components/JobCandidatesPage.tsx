import { Alert, Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { MatchExplanations } from '../../profile';
import { PageError } from '../../shell/components/PageError';
import { PageLoader } from '../../shell/components/PageLoader';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import type { Candidate } from '../api/types';
import { useCandidates } from '../hooks/useCandidates';
import { CASELOAD_PATHS } from '../navigation';
import { ApplicationStatusBadge } from './ApplicationStatusBadge';
import { ScoreBadge } from './ScoreBadge';

/** `/caseworker/jobs/:id/candidates`: the organisation's people who fit a job, best first. */
export function JobCandidatesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const candidates = useCandidates(id);
  usePageTitle(candidates.data ? t('caseload.candidates.heading', { title: candidates.data.jobTitle }) : t('caseload.candidates.title'));
  if (candidates.isPending) return <PageLoader />;
  if (candidates.error) return <PageError error={candidates.error} onRetry={() => void candidates.refetch()} />;
  const { jobTitle, employerVetted, candidates: ranked } = candidates.data;

  return (
    <Stack gap="lg" maw={860}>
      <Anchor component={Link} to={CASELOAD_PATHS.candidates} size="sm" w="fit-content">
        {t('caseload.candidates.backToJobs')}
      </Anchor>
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>
        {t('caseload.candidates.heading', { title: jobTitle })}
      </Title>
      {!employerVetted ? (
        <Alert color="orange" variant="light" role="note" title={t('caseload.candidates.notVettedTitle')}>
          {t('caseload.candidates.notVettedBody')}
        </Alert>
      ) : ranked.length === 0 ? (
        <Text>{t('caseload.candidates.none')}</Text>
      ) : (
        <>
          <Text>{t('caseload.candidates.intro')}</Text>
          <Stack component="ol" role="list" aria-label={t('caseload.candidates.listLabel', { title: jobTitle })} gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {ranked.map((candidate, index) => (
              <CandidateCard key={candidate.survivorId} candidate={candidate} rank={index + 1} />
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}

function CandidateCard({ candidate, rank }: { candidate: Candidate; rank: number }) {
  const { t } = useTranslation();
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <Text c="dimmed" fw={600}>
              {t('caseload.candidates.rank', { rank })}
            </Text>
            <Anchor component={Link} to={CASELOAD_PATHS.survivor(candidate.survivorId)} fw={600} size="lg" style={{ overflowWrap: 'anywhere' }}>
              {candidate.pseudonym}
            </Anchor>
          </Group>
          <Group gap="xs">
            {candidate.applicationStatus && <ApplicationStatusBadge status={candidate.applicationStatus} />}
            <ScoreBadge score={candidate.score} />
          </Group>
        </Group>
        <MatchExplanations reasons={candidate.reasons} gaps={candidate.gaps} />
      </Stack>
    </Card>
  );
}
