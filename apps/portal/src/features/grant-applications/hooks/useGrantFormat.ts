import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '../../reference';

/** Money and dates in the reader's language: "£500.00", "Sep 1, 2030". */
export function useGrantFormat() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(
    () => ({
      money: (amountMinor: number, currency: string) => formatMoney(amountMinor, currency, language),
      /** A YYYY-MM-DD date or a timestamp (its UTC day). */
      date: (date: string) => formatDate(date, language),
      range: (minMinor: number, maxMinor: number, currency: string) =>
        t('reference.amountRange', { min: formatMoney(minMinor, currency, language), max: formatMoney(maxMinor, currency, language) }),
    }),
    [t, language],
  );
}
