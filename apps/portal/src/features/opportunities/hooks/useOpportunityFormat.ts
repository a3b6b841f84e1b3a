import { WORK_LANGUAGES, type WagePeriod, type WorkLanguage } from '@onward/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '../../reference';

interface Wage {
  amountMinor: number;
  currency: string;
  period: WagePeriod;
}

interface AmountRange {
  minMinor: number;
  maxMinor: number;
  currency: string;
}

/** Pay, amounts, dates and languages in the reader's language: "£13.00 an hour". */
export function useOpportunityFormat() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(
    () => ({
      wage: (wage: Wage) =>
        t('reference.wage', { amount: formatMoney(wage.amountMinor, wage.currency, language), period: t(`reference.wagePeriods.${wage.period}`) }),
      hours: (hoursPerWeek: number) => t('reference.hoursPerWeek', { count: hoursPerWeek }),
      amountRange: (amount: AmountRange) =>
        amount.minMinor === amount.maxMinor
          ? formatMoney(amount.maxMinor, amount.currency, language)
          : t('reference.amountRange', {
              min: formatMoney(amount.minMinor, amount.currency, language),
              max: formatMoney(amount.maxMinor, amount.currency, language),
            }),
      date: (date: string) => formatDate(date, language),
      /** "English, Spanish and Arabic", with the reader's own commas and "and". */
      list: (items: string[]) => new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items),
      languageName: (code: string) =>
        (WORK_LANGUAGES as readonly string[]).includes(code) ? t(`reference.languages.${code as WorkLanguage}`) : code,
    }),
    [t, language],
  );
}
