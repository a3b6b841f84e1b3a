import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FactList, type Fact } from '../../shell/components/FactList';
import { Section } from '../../shell/components/Section';
import type { RetentionPoint, RetentionReport } from '../api/types';
import { isKnown, useRetentionFormat } from '../hooks/useRetentionFormat';

/** The overall group: how many, how many still running, and how many kept at each day. */
export function HeadlineFigures({ report }: { report: RetentionReport }) {
  const { t } = useTranslation();
  const format = useRetentionFormat();
  const { subject, overall } = report;

  const facts: Fact[] = [
    { label: t(`retention.${subject}.count`), value: <Figure main={format.number(overall.count)} /> },
    { label: t(`retention.${subject}.running`), value: <Figure main={format.number(overall.censored)} /> },
    { label: t(`retention.${subject}.ended`), value: <Figure main={format.number(overall.ended)} /> },
    ...overall.points.map((point) => ({
      label: t(`retention.${subject}.retainedAfter`, { days: format.days(point.day) }),
      value: <Retained point={point} subject={subject} />,
    })),
    {
      label: t(`retention.${subject}.median`),
      value:
        overall.medianDays === null ? (
          <Figure main={t('retention.figures.notReached')} detail={t(`retention.${subject}.notReachedWhy`)} />
        ) : (
          <Figure main={format.days(overall.medianDays)} />
        ),
    },
  ];

  return (
    <Section heading={t(`retention.${subject}.all`)}>
      <FactList facts={facts} />
    </Section>
  );
}

function Retained({ point, subject }: { point: RetentionPoint; subject: RetentionReport['subject'] }) {
  const { t } = useTranslation();
  const format = useRetentionFormat();
  const atRisk = t(`retention.${subject}.atRisk`, { number: format.number(point.atRisk) });
  return isKnown(point) ? (
    <Figure main={format.percent(point.survival)} detail={atRisk} />
  ) : (
    <Figure main={t('retention.figures.unknown')} detail={t(`retention.${subject}.unknownWhy`)} />
  );
}

function Figure({ main, detail }: { main: string; detail?: string }) {
  return (
    <Stack component="span" gap={0}>
      <Text component="span" fw={700} size="xl">
        {main}
      </Text>
      {detail && (
        <Text component="span" size="sm" c="dimmed">
          {detail}
        </Text>
      )}
    </Stack>
  );
}
