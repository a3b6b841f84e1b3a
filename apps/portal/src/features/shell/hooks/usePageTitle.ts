import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the tab title; the product name alone says nothing about why someone is here. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const full = `${title}${t('app.titleSeparator')}${t('app.name')}`;
  useEffect(() => {
    document.title = full;
  }, [full]);
}
