import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isNotFound } from '../../applications/applicationErrors';
import { CASELOAD_PATHS } from '../../caseload';
import { FactList, type Fact } from '../../shell/components/FactList';
import { PageError } from '../../shell/components/PageError';
import { PageLoader } from '../../shell/components/PageLoader';
import { Section } from '../../shell/components/Section';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import type { FlagSummary, SurvivorTimeline, TimelinePlacement } from '../api/types';
import { useFollowUpFormat } from '../format';
import { useCheckInAnswered, useSurvivorTimeline } from '../hooks/useFollowUp';
import { FOLLOW_UP_PATHS } from '../navigation';
import { CheckInItem } from './CheckInItem';
import { DueTime, FlagStatusBadge, LevelBadge } from './FlagBadges';
import { NotFound } from './NotFound';
import { SignalList } from './SignalList';

const LIST_STYLE = { listStyle: 'none', padding: 0, margin: 0 } as const;

/** `/caseworker/survivors/:id/timeline`: one person's time in work, gaps, check-ins, signals and follow-ups. */
export function SurvivorTimelinePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const timeline = useSurvivorTimeline(id);
  const notFound = isNotFound(timeline.error);
  // Not the name shown: the heading says whose timeline it is, the tab title stays in the browser's history.
  usePageTitle(notFound ? t('followUp.timeline.notFoundTitle') : t('followUp.timeline.tabTitle'));
  if (timeline.isPending) return <PageLoader />;
  if (notFound) return <NotFound title={t('followUp.timeline.notFoundTitle')} body={t('followUp.timeline.notFoundBody')} backTo={CASELOAD_PATHS.survivors} backLabel={t('followUp.timeline.backToPeople')} />;
  if (timeline.error) return <PageError error={timeline.error} onRetry={() => void timeline.refetch()} />;
  return <Timeline timeline={timeline.data} />;
}

function Timeline({ timeline }: { timeline: SurvivorTimeline }) {
  const { t } = useTranslation();
  const answered = useCheckInAnswered(timeline.survivor.id);
  const { survivor, current } = timeline;

  const facts: Fact[] = [
    { label: t('followUp.timeline.currentJob'), value: current ? <JobName placement={current} /> : t('followUp.timeline.notInWork') },
    ...(current ? [{ label: t('followUp.timeline.currentTenure'), value: current.tenureDays }] : []),
    { label: t('followUp.timeline.totalTenure'), value: timeline.totalTenureDays },
    ...(timeline.currentGapDays !== null ? [{ label: t('followUp.timeline.currentGap'), value: timeline.currentGapDays }] : []),
  ];

  return (
    <Stack gap="xl" maw={860}>
      <Stack gap="sm">
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {t('followUp.timeline.title', { pseudonym: survivor.pseudonym })}
        </Title>
        <Group gap="md" wrap="wrap">
          <Anchor component={Link} to={CASELOAD_PATHS.survivor(survivor.id)}>
            {t('followUp.timeline.recordLink')}
          </Anchor>
          <Anchor component={Link} to={FOLLOW_UP_PATHS.queue}>
            {t('followUp.timeline.queueLink')}
          </Anchor>
        </Group>
      </Stack>

      <Section heading={t('followUp.timeline.workHeading')} intro={t('followUp.timeline.daysIntro')}>
        <FactList facts={facts} />
      </Section>

      <Section heading={t('followUp.timeline.placementsHeading')}>
        {timeline.placements.length === 0 ? (
          <Text>{t('followUp.timeline.noPlacements')}</Text>
        ) : (
          <Stack component="ul" gap="sm" style={LIST_STYLE}>
            {timeline.placements.map((placement) => (
              <PlacementItem key={placement.id} placement={placement} />
            ))}
          </Stack>
        )}
      </Section>

      <Section heading={t('followUp.checkIns.sectionHeading')}>
        {timeline.checkIns.length === 0 ? (
          <Text>{t('followUp.checkIns.none')}</Text>
        ) : (
          <Stack component="ul" gap="sm" style={LIST_STYLE}>
            {timeline.checkIns.map((checkIn) => (
              <CheckInItem key={checkIn.id} checkIn={checkIn} onAnswered={answered} />
            ))}
          </Stack>
        )}
      </Section>

      <Section heading={t('followUp.timeline.signalsHeading')}>
        <SignalList signals={timeline.signals} linkToFlag />
      </Section>

      <Section heading={t('followUp.timeline.flagsHeading')}>
        {timeline.flags.length === 0 ? (
          <Text>{t('followUp.timeline.noFlags')}</Text>
        ) : (
          <Stack component="ul" gap="sm" style={LIST_STYLE}>
            {timeline.flags.map((flag) => (
              <FlagItem key={flag.id} flag={flag} />
            ))}
          </Stack>
        )}
      </Section>
    </Stack>
  );
}

function JobName({ placement }: { placement: TimelinePlacement }) {
  const { t } = useTranslation();
  return <span dir="auto">{t('followUp.timeline.jobAt', { job: placement.jobTitle, employer: placement.employerName })}</span>;
}

function PlacementItem({ placement }: { placement: TimelinePlacement }) {
  const { t } = useTranslation();
  const format = useFollowUpFormat();
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap="sm">
        <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }}>
          <JobName placement={placement} />
        </Title>
        <FactList
          facts={[
            { label: t('followUp.timeline.started'), value: format.date(placement.startDate) },
            { label: t('followUp.timeline.ended'), value: placement.endDate ? format.date(placement.endDate) : t('followUp.timeline.stillWorking') },
            { label: t('followUp.timeline.tenure'), value: placement.tenureDays },
            ...(placement.endReason ? [{ label: t('followUp.timeline.endReason'), value: t(`followUp.endReasons.${placement.endReason}`) }] : []),
            {
              label: t('followUp.timeline.gapBefore'),
              value: placement.gapBeforeDays === null ? t('followUp.timeline.firstPlacement') : placement.gapBeforeDays,
            },
          ]}
        />
      </Stack>
    </Card>
  );
}

function FlagItem({ flag }: { flag: FlagSummary }) {
  const { t } = useTranslation();
  const format = useFollowUpFormat();
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Anchor component={Link} to={FOLLOW_UP_PATHS.flag(flag.id)} fw={600}>
            {t('followUp.timeline.flagLink', { date: format.dateTime(flag.openedAt) })}
          </Anchor>
          <Group gap={6}>
            <LevelBadge level={flag.level} />
            <FlagStatusBadge status={flag.status} />
          </Group>
        </Group>
        <Text size="sm">{flag.reasons.map(format.reason).join(', ')}</Text>
        {flag.status === 'resolved' ? (
          flag.outcome && <Text size="sm">{t('followUp.timeline.outcome', { outcome: t(`followUp.outcomes.${flag.outcome}`) })}</Text>
        ) : (
          <Group gap={6} wrap="wrap">
            <Text size="sm" span>
              {t('followUp.queue.cardDue')}
            </Text>
            <DueTime flag={flag} />
          </Group>
        )}
      </Stack>
    </Card>
  );
}
