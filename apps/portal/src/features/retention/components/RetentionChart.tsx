import { Box, Button, Group, Stack, Table, Text, useDirection } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { CurvePoint, RetentionGroup, RetentionReport } from '../api/types';
import { isKnown, namedGroups, useRetentionFormat, type NamedGroup, type RetentionFormat } from '../hooks/useRetentionFormat';
import { CHARTED_GROUPS } from '../retentionView';

const CHART_HEIGHT = 320;

/**
 * One look per line, the overall line first. Okabe and Ito's colours stay apart for the common
 * colour-vision deficiencies and keep 3:1 against white (WCAG 1.4.11); each line also has its own
 * dash pattern, repeated in the legend, so colour is never the only cue.
 */
const LINE_STYLES = [
  { color: '#1f1f1f', dash: undefined, width: 3 },
  { color: '#0072B2', dash: '10 5', width: 2.5 },
  { color: '#D55E00', dash: '2 4', width: 2.5 },
  { color: '#009E73', dash: '14 4 3 4', width: 2.5 },
  { color: '#CC79A7', dash: '6 3', width: 2.5 },
  { color: '#8A5A00', dash: '14 3 3 3 3 3', width: 2.5 },
] as const;

type LineStyle = (typeof LINE_STYLES)[number];

interface Series extends NamedGroup {
  curve: CurvePoint[];
  style: LineStyle;
}

/** The overall curve and, when grouped, the largest groups' (the API lists them largest first). */
function chartSeries(groups: NamedGroup[]): Series[] {
  const [overall, ...rest] = groups;
  const drawn = [overall, ...rest.slice(0, CHARTED_GROUPS)].flatMap((group) => (group.group.curve ? [{ ...group, curve: group.group.curve }] : []));
  return drawn.map((group, index) => ({ ...group, style: LINE_STYLES[index] }));
}

/** "82.0% at 30 days, 64.0% at 90 days, and not known yet at 365 days" */
function figuresOf(group: RetentionGroup, format: RetentionFormat, t: TFunction): string {
  return format.list(
    group.points.map((point) =>
      isKnown(point)
        ? t('retention.chart.point', { percent: format.percent(point.survival), days: format.days(point.day) })
        : t('retention.chart.pointUnknown', { days: format.days(point.day) }),
    ),
  );
}

/** What a screen reader announces for the picture: each line's figures at the reported days. */
function chartSummary(series: Series[], format: RetentionFormat, t: TFunction): string {
  if (series.length === 1) return t('retention.chart.summaryOne', { figures: figuresOf(series[0].group, format, t) });
  return t('retention.chart.summaryMany', {
    series: series.map((line) => t('retention.chart.seriesSummary', { name: line.name, figures: figuresOf(line.group, format, t) })).join(t('retention.chart.seriesSeparator')),
  });
}

/** S(time) as drawn: the last step at or before `time`; null past the end of the line (no one followed that long). */
function survivalAt(curve: CurvePoint[], time: number): number | null {
  const last = curve.at(-1);
  if (!last || time > last.time) return null;
  let survival = 1;
  for (const point of curve) {
    if (point.time > time) break;
    survival = point.survival;
  }
  return survival;
}

/** Ticks at the reported days, then at each further year the lines reach. */
function dayTicks(days: number[], maxDay: number): number[] {
  const ticks = [0, ...days.filter((day) => day <= maxDay)];
  for (let year = 730; year <= maxDay; year += 365) ticks.push(year);
  return ticks;
}

/** The retention curves as a step chart in a figure, with a legend and the same figures as a table. */
export function RetentionChart({ report }: { report: RetentionReport }) {
  const { t } = useTranslation();
  const format = useRetentionFormat();
  const { dir } = useDirection();
  const captionId = useId();
  const { subject } = report;
  const series = chartSeries(namedGroups(report, format, t(`retention.${subject}.all`)));
  const maxDay = Math.max(report.days[0] ?? 0, ...series.flatMap((line) => line.curve.map((point) => point.time)));
  const rtl = dir === 'rtl';

  return (
    <Stack component="figure" gap="sm" m={0} aria-labelledby={captionId}>
      <Text component="figcaption" id={captionId}>
        {t(`retention.${subject}.chartCaption`)}
        {series.length > 1 && ` ${t('retention.chart.withGroups')}`}
      </Text>
      {series.length > 1 && <Legend series={series} />}
      {/* Drawn left to right; a right-to-left reader gets the time axis mirrored instead. */}
      <Box dir="ltr" w="100%">
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <LineChart role="img" aria-label={chartSummary(series, format, t)} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
            <CartesianGrid stroke="#dee2e6" />
            <XAxis
              type="number"
              dataKey="time"
              domain={[0, maxDay]}
              ticks={dayTicks(report.days, maxDay)}
              tickFormatter={(value: number) => format.number(value)}
              reversed={rtl}
              height={48}
              label={{ value: t(`retention.${subject}.axis`), position: 'insideBottom', offset: 0, fill: '#495057' }}
              stroke="#495057"
            />
            <YAxis
              type="number"
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              tickFormatter={(value: number) => format.axisPercent(value)}
              orientation={rtl ? 'right' : 'left'}
              width={56}
              stroke="#495057"
            />
            {series.map((line) => (
              <Line
                key={line.id}
                data={line.curve.map((point) => ({ time: point.time, percent: point.survival * 100 }))}
                dataKey="percent"
                name={line.name}
                type="stepAfter"
                stroke={line.style.color}
                strokeWidth={line.style.width}
                strokeDasharray={line.style.dash}
                dot={false}
                activeDot={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </Box>
      <ChartTable series={series} caption={t(`retention.${subject}.tableCaption`)} />
    </Stack>
  );
}

function Legend({ series }: { series: Series[] }) {
  const { t } = useTranslation();
  return (
    <Group component="ul" aria-label={t('retention.chart.legend')} gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
      {series.map((line) => (
        <Group key={line.id} component="li" gap="xs" wrap="nowrap">
          <svg width="40" height="12" aria-hidden="true" focusable="false" style={{ flexShrink: 0 }}>
            <line x1="2" y1="6" x2="38" y2="6" stroke={line.style.color} strokeWidth={line.style.width} strokeDasharray={line.style.dash} />
          </svg>
          <Text size="sm" fw={line.overall ? 700 : undefined} dir={line.written ? 'auto' : undefined}>
            {line.name}
          </Text>
        </Group>
      ))}
    </Group>
  );
}

/** The chart's alternative: each line's share on every day where one of them steps, behind a button. */
function ChartTable({ series, caption }: { series: Series[]; caption: string }) {
  const { t } = useTranslation();
  const format = useRetentionFormat();
  const [shown, setShown] = useState(false);
  const tableId = useId();
  const times = [...new Set(series.flatMap((line) => line.curve.map((point) => point.time)))].sort((a, b) => a - b);

  return (
    <Stack gap="xs" align="stretch">
      <Button variant="subtle" w="fit-content" px="xs" aria-expanded={shown} aria-controls={tableId} onClick={() => setShown((open) => !open)}>
        {shown ? t('retention.chart.hideTable') : t('retention.chart.showTable')}
      </Button>
      <div id={tableId}>
        {shown && (
          <Table.ScrollContainer
            minWidth={120 + 150 * series.length}
            maxHeight={480}
            // It scrolls (down when long, sideways on a phone) and holds nothing focusable: the
            // keyboard reaches it as a named region, to scroll it with the arrow keys (WCAG 2.1.1).
            scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': caption } }}
          >
            <Table striped verticalSpacing="xs" captionSide="top" stickyHeader>
              <Table.Caption style={{ textAlign: 'start' }}>{caption}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('retention.chart.day')}</Table.Th>
                  {series.map((line) => (
                    <Table.Th key={line.id} scope="col" dir={line.written ? 'auto' : undefined}>
                      {line.name}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {times.map((time) => (
                  <Table.Tr key={time}>
                    <Table.Th scope="row">{format.number(time)}</Table.Th>
                    {series.map((line) => {
                      const survival = survivalAt(line.curve, time);
                      return <Table.Td key={line.id}>{survival === null ? t('retention.figures.unknown') : format.percent(survival)}</Table.Td>;
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </div>
    </Stack>
  );
}
