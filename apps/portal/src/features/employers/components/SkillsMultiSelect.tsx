import { MultiSelect } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSkills } from '../../reference';

const NONE: readonly string[] = [];

interface SkillsMultiSelectProps {
  label: string;
  description?: string;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
  /** Codes picked elsewhere (required skills are not offered again as preferred). */
  exclude?: readonly string[];
  disabled?: boolean;
  maxValues?: number;
}

/**
 * About 300 skills in 14 groups: searchable, grouped, labelled in the reader's language.
 * Retired skills are not offered, but one already on the job stays visible.
 */
export function SkillsMultiSelect({ label, description, value, onChange, error, exclude = NONE, disabled = false, maxValues }: SkillsMultiSelectProps) {
  const { t } = useTranslation();
  const { skills, groups, groupLabel, skillLabel, isPending, error: loadError } = useSkills();

  const data = useMemo(() => {
    const excluded = new Set(exclude);
    const chosen = new Set(value);
    return groups
      .map((group) => ({
        group: groupLabel(group),
        items: skills
          .filter((skill) => skill.group === group.code && !excluded.has(skill.code) && (!skill.retired || chosen.has(skill.code)))
          .map((skill) => ({ value: skill.code, label: skillLabel(skill.code) })),
      }))
      .filter((group) => group.items.length > 0);
  }, [exclude, value, groups, skills, groupLabel, skillLabel]);

  return (
    <MultiSelect
      size="md"
      label={label}
      description={loadError ? t('employers.jobForm.skillsUnavailable') : description}
      searchable
      hidePickedOptions
      maxValues={maxValues}
      maxDropdownHeight={280}
      disabled={disabled || isPending || Boolean(loadError)}
      nothingFoundMessage={t('employers.common.nothingFound')}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
