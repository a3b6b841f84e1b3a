import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../reference';
import type { FlagReason } from './api/types';

/** Days, moments and reasons in the reader's language. */
export function useFollowUpFormat() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(
    () => ({
      /** A calendar day (YYYY-MM-DD), as the API keeps it. */
      date: (value: string) => formatDate(value, language),
      /** A moment, in the reader's own time zone. */
      dateTime: (value: string) => formatDateTime(value, language),
      /** The API's reason text is English: the type names it in the reader's language. */
      reason: (reason: FlagReason) =>
        reason.count > 1 ? t('followUp.reasons.repeated', { reason: t(`followUp.signals.${reason.type}`), count: reason.count }) : t(`followUp.signals.${reason.type}`),
    }),
    [t, language],
  );
}
