import { SECTORS, type Sector } from '@onward/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../reference';
import type { RetentionGroupBy, RetentionPoint, RetentionReport } from '../api/types';

function isSector(key: string): key is Sector {
  return SECTORS.some((sector) => sector === key);
}

/**
 * A figure on a day no one was followed to (every placement in the group is younger, or ended
 * earlier without bringing the estimate to 0) is not an estimate at all: Kaplan-Meier only
 * carries the last value forward. It is shown as not known yet rather than as a percentage.
 */
/** The API leaves the figure out (null) when nobody was followed that long and not everyone ended. */
export function isKnown(point: Pick<RetentionPoint, 'atRisk' | 'survival'>): point is Pick<RetentionPoint, 'atRisk'> & { survival: number } {
  return point.survival !== null;
}

/** Percentages, counts, days, dates and group names in the reader's language. */
export function useRetentionFormat() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const percent = new Intl.NumberFormat(language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const wholePercent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    const number = new Intl.NumberFormat(language);
    // Intl knows each language's plural and number agreement: "1 day", "30 días", "٣٠ يومًا".
    const days = new Intl.NumberFormat(language, { style: 'unit', unit: 'day', unitDisplay: 'long' });
    const month = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const year = new Intl.NumberFormat(language, { useGrouping: false });
    const list = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });

    /** A cohort key (2026-03, 2026-Q1) as words; an unexpected key is shown as it came. */
    const cohort = (groupBy: 'cohort_month' | 'cohort_quarter', key: string): string => {
      const monthly = /^(\d{4})-(\d{2})$/.exec(key);
      if (groupBy === 'cohort_month' && monthly) return month.format(new Date(Date.UTC(Number(monthly[1]), Number(monthly[2]) - 1, 1)));
      const quarterly = /^(\d{4})-Q([1-4])$/.exec(key);
      if (groupBy === 'cohort_quarter' && quarterly) return t('retention.cohortQuarter', { quarter: number.format(Number(quarterly[2])), year: year.format(Number(quarterly[1])) });
      return key;
    };

    return {
      /** 0.8234 → "82.3%" */
      percent: (survival: number) => percent.format(survival),
      /** 0..100 on the chart's axis → "80%" */
      axisPercent: (value: number) => wholePercent.format(value / 100),
      number: (value: number) => number.format(value),
      days: (value: number) => days.format(value),
      date: (value: string) => formatDate(value, language),
      list: (items: string[]) => list.format(items),
      /**
       * What to call a group. Sectors and cohorts are codes, named here in the reader's language;
       * organisations, employers, funders, jobs and programmes come named by the API, as their
       * owners wrote them (`written`: their own direction, whatever the page's).
       */
      groupName: (groupBy: RetentionGroupBy, key: string, label: string): { name: string; written: boolean } => {
        if (groupBy === 'sector') {
          if (isSector(key)) return { name: t(`reference.sectors.${key}`), written: false };
          // Grant programmes open to every sector.
          if (key === 'any') return { name: t('reference.anySector'), written: false };
          return { name: label, written: true };
        }
        if (groupBy === 'cohort_month' || groupBy === 'cohort_quarter') return { name: cohort(groupBy, key), written: false };
        return { name: label, written: true };
      },
    };
  }, [t, language]);
}

export type RetentionFormat = ReturnType<typeof useRetentionFormat>;

/** A group of the report with the name to show: the overall figures first. */
export interface NamedGroup {
  id: string;
  name: string;
  /** The name came from people (an organisation, a job): shown in its own direction. */
  written: boolean;
  overall: boolean;
  group: RetentionReport['overall'];
}

export function namedGroups(report: RetentionReport, format: RetentionFormat, overallName: string): NamedGroup[] {
  const { groupBy } = report;
  return [
    { id: 'overall', name: overallName, written: false, overall: true, group: report.overall },
    ...(groupBy
      ? report.groups.map((group) => ({ id: `group:${group.key}`, ...format.groupName(groupBy, group.key, group.label), overall: false, group }))
      : []),
  ];
}
