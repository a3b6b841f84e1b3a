import { Fieldset, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { SKILL_LEVELS, SURVIVOR_SKILLS_MAX, type SkillLevel } from '@onward/shared';
import { useTranslation } from 'react-i18next';
import { SkillsMultiSelect } from '../../employers/components/SkillsMultiSelect';
import { useSkills } from '../../reference';
import type { SkillRow } from '../survivorForm';

interface SkillsFieldProps {
  rows: SkillRow[];
  onChange: (rows: SkillRow[]) => void;
  /** The message for a field named as the API names it (`skills`, `skills.2.years`). */
  errorFor: (field: string) => string | undefined;
}

const NEW_SKILL: Omit<SkillRow, 'code'> = { level: 'can_do', years: '0' };

/** Skills are chosen from the taxonomy, then each gets a level and years of experience. */
export function SkillsField({ rows, onChange, errorFor }: SkillsFieldProps) {
  const { t } = useTranslation();
  const { skillLabel } = useSkills();
  const codes = rows.map((row) => row.code);

  const choose = (chosen: string[]) =>
    onChange(chosen.map((code) => rows.find((row) => row.code === code) ?? { code, ...NEW_SKILL }));
  const update = (index: number, change: Partial<SkillRow>) => onChange(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));

  return (
    <Stack gap="md">
      <SkillsMultiSelect
        label={t('caseload.form.skills')}
        description={t('caseload.form.skillsHint')}
        value={codes}
        onChange={choose}
        error={errorFor('skills')}
        maxValues={SURVIVOR_SKILLS_MAX}
      />
      {rows.map((row, index) => (
        <Fieldset key={row.code} legend={skillLabel(row.code)} variant="filled" p="sm">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <NativeSelect
              label={t('caseload.form.skillLevel')}
              value={row.level}
              onChange={(event) => update(index, { level: event.currentTarget.value as SkillLevel })}
              error={errorFor(`skills.${index}.level`)}
              data={SKILL_LEVELS.map((level) => ({ value: level, label: t(`caseload.skillLevels.${level}`) }))}
            />
            <TextInput
              label={t('caseload.form.skillYears')}
              inputMode="numeric"
              autoComplete="off"
              maxLength={2}
              value={row.years}
              onChange={(event) => update(index, { years: event.currentTarget.value })}
              error={errorFor(`skills.${index}.years`) ?? errorFor(`skills.${index}.code`)}
            />
          </SimpleGrid>
        </Fieldset>
      ))}
    </Stack>
  );
}
