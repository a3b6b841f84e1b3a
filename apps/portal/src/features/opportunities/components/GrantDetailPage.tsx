import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { GrantOpportunity } from '../../../api/types';
import { ApplyForGrant } from '../../grant-applications/components/ApplyForGrant';
import { PageError } from '../../shell/components/PageError';
import { PageLoader } from '../../shell/components/PageLoader';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { useFocusWhenReady } from '../hooks/useFocusWhenReady';
import { useGrantOpportunity } from '../hooks/useOpportunity';
import { useOpportunityFormat } from '../hooks/useOpportunityFormat';
import { FOCUSED_HEADING_STYLE } from '../layout';
import { isNoLongerAvailable } from '../opportunityErrors';
import { BackToSearchLink, DetailSection, FactList, WrittenText, type Fact } from './DetailParts';
import { NoLongerAvailable } from './NoLongerAvailable';
import { OpportunityTypeBadge } from './OpportunityTypeBadge';

export function GrantDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const grant = useGrantOpportunity(id);
  const gone = isNoLongerAvailable(grant.error);
  usePageTitle(grant.data?.title ?? (gone ? t('opportunities.detail.notAvailableTitle') : t('opportunities.search.title')));

  if (grant.isPending) return <PageLoader label={t('opportunities.detail.loading')} />;
  if (gone) return <NoLongerAvailable />;
  if (grant.error) return <PageError error={grant.error} onRetry={() => void grant.refetch()} />;
  return <GrantDetail grant={grant.data} />;
}

/** A grant programme in plain words: how much, who can apply, what papers it takes, until when. */
function GrantDetail({ grant }: { grant: GrantOpportunity }) {
  const { t } = useTranslation();
  const format = useOpportunityFormat();
  const headingRef = useFocusWhenReady<HTMLHeadingElement>(true);

  const facts: Fact[] = [
    { label: t('opportunities.grant.amount'), value: format.amountRange(grant.amount) },
    ...(grant.deadline ? [{ label: t('opportunities.detail.closingDate'), value: format.date(grant.deadline) }] : []),
    { label: t('opportunities.detail.sector'), value: grant.sector ? t(`reference.sectors.${grant.sector}`) : t('reference.anySector') },
    { label: t('opportunities.detail.region'), value: grant.regionName ?? t('reference.anyRegion') },
  ];

  return (
    <Stack gap="lg" maw={720}>
      <BackToSearchLink />
      <Stack gap="xs" align="flex-start">
        <OpportunityTypeBadge type="grant" />
        <Title order={1} ref={headingRef} tabIndex={-1} dir="auto" style={{ ...FOCUSED_HEADING_STYLE, overflowWrap: 'anywhere' }}>
          {grant.title}
        </Title>
        <Text size="lg">{t('opportunities.grant.funder', { name: grant.funderName })}</Text>
      </Stack>

      <FactList heading={t('opportunities.grant.facts')} facts={facts} />

      <DetailSection heading={t('opportunities.grant.description')}>
        <WrittenText>{grant.description}</WrittenText>
      </DetailSection>

      <DetailSection heading={t('opportunities.grant.eligibility')}>
        <WrittenText>{grant.eligibility}</WrittenText>
      </DetailSection>

      <DetailSection heading={t('opportunities.grant.documents')}>
        {grant.requiredDocuments.length > 0 ? (
          <List>
            {grant.requiredDocuments.map((document) => (
              <List.Item key={document}>
                <bdi>{document}</bdi>
              </List.Item>
            ))}
          </List>
        ) : (
          <Text>{t('opportunities.grant.noDocuments')}</Text>
        )}
      </DetailSection>

      <Text fw={700}>{t('opportunities.detail.applyHint')}</Text>
      <ApplyForGrant programmeId={grant.id} />
    </Stack>
  );
}
