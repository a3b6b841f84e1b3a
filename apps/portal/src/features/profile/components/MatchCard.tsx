import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TOUCH_SIZE } from '../../opportunities/layout';
import { OPPORTUNITY_PATHS } from '../../opportunities/navigation';
import { formatDate, useRegions } from '../../reference';
import type { Match } from '../api/types';
import { useProfileFormat } from '../hooks/useProfileFormat';
import { FitBadge } from './FitBadge';
import { MatchExplanations } from './MatchExplanations';

/**
 * One match: what, who offers it, where, what it pays, how well it fits and why, and the way to
 * its page. What employers and funders wrote takes dir="auto".
 */
export function MatchCard({ match }: { match: Match }) {
  const { t } = useTranslation();
  const format = useProfileFormat();
  const { regionName } = useRegions();
  const titleId = useId();
  const path = match.type === 'job' ? OPPORTUNITY_PATHS.job(match.id) : OPPORTUNITY_PATHS.grant(match.id);
  const place = match.remote ? t('reference.remote') : match.regionName || (match.regionCode ? regionName(match.regionCode) : t('reference.anyRegion'));
  const amount = match.amount;

  return (
    <Card component="article" withBorder padding="md" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={3} size="h4" id={titleId} dir="auto" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            {match.title}
          </Title>
          <FitBadge score={match.score} />
        </Group>
        <Stack gap={2}>
          <Text dir="auto" style={{ overflowWrap: 'anywhere' }}>
            {t('profile.matches.organisation', { name: match.organisationName })}
          </Text>
          <Text>{place}</Text>
          {match.wage && <Text fw={700}>{t('reference.wage', { amount: format.money(match.wage.hourlyMinor, match.wage.currency), period: t('reference.wagePeriods.hour') })}</Text>}
          {match.hoursPerWeek !== null && <Text>{t('reference.hoursPerWeek', { count: match.hoursPerWeek })}</Text>}
          {amount && (
            <Text fw={700}>
              {amount.minMinor === amount.maxMinor
                ? format.money(amount.maxMinor, amount.currency)
                : t('reference.amountRange', { min: format.money(amount.minMinor, amount.currency), max: format.money(amount.maxMinor, amount.currency) })}
            </Text>
          )}
          {match.deadline && <Text>{t('profile.matches.deadline', { date: formatDate(match.deadline, format.language) })}</Text>}
        </Stack>
        <MatchExplanations reasons={match.reasons} gaps={match.gaps} />
        <Anchor
          component={Link}
          to={path}
          aria-describedby={titleId}
          fw={700}
          mih={TOUCH_SIZE}
          display="inline-flex"
          w="fit-content"
          style={{ alignItems: 'center' }}
        >
          {t('profile.matches.seeAndApply')}
        </Anchor>
      </Stack>
    </Card>
  );
}
