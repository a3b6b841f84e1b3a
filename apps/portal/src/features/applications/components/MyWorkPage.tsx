import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FactList, type Fact } from '../../shell/components/FactList';
import { ListResults } from '../../shell/components/ListResults';
import { Section } from '../../shell/components/Section';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import type { Placement } from '../api/types';
import { useApplicationFormat } from '../format';
import { usePlacementList } from '../hooks/usePlacements';
import { EndPlacementButton } from './EndPlacementButton';
import { FindWork } from './MyApplicationsPage';

const SHOWN = 100;

/** `/survivor/work`: the person's jobs, current and past; "I left / I lost this job" on a current one. */
export function MyWorkPage() {
  const { t } = useTranslation();
  usePageTitle(t('applications.work.title'));
  const list = usePlacementList({ limit: SHOWN });
  const [ended, setEnded] = useState(false);

  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{t('applications.work.title')}</Title>
      <Text>{t('applications.work.intro')}</Text>
      {ended && (
        <Alert color="teal" variant="light" role="status" title={t('applications.work.endedTitle')}>
          {t('applications.work.endedBody')}
        </Alert>
      )}
      <ListResults list={list} empty={<FindWork empty={t('applications.work.empty')} />}>
        {(data) => {
          const current = data.items.filter((placement) => placement.active);
          const past = data.items.filter((placement) => !placement.active);
          return (
            <Stack gap="lg">
              <Section heading={t('applications.work.current')}>
                {current.length === 0 ? (
                  <Text>{t('applications.work.noCurrent')}</Text>
                ) : (
                  <WorkList placements={current} label={t('applications.work.current')} onEnded={() => setEnded(true)} />
                )}
              </Section>
              {past.length > 0 && (
                <Section heading={t('applications.work.past')}>
                  <WorkList placements={past} label={t('applications.work.past')} onEnded={() => setEnded(true)} />
                </Section>
              )}
            </Stack>
          );
        }}
      </ListResults>
    </Stack>
  );
}

function WorkList({ placements, label, onEnded }: { placements: Placement[]; label: string; onEnded: () => void }) {
  return (
    <Stack gap="sm" component="ul" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {placements.map((placement) => (
        <WorkCard key={placement.id} placement={placement} onEnded={onEnded} />
      ))}
    </Stack>
  );
}

function WorkCard({ placement, onEnded }: { placement: Placement; onEnded: () => void }) {
  const { t } = useTranslation();
  const format = useApplicationFormat();
  const facts: Fact[] = [
    { label: t('applications.work.started'), value: format.date(placement.startDate) },
    { label: t('applications.work.pay'), value: format.wage(placement.wage) },
    { label: t('applications.work.hours'), value: format.hours(placement.hoursPerWeek) },
    ...(placement.endDate ? [{ label: t('applications.work.ended'), value: format.date(placement.endDate) }] : []),
    ...(placement.endReason ? [{ label: t('applications.work.why'), value: t(`applications.endReasonsForYou.${placement.endReason}`) }] : []),
  ];
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h4" dir="auto" style={{ overflowWrap: 'anywhere' }}>
            {placement.job.title}
          </Title>
          <Text size="sm">{t('applications.common.employer', { name: placement.job.employerName })}</Text>
        </Stack>
        <FactList facts={facts} />
        {placement.active && <EndPlacementButton placementId={placement.id} startDate={placement.startDate} audience="you" onEnded={onEnded} />}
      </Stack>
    </Card>
  );
}
