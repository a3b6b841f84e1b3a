import { Button, Fieldset, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { SKILL_LEVELS, type SkillLevel } from '@onward/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TOUCH_SIZE } from '../../opportunities/layout';
import { useSkills } from '../../reference';
import type { Survivor } from '../api/types';
import { useProfileSection } from '../hooks/useProfileSection';
import { newSkill, skillsRequest, skillValues, validateSkills, type SkillValue } from '../profileForm';
import { ChosenList } from './ChosenList';
import { ProfileSection } from './ProfileSection';

/** Skills from the taxonomy (some 300), each with a level and years. */
export function SkillsSection({ survivor }: { survivor: Survivor }) {
  const { t } = useTranslation();
  const section = useProfileSection(skillValues(survivor), { validate: validateSkills, toRequest: skillsRequest });
  const { skills, groups, groupLabel, skillLabel, isPending, error: loadError } = useSkills();
  const { values, change, errorFor } = section;

  // Retired skills are not offered again; one already on the profile stays on it.
  const data = useMemo(() => {
    const chosen = new Set(values.map((skill) => skill.code));
    return groups
      .map((group) => ({
        group: groupLabel(group),
        items: skills.filter((skill) => skill.group === group.code && !skill.retired && !chosen.has(skill.code)).map((skill) => ({ value: skill.code, label: skillLabel(skill.code) })),
      }))
      .filter((group) => group.items.length > 0);
  }, [values, groups, skills, groupLabel, skillLabel]);

  const add = (code: string) => change((current) => (current.some((skill) => skill.code === code) ? current : [...current, newSkill(code)]));
  const update = (index: number, patch: Partial<SkillValue>) => change((current) => current.map((skill, at) => (at === index ? { ...skill, ...patch } : skill)));

  return (
    <ProfileSection heading={t('profile.skills.heading')} intro={t('profile.skills.intro')} saveLabel={t('profile.skills.save')} section={section}>
      <ChosenList
        label={t('profile.skills.heading')}
        none={t('profile.skills.none')}
        items={values}
        renderItem={(skill, index, remove) => (
          <SkillRow label={skillLabel(skill.code)} skill={skill} yearsError={errorFor(`skills.${index}.years`)} onChange={(patch) => update(index, patch)} onRemove={remove} />
        )}
        onRemove={(index) => change((current) => current.filter((_, at) => at !== index))}
        error={errorFor('skills', { exact: true })}
        add={{
          label: t('profile.skills.add'),
          description: loadError ? t('profile.skills.unavailable') : t('profile.skills.addHint'),
          options: data,
          onAdd: add,
          disabled: isPending || Boolean(loadError),
        }}
      />
    </ProfileSection>
  );
}

interface SkillRowProps {
  label: string;
  skill: SkillValue;
  yearsError?: string;
  onChange: (patch: Partial<SkillValue>) => void;
  onRemove: () => void;
}

function SkillRow({ label, skill, yearsError, onChange, onRemove }: SkillRowProps) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={label} p="sm" m={0} miw={0} styles={{ legend: { fontWeight: 700, overflowWrap: 'anywhere' } }}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NativeSelect
            size="md"
            label={t('profile.skills.level')}
            value={skill.level}
            onChange={(event) => onChange({ level: event.currentTarget.value as SkillLevel })}
            data={SKILL_LEVELS.map((level) => ({ value: level, label: t(`profile.skillLevels.${level}`) }))}
          />
          <TextInput
            size="md"
            label={t('profile.skills.years')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={2}
            value={skill.years}
            onChange={(event) => onChange({ years: event.currentTarget.value })}
            error={yearsError}
          />
        </SimpleGrid>
        <Button variant="default" size="sm" mih={TOUCH_SIZE} w="fit-content" onClick={onRemove} aria-label={t('profile.common.removeNamed', { name: label })}>
          {t('profile.common.remove')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
