import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OpportunityHit } from '../../../api/types';
import { useRegions } from '../../reference';
import { useOpportunityFormat } from '../hooks/useOpportunityFormat';
import { OPPORTUNITY_PATHS } from '../navigation';
import { TOUCH_SIZE } from '../layout';
import { OpportunityTypeBadge } from './OpportunityTypeBadge';

interface OpportunityCardProps {
  hit: OpportunityHit;
  onOpen: (id: string) => void;
  linkRef?: Ref<HTMLAnchorElement>;
}

/**
 * One result: what it is, who offers it, what it pays, where, and until when. What employers and
 * funders wrote takes dir="auto": an English title must not be laid out right to left in Arabic.
 */
export function OpportunityCard({ hit, onOpen, linkRef }: OpportunityCardProps) {
  const { t } = useTranslation();
  const format = useOpportunityFormat();
  const { regionName } = useRegions();
  const place = [hit.remote ? t('reference.remote') : null, hit.region ? regionName(hit.region) : null].filter(Boolean).join(' · ');
  const path = hit.type === 'job' ? OPPORTUNITY_PATHS.job(hit.id) : OPPORTUNITY_PATHS.grant(hit.id);

  return (
    <Card component="article" withBorder padding="md">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={3} size="h4" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            <Anchor component={Link} to={path} ref={linkRef} dir="auto" onClick={() => onOpen(hit.id)} display="block" mih={TOUCH_SIZE} py={8} fw={700} inherit>
              {hit.title}
            </Anchor>
          </Title>
          <OpportunityTypeBadge type={hit.type} />
        </Group>
        <Text dir="auto" style={{ overflowWrap: 'anywhere' }}>
          {hit.organisationName}
        </Text>
        {hit.wage && <Text fw={700}>{format.wage(hit.wage)}</Text>}
        {hit.wage && <Text>{format.hours(hit.wage.hoursPerWeek)}</Text>}
        {hit.amount && <Text fw={700}>{format.amountRange(hit.amount)}</Text>}
        <Text>{place || t('reference.anyRegion')}</Text>
        {hit.closesOn && <Text>{t('opportunities.card.closes', { date: format.date(hit.closesOn) })}</Text>}
        {hit.summary && (
          <Text c="dimmed" lineClamp={3} mt={4} dir="auto">
            {hit.summary}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
