import { SECTORS, WORK_LANGUAGES, type Sector, type WorkLanguage } from '@onward/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMoney } from '../../reference';

export function isWorkLanguage(code: string): code is WorkLanguage {
  return (WORK_LANGUAGES as readonly string[]).includes(code);
}

export function isSector(code: string): code is Sector {
  return (SECTORS as readonly string[]).includes(code);
}

function languageNames(language: string): (code: string) => string {
  try {
    const names = new Intl.DisplayNames([language], { type: 'language', fallback: 'code' });
    return (code) => {
      try {
        return names.of(code) ?? code;
      } catch {
        return code; // not a well-formed language tag
      }
    };
  } catch {
    return (code) => code;
  }
}

/** "British pounds", as a person would say it about an amount, not "GBP". */
function currencyName(currency: string, language: string): string {
  try {
    const parts = new Intl.NumberFormat(language, { style: 'currency', currency, currencyDisplay: 'name' }).formatToParts(10);
    return parts.find((part) => part.type === 'currency')?.value ?? currency;
  } catch {
    return currency;
  }
}

/** Names, lists, money and times in the reader's language. */
export function useProfileFormat() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const otherLanguageName = languageNames(language);
    const collator = new Intl.Collator(language);
    return {
      language,
      /**
       * The portal's own names for the work languages (the ones job pages show, so a language is
       * called the same everywhere); the browser's name in the reader's language for any other code.
       */
      languageName: (code: string) => (isWorkLanguage(code) ? t(`reference.languages.${code}`) : otherLanguageName(code)),
      sectorName: (code: string) => (isSector(code) ? t(`reference.sectors.${code}`) : code),
      /** "cooking, cleaning and sewing", with the reader's own commas and "and". */
      list: (items: string[]) => new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items),
      currencyName: (currency: string) => currencyName(currency, language),
      money: (amountMinor: number, currency: string) => formatMoney(amountMinor, currency, language),
      /** A moment in the reader's own time zone: "3 Mar 2026, 14:05". */
      dateTime: (iso: string) => formatDateTime(iso, language),
      /** The day of a moment, in the reader's own time zone. */
      day: (iso: string) => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(iso)),
      compare: (a: string, b: string) => collator.compare(a, b),
    };
  }, [t, language]);
}
