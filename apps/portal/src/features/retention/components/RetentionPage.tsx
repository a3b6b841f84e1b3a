import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/CurrentUserContext';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { PageLoader } from '../../shell/components/PageLoader';
import { Section } from '../../shell/components/Section';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { retentionCsvHref } from '../api/retentionApi';
import type { RetentionReport } from '../api/types';
import { useRetentionReport } from '../hooks/useRetention';
import { useRetentionFormat } from '../hooks/useRetentionFormat';
import { rangeIsReversed, readView, reportQuery, viewParams, type RetentionView } from '../retentionView';
import { GroupTable } from './GroupTable';
import { HeadlineFigures } from './HeadlineFigures';
import { RetentionChart } from './RetentionChart';
import { RetentionControls } from './RetentionControls';

/**
 * `/caseworker/outcomes` and `/admin/outcomes`: how long jobs and grant-funded businesses last.
 * The API scopes the figures: a caseworker's organisation, or every organisation for an admin.
 */
export function RetentionPage() {
  const { t } = useTranslation();
  usePageTitle(t('retention.page.title'));
  const { role } = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = readView(searchParams);
  const reversed = rangeIsReversed(view);
  const query = reportQuery(view);
  const report = useRetentionReport(query, { enabled: !reversed });

  const change = (changes: Partial<RetentionView>) => setSearchParams(viewParams({ ...view, ...changes }), { replace: true });

  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1}>{t('retention.page.title')}</Title>
      <Text>{role === 'admin' ? t('retention.page.introAdmin') : t('retention.page.introCaseworker')}</Text>
      <RetentionControls view={view} onChange={change} csvHref={reversed ? null : retentionCsvHref(query)} />
      <Text>{t(`retention.${view.subject}.method`)}</Text>
      {!reversed && <Results report={report} filtered={Boolean(view.from || view.to)} />}
    </Stack>
  );
}

function Results({ report, filtered }: { report: ReturnType<typeof useRetentionReport>; filtered: boolean }) {
  const { t } = useTranslation();
  if (report.isPending) return <PageLoader label={t('retention.page.loading')} />;
  if (report.isError) return <ErrorAlert error={report.error} title={t('retention.page.failed')} onRetry={() => void report.refetch()} />;
  // Another choice is loading: the last figures stay, dimmed and marked busy.
  const refreshing = report.isFetching && report.isPlaceholderData;
  return (
    <Stack gap="xl" aria-busy={refreshing} style={{ opacity: refreshing ? 0.6 : 1 }}>
      <Report report={report.data} filtered={filtered} />
    </Stack>
  );
}

function Report({ report, filtered }: { report: RetentionReport; filtered: boolean }) {
  const { t } = useTranslation();
  const format = useRetentionFormat();
  const { subject } = report;
  return (
    <>
      <Text size="sm" c="dimmed">
        {t('retention.page.asOf', { date: format.date(report.asOf) })}
      </Text>
      {report.overall.count === 0 ? (
        <Stack gap="xs">
          <Text fw={600}>{t(`retention.${subject}.empty`)}</Text>
          {filtered && <Text>{t('retention.page.emptyFiltered')}</Text>}
        </Stack>
      ) : (
        <>
          <HeadlineFigures report={report} />
          <Section heading={t('retention.chart.heading')}>
            <RetentionChart report={report} />
          </Section>
          <GroupTable report={report} />
        </>
      )}
    </>
  );
}
