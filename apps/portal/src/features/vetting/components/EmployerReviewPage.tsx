import { Alert, Anchor, Box, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Concern, EmployerDetail } from '../../../api/types';
import { useCurrentUser } from '../../auth/hooks/CurrentUserContext';
import { JobStatusBadge } from '../../employers/components/JobStatusBadge';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import { useJobs } from '../../employers/hooks/useJobs';
import { formatDate, formatMoney, useRegions } from '../../reference';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { PageError } from '../../shell/components/PageError';
import { PageLoader } from '../../shell/components/PageLoader';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { useEmployerDetail, useStartReview } from '../hooks/useVetting';
import { VETTING_PATHS, isStaffRole } from '../paths';
import { ChecklistAnswers } from './ChecklistAnswers';
import { ConcernCard } from './ConcernCard';
import { DecisionForm } from './DecisionForm';
import { ReviewConcernDialog } from './ReviewConcernDialog';
import { SuspendEmployerButton } from './SuspendEmployerButton';
import { VettingHistory } from './VettingHistory';
import { VettingStatusBadge } from './VettingStatusBadge';

type Notice = 'inReview' | 'vetted' | 'rejected' | 'suspended' | 'upheld' | 'dismissed';

/** `/caseworker/employers/:id`, `/admin/employers/:id`: everything needed to vet one employer. */
export function EmployerReviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const detail = useEmployerDetail(id);
  usePageTitle(detail.data?.name ?? t('vetting.employer.title'));
  if (detail.isPending) return <PageLoader />;
  if (detail.error) return <PageError error={detail.error} onRetry={() => void detail.refetch()} />;
  return <EmployerReview key={detail.data.id} employer={detail.data} />;
}

function EmployerReview({ employer }: { employer: EmployerDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const me = useCurrentUser();
  const role = isStaffRole(me.role) ? me.role : 'caseworker';
  const { regionName } = useRegions();
  const startReview = useStartReview(employer.id);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [decisionRound, setDecisionRound] = useState(0);
  const [reviewing, setReviewing] = useState<Concern | null>(null);

  const openHolding = employer.concerns.filter((concern) => concern.status === 'open' && concern.holdsPublication);
  const canSuspend = employer.status !== 'suspended' && employer.status !== 'rejected';
  const details: [string, ReactNode][] = [
    [t('vetting.employer.legalName'), employer.legalName],
    [t('vetting.employer.registrationNumber'), employer.registrationNumber],
    [t('vetting.employer.sector'), t(`reference.sectors.${employer.sector}`)],
    [t('vetting.employer.regions'), employer.regions.map(regionName).join(', ')],
    [t('vetting.employer.registered'), formatDate(employer.registeredAt, language)],
    [t('vetting.employer.contactName'), employer.contactName],
    [t('vetting.employer.contactEmail'), <Anchor href={`mailto:${employer.contactEmail}`}>{employer.contactEmail}</Anchor>],
    [t('vetting.employer.contactPhone'), <Anchor href={`tel:${employer.contactPhone.replace(/[^+0-9]/g, '')}`}>{employer.contactPhone}</Anchor>],
  ];

  return (
    <Stack gap="xl" maw={760}>
      <Stack gap="sm">
        <Anchor component={Link} to={VETTING_PATHS.employers(role)} size="sm">
          {t('vetting.employer.backToQueue')}
        </Anchor>
        <Title order={1}>{employer.name}</Title>
        <Group gap="sm">
          <VettingStatusBadge status={employer.status} expired={employer.expired} />
          {employer.vettedUntil && (employer.status === 'vetted' || employer.status === 'suspended') && (
            <Text size="sm">
              {employer.expired
                ? t('vetting.employer.expiredOn', { date: formatDate(employer.vettedUntil, language) })
                : t('vetting.employer.vettedUntil', { date: formatDate(employer.vettedUntil, language) })}
            </Text>
          )}
        </Group>
        {employer.reason && (employer.status === 'rejected' || employer.status === 'suspended') && (
          <Text>{t('vetting.employer.reason', { reason: employer.reason })}</Text>
        )}
        {notice && (
          <Alert color="teal" variant="light" role="status">
            {t(`vetting.employer.notice.${notice}`)}
          </Alert>
        )}
        {startReview.error && <ServerErrorAlert error={startReview.error} title={t('vetting.employer.startReviewFailed')} />}
        <Group gap="sm">
          {employer.status === 'pending' && (
            <Button
              // The promise: this button is gone once the page refetches, and mutate's callbacks go with it.
              onClick={() => startReview.mutateAsync().then(() => setNotice('inReview'), () => undefined)}
              disabled={startReview.isPending}
            >
              {t('vetting.employer.startReview')}
            </Button>
          )}
          {canSuspend && (
            <SuspendEmployerButton employerId={employer.id} employerName={employer.name} onSuspended={() => setNotice('suspended')} />
          )}
        </Group>
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="employer-details">
        <Title order={2} id="employer-details">
          {t('vetting.employer.detailsHeading')}
        </Title>
        <Box component="dl" m={0}>
          {details.map(([label, value]) => (
            <Box key={label} mb="xs">
              <Text component="dt" fw={600} size="sm">
                {label}
              </Text>
              <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
                {value}
              </Text>
            </Box>
          ))}
        </Box>
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="employer-concerns">
        <Title order={2} id="employer-concerns">
          {t('vetting.employer.concernsHeading')}
        </Title>
        {openHolding.length > 0 && (
          <Alert role="note" color="red" variant="light" title={t('vetting.employer.concernsHoldTitle')}>
            {t('vetting.employer.concernsHoldBody')}
          </Alert>
        )}
        {employer.concerns.length === 0 ? (
          <Text>{t('vetting.employer.noConcerns')}</Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {employer.concerns.map((concern) => (
              <ConcernCard key={concern.id} concern={concern} onReview={setReviewing} headingOrder={3} />
            ))}
          </Stack>
        )}
      </Stack>

      {employer.checklist && (
        <Stack gap="sm" component="section" aria-labelledby="employer-latest-review">
          <Title order={2} id="employer-latest-review">
            {t('vetting.employer.latestReviewHeading')}
          </Title>
          <ChecklistAnswers answers={employer.checklist} label={t('vetting.employer.latestReviewHeading')} />
        </Stack>
      )}

      <Stack gap="sm" component="section" aria-labelledby="employer-decision">
        <Title order={2} id="employer-decision">
          {t('vetting.employer.decisionHeading')}
        </Title>
        <Text>{t('vetting.employer.decisionIntro')}</Text>
        <DecisionForm
          key={decisionRound}
          employerId={employer.id}
          employerName={employer.name}
          onDecided={(decision) => {
            setNotice(decision);
            setDecisionRound((round) => round + 1);
          }}
        />
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="employer-jobs">
        <Title order={2} id="employer-jobs">
          {t('vetting.employer.jobsHeading')}
        </Title>
        <EmployerJobs employerId={employer.id} />
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="employer-history">
        <Title order={2} id="employer-history">
          {t('vetting.employer.historyHeading')}
        </Title>
        <VettingHistory history={employer.history} />
      </Stack>

      {reviewing && (
        <ReviewConcernDialog
          key={reviewing.id}
          concern={reviewing}
          onClose={() => setReviewing(null)}
          onReviewed={(outcome) => {
            setReviewing(null);
            setNotice(outcome);
          }}
        />
      )}
    </Stack>
  );
}

function EmployerJobs({ employerId }: { employerId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const jobs = useJobs({ employerId });
  if (jobs.isPending) return <PageLoader />;
  if (jobs.error) return <ErrorAlert error={jobs.error} onRetry={() => void jobs.refetch()} />;
  if (jobs.data.length === 0) return <Text>{t('vetting.employer.noJobs')}</Text>;
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {jobs.data.map((job) => (
        <Card key={job.id} component="li" withBorder padding="sm">
          <Group justify="space-between" gap="xs">
            <Text fw={600}>{job.title}</Text>
            <JobStatusBadge status={job.status} />
          </Group>
          <Text size="sm">
            {t('reference.wage', {
              amount: formatMoney(job.wage.amountMinor, job.wage.currency, language),
              period: t(`reference.wagePeriods.${job.wage.period}`),
            })}
            {' · '}
            {job.regionName}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
