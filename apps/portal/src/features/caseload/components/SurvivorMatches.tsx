import { Alert, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MatchExplanations } from '../../profile';
import { formatDate, formatMoney } from '../../reference';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { PageLoader } from '../../shell/components/PageLoader';
import { Section } from '../../shell/components/Section';
import type { Match } from '../api/types';
import { useMatches } from '../hooks/useSurvivors';
import { ScoreBadge } from './ScoreBadge';

/** The jobs and grants that fit a person best, each with why and what is missing. */
export function SurvivorMatches({ survivorId }: { survivorId: string }) {
  const { t } = useTranslation();
  const matches = useMatches(survivorId);
  if (matches.isPending) return <PageLoader label={t('caseload.matches.loading')} />;
  if (matches.error) return <ErrorAlert error={matches.error} title={t('caseload.matches.failed')} onRetry={() => void matches.refetch()} />;
  const { jobs, grants, profileComplete } = matches.data;
  return (
    <Stack gap="md">
      {!profileComplete && (
        <Alert color="yellow" variant="light" role="note" title={t('caseload.matches.incompleteTitle')}>
          {t('caseload.matches.incompleteBody')}
        </Alert>
      )}
      <MatchList heading={t('caseload.matches.jobsHeading')} empty={t('caseload.matches.noJobs')} matches={jobs} />
      <MatchList heading={t('caseload.matches.grantsHeading')} empty={t('caseload.matches.noGrants')} matches={grants} />
    </Stack>
  );
}

function MatchList({ heading, empty, matches }: { heading: string; empty: string; matches: Match[] }) {
  return (
    <Section heading={heading} order={3}>
      {matches.length === 0 ? (
        <Text>{empty}</Text>
      ) : (
        <Stack component="ol" role="list" aria-label={heading} gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {matches.map((match) => (
            <MatchCard key={`${match.type}-${match.id}`} match={match} />
          ))}
        </Stack>
      )}
    </Section>
  );
}

function MatchCard({ match }: { match: Match }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const place = [match.regionName, match.remote ? t('reference.remote') : null].filter(Boolean).join(' · ') || t('reference.anyRegion');
  const facts = [
    place,
    match.sector ? t(`reference.sectors.${match.sector}`) : null,
    match.wage
      ? t('reference.wage', { amount: formatMoney(match.wage.amountMinor, match.wage.currency, language), period: t(`reference.wagePeriods.${match.wage.period}`) })
      : null,
    match.hoursPerWeek ? t('reference.hoursPerWeek', { count: match.hoursPerWeek }) : null,
    match.amount
      ? t('reference.amountRange', {
          min: formatMoney(match.amount.minMinor, match.amount.currency, language),
          max: formatMoney(match.amount.maxMinor, match.amount.currency, language),
        })
      : null,
    match.deadline ? t('caseload.matches.deadline', { date: formatDate(match.deadline, language) }) : null,
  ].filter(Boolean);
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text fw={600} size="lg" style={{ overflowWrap: 'anywhere' }}>
              {match.title}
            </Text>
            <Text size="sm">{match.organisationName}</Text>
          </div>
          <ScoreBadge score={match.score} />
        </Group>
        <Text size="sm" c="dimmed">
          {facts.join(' · ')}
        </Text>
        <MatchExplanations reasons={match.reasons} gaps={match.gaps} />
      </Stack>
    </Card>
  );
}
