import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sets the tab title; the product name alone says nothing about why someone is here. The title
 * outlives the page (the browser's history, the tab switcher, a restored session), where anyone
 * holding the device reads it: never a person's name or details, only what kind of page it is
 * (DESIGN.md safety rule 4; e2e/browser/canaries.spec.ts looks for them).
 */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const full = `${title}${t('app.titleSeparator')}${t('app.name')}`;
  useEffect(() => {
    document.title = full;
  }, [full]);
}
