import { WORK_LANGUAGES, type WorkLanguage } from '@onward/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** "Spanish", "español", "الإسبانية": a language's name in the reader's language, from the browser. */
export function useLanguageNames() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([language], { type: 'language' });
    } catch {
      names = null; // a browser without DisplayNames shows the code
    }
    const languageName = (code: string) => names?.of(code) ?? code;
    const collator = new Intl.Collator(language);
    const options = [...WORK_LANGUAGES]
      .map((code: WorkLanguage) => ({ value: code, label: languageName(code) }))
      .sort((a, b) => collator.compare(a.label, b.label));
    return { languageName, options };
  }, [language]);
}
