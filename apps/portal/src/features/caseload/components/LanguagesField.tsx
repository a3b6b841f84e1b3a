import { Fieldset, MultiSelect, NativeSelect, Stack } from '@mantine/core';
import { LANGUAGE_LEVELS, SURVIVOR_LANGUAGES_MAX, type LanguageLevel, type WorkLanguage } from '@onward/shared';
import { useTranslation } from 'react-i18next';
import { useLanguageNames } from '../hooks/useLanguageNames';
import type { LanguageRow } from '../survivorForm';

interface LanguagesFieldProps {
  rows: LanguageRow[];
  onChange: (rows: LanguageRow[]) => void;
  /** The message for a field named as the API names it (`languages`, `languages.1.level`). */
  errorFor: (field: string) => string | undefined;
}

/** Languages, named in the reader's language, each with how well the person speaks it. */
export function LanguagesField({ rows, onChange, errorFor }: LanguagesFieldProps) {
  const { t } = useTranslation();
  const { languageName, options } = useLanguageNames();

  const choose = (chosen: string[]) =>
    onChange(chosen.map((code) => rows.find((row) => row.code === code) ?? { code: code as WorkLanguage, level: 'conversational' }));
  const update = (index: number, level: LanguageLevel) => onChange(rows.map((row, at) => (at === index ? { ...row, level } : row)));
  const codeErrors = rows.map((_, index) => errorFor(`languages.${index}.code`)).filter(Boolean);

  return (
    <Stack gap="md">
      <MultiSelect
        size="md"
        label={t('caseload.form.languages')}
        description={t('caseload.form.languagesHint')}
        searchable
        hidePickedOptions
        maxValues={SURVIVOR_LANGUAGES_MAX}
        maxDropdownHeight={280}
        nothingFoundMessage={t('caseload.form.nothingFound')}
        data={options}
        value={rows.map((row) => row.code)}
        onChange={choose}
        error={errorFor('languages') ?? (codeErrors.length ? codeErrors.join(' ') : undefined)}
      />
      {rows.map((row, index) => (
        <Fieldset key={row.code} legend={languageName(row.code)} variant="filled" p="sm">
          <NativeSelect
            label={t('caseload.form.languageLevel')}
            value={row.level}
            onChange={(event) => update(index, event.currentTarget.value as LanguageLevel)}
            error={errorFor(`languages.${index}.level`)}
            data={LANGUAGE_LEVELS.map((level) => ({ value: level, label: t(`caseload.languageLevels.${level}`) }))}
          />
        </Fieldset>
      ))}
    </Stack>
  );
}
