import { WORK_LANGUAGES, type WorkLanguage } from '@onward/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatMoney } from '../reference';
import type { Wage } from './api/types';

/** A calendar day as YYYY-MM-DD, in the reader's own time zone: what a date input holds. */
export function isoDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

export function todayIso(now = new Date()): string {
  return isoDay(now);
}

/** The same day a year earlier: the API takes a hire's start date at most a year back. */
export function aYearAgoIso(now = new Date()): string {
  return isoDay(new Date(now.getFullYear() - 1, now.getMonth(), now.getDate()));
}

/** Dates, moments, pay and hours in the reader's language. */
export function useApplicationFormat() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(
    () => ({
      date: (value: string) => formatDate(value, language),
      dateTime: (value: string) => formatDateTime(value, language),
      wage: (wage: Wage) =>
        t('reference.wage', { amount: formatMoney(wage.amountMinor, wage.currency, language), period: t(`reference.wagePeriods.${wage.period}`) }),
      hours: (hoursPerWeek: number) => t('reference.hoursPerWeek', { count: hoursPerWeek }),
      languageName: (code: string) =>
        (WORK_LANGUAGES as readonly string[]).includes(code) ? t(`reference.languages.${code as WorkLanguage}`) : code,
    }),
    [t, language],
  );
}
