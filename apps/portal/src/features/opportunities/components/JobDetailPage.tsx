import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { JobOpportunity } from '../../../api/types';
import { ApplyToJob } from '../../applications/components/ApplyToJob';
import { useSkills } from '../../reference';
import { PageError } from '../../shell/components/PageError';
import { PageLoader } from '../../shell/components/PageLoader';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { useFocusWhenReady } from '../hooks/useFocusWhenReady';
import { useJobOpportunity } from '../hooks/useOpportunity';
import { useOpportunityFormat } from '../hooks/useOpportunityFormat';
import { FOCUSED_HEADING_STYLE } from '../layout';
import { isNoLongerAvailable } from '../opportunityErrors';
import { BackToSearchLink, DetailSection, FactList, WrittenText, type Fact } from './DetailParts';
import { NoLongerAvailable } from './NoLongerAvailable';
import { OpportunityTypeBadge } from './OpportunityTypeBadge';
import { ReportConcern } from './ReportConcern';

export function JobDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const job = useJobOpportunity(id);
  const gone = isNoLongerAvailable(job.error);
  usePageTitle(job.data?.title ?? (gone ? t('opportunities.detail.notAvailableTitle') : t('opportunities.search.title')));

  if (job.isPending) return <PageLoader label={t('opportunities.detail.loading')} />;
  if (gone) return <NoLongerAvailable />;
  if (job.error) return <PageError error={job.error} onRetry={() => void job.refetch()} />;
  return <JobDetail job={job.data} />;
}

/** A job in plain words: what, pay, where, what you need, what you get. No contact details. */
function JobDetail({ job }: { job: JobOpportunity }) {
  const { t } = useTranslation();
  const format = useOpportunityFormat();
  const { skillLabel } = useSkills();
  const headingRef = useFocusWhenReady<HTMLHeadingElement>(true);

  const facts: Fact[] = [
    { label: t('opportunities.job.pay'), value: format.wage(job.wage) },
    { label: t('opportunities.job.hours'), value: format.hours(job.wage.hoursPerWeek) },
    { label: t('opportunities.job.where'), value: [job.remote ? t('reference.remote') : null, job.regionName].filter(Boolean).join(' · ') },
    { label: t('opportunities.detail.sector'), value: t(`reference.sectors.${job.sector}`) },
    { label: t('opportunities.job.startDate'), value: job.startDate ? format.date(job.startDate) : t('opportunities.job.startToAgree') },
    ...(job.closingDate ? [{ label: t('opportunities.detail.closingDate'), value: format.date(job.closingDate) }] : []),
  ];

  return (
    <Stack gap="lg" maw={720}>
      <BackToSearchLink />
      <Stack gap="xs" align="flex-start">
        <OpportunityTypeBadge type="job" />
        <Title order={1} ref={headingRef} tabIndex={-1} dir="auto" style={{ ...FOCUSED_HEADING_STYLE, overflowWrap: 'anywhere' }}>
          {job.title}
        </Title>
        <Text size="lg">{t('opportunities.job.employer', { name: job.employerName })}</Text>
      </Stack>

      <FactList heading={t('opportunities.job.facts')} facts={facts} />

      <DetailSection heading={t('opportunities.job.description')}>
        <WrittenText>{job.description}</WrittenText>
      </DetailSection>

      <DetailSection heading={t('opportunities.job.requiredSkills')}>
        {job.requiredSkills.length > 0 ? <SkillList codes={job.requiredSkills} label={skillLabel} /> : <Text>{t('opportunities.detail.noSkillsNeeded')}</Text>}
      </DetailSection>

      {job.preferredSkills.length > 0 && (
        <DetailSection heading={t('opportunities.job.preferredSkills')}>
          <SkillList codes={job.preferredSkills} label={skillLabel} />
        </DetailSection>
      )}

      {job.languages.length > 0 && (
        <DetailSection heading={t('opportunities.job.languages')}>
          <Text>{format.list(job.languages.map(format.languageName))}</Text>
        </DetailSection>
      )}

      {job.trainingOffered && (
        <DetailSection heading={t('opportunities.job.training')}>
          <WrittenText>{job.trainingOffered}</WrittenText>
        </DetailSection>
      )}

      {job.accommodations && (
        <DetailSection heading={t('opportunities.job.support')}>
          <WrittenText>{job.accommodations}</WrittenText>
        </DetailSection>
      )}

      <Text fw={700}>{t('opportunities.detail.applyHint')}</Text>
      <ApplyToJob jobId={job.id} />
      <ReportConcern employerId={job.employerId} />
    </Stack>
  );
}

function SkillList({ codes, label }: { codes: string[]; label: (code: string) => string }) {
  return (
    <List>
      {codes.map((code) => (
        <List.Item key={code}>{label(code)}</List.Item>
      ))}
    </List>
  );
}
