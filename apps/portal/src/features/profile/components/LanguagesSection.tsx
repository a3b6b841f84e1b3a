import { Button, Fieldset, Group, NativeSelect } from '@mantine/core';
import { LANGUAGE_LEVELS, WORK_LANGUAGES, type LanguageLevel } from '@onward/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TOUCH_SIZE } from '../../opportunities/layout';
import type { Survivor } from '../api/types';
import { useProfileFormat, isWorkLanguage } from '../hooks/useProfileFormat';
import { useProfileSection } from '../hooks/useProfileSection';
import { languagesRequest, languageValues, newLanguage, type LanguageValue } from '../profileForm';
import { ChosenList } from './ChosenList';
import { ProfileSection } from './ProfileSection';

export function LanguagesSection({ survivor }: { survivor: Survivor }) {
  const { t } = useTranslation();
  const format = useProfileFormat();
  const section = useProfileSection(languageValues(survivor), { toRequest: languagesRequest });
  const { values, change, errorFor } = section;

  // Named in the reader's language and sorted by those names.
  const data = useMemo(() => {
    const chosen = new Set<string>(values.map((language) => language.code));
    return WORK_LANGUAGES.filter((code) => !chosen.has(code))
      .map((code) => ({ value: code, label: format.languageName(code) }))
      .sort((a, b) => format.compare(a.label, b.label));
  }, [values, format]);

  const add = (code: string) => {
    if (isWorkLanguage(code)) change((current) => (current.some((language) => language.code === code) ? current : [...current, newLanguage(code)]));
  };
  const setLevel = (index: number, level: LanguageLevel) => change((current) => current.map((language, at) => (at === index ? { ...language, level } : language)));

  return (
    <ProfileSection heading={t('profile.languages.heading')} intro={t('profile.languages.intro')} saveLabel={t('profile.languages.save')} section={section}>
      <ChosenList
        label={t('profile.languages.heading')}
        none={t('profile.languages.none')}
        items={values}
        renderItem={(language, index, remove) => (
          <LanguageRow label={format.languageName(language.code)} language={language} onLevel={(level) => setLevel(index, level)} onRemove={remove} />
        )}
        onRemove={(index) => change((current) => current.filter((_, at) => at !== index))}
        error={errorFor('languages')}
        add={{ label: t('profile.languages.add'), description: t('profile.languages.addHint'), options: data, onAdd: add }}
      />
    </ProfileSection>
  );
}

interface LanguageRowProps {
  label: string;
  language: LanguageValue;
  onLevel: (level: LanguageLevel) => void;
  onRemove: () => void;
}

function LanguageRow({ label, language, onLevel, onRemove }: LanguageRowProps) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={label} p="sm" m={0} miw={0} styles={{ legend: { fontWeight: 700 } }}>
      <Group align="flex-end" gap="sm">
        <NativeSelect
          size="md"
          label={t('profile.languages.level')}
          value={language.level}
          onChange={(event) => onLevel(event.currentTarget.value as LanguageLevel)}
          data={LANGUAGE_LEVELS.map((level) => ({ value: level, label: t(`profile.languageLevels.${level}`) }))}
          style={{ flex: '1 1 12rem' }}
        />
        <Button variant="default" size="sm" mih={TOUCH_SIZE} onClick={onRemove} aria-label={t('profile.common.removeNamed', { name: label })}>
          {t('profile.common.remove')}
        </Button>
      </Group>
    </Fieldset>
  );
}
