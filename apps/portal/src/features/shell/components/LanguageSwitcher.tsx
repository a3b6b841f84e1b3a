import { NativeSelect, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES, isSupportedLanguage, storeLanguage } from '../../../i18n/i18n';

export function LanguageSwitcher({ showLabel = false }: { showLabel?: boolean }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const label = t('language.label');
  const current = SUPPORTED_LANGUAGES.find((language) => i18n.resolvedLanguage === language) ?? 'en';
  const select = (
    <NativeSelect
      id={id}
      size="sm"
      label={showLabel ? label : undefined}
      value={current}
      onChange={(event) => {
        const language = event.currentTarget.value;
        if (!isSupportedLanguage(language)) return;
        storeLanguage(language);
        void i18n.changeLanguage(language);
      }}
    >
      {SUPPORTED_LANGUAGES.map((language) => (
        // Each language is named in itself, so a person finds theirs whatever is shown now.
        <option key={language} value={language} lang={language}>
          {i18n.getFixedT(language)('meta.languageName')}
        </option>
      ))}
    </NativeSelect>
  );
  if (showLabel) return select;
  // In the header there is no room for a visible label, but it stays a real <label>.
  return (
    <>
      <VisuallyHidden renderRoot={(props) => <label {...props} htmlFor={id} />}>{label}</VisuallyHidden>
      {select}
    </>
  );
}
