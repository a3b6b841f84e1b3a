import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../shell/components/DataTable';
import { Section } from '../../shell/components/Section';
import type { RetentionReport } from '../api/types';
import { isKnown, namedGroups, useRetentionFormat, type NamedGroup } from '../hooks/useRetentionFormat';

/** Every group's figures, the overall ones first: what the CSV download holds. */
export function GroupTable({ report }: { report: RetentionReport }) {
  const { t } = useTranslation();
  const format = useRetentionFormat();
  const { subject, groupBy } = report;
  const heading = groupBy ? t('retention.table.heading') : t('retention.table.headingOverall');
  const rows = namedGroups(report, format, t(`retention.${subject}.all`));

  const columns: [Column<NamedGroup>, ...Column<NamedGroup>[]] = [
    {
      header: groupBy ? t(`retention.groupings.${subject}.${groupBy}`) : t('retention.table.group'),
      // Names people wrote keep their own direction; the overall row and codes follow the page.
      cell: (row) => (row.written ? <span dir="auto">{row.name}</span> : row.name),
    },
    { header: t('retention.table.count'), cell: (row) => format.number(row.group.count) },
    { header: t(`retention.${subject}.ended`), cell: (row) => format.number(row.group.ended) },
    { header: t(`retention.${subject}.running`), cell: (row) => format.number(row.group.censored) },
    ...report.days.map(
      (day): Column<NamedGroup> => ({
        header: t('retention.table.after', { days: format.days(day) }),
        cell: (row) => {
          const point = row.group.points.find((candidate) => candidate.day === day);
          if (!point) return t('retention.figures.unknown');
          return (
            <Stack gap={0}>
              <Text size="sm" fw={600}>
                {isKnown(point) ? format.percent(point.survival) : t('retention.figures.unknown')}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`retention.${subject}.atRisk`, { number: format.number(point.atRisk) })}
              </Text>
            </Stack>
          );
        },
      }),
    ),
    {
      header: t('retention.table.median'),
      cell: (row) => (row.group.medianDays === null ? t('retention.figures.notReached') : format.days(row.group.medianDays)),
    },
  ];

  return (
    <Section heading={heading}>
      <DataTable label={heading} minWidth={1000} rows={rows} columns={columns} />
    </Section>
  );
}
