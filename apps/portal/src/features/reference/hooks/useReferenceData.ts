import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region, Skill, SkillGroup } from '../../../api/types';
import { isSupportedLanguage } from '../../../i18n/i18n';
import { fetchRegions, fetchSkillTaxonomy, referenceKeys } from '../api/referenceApi';

// Reference data changes rarely (an admin edit): keep it for the visit.
const STALE_MS = 30 * 60_000;

type Labelled = { labels: { en: string; es: string; ar: string } };

function labelIn(item: Labelled, language: string): string {
  return isSupportedLanguage(language) ? item.labels[language] : item.labels.en;
}

/** The skills taxonomy with labels in the current language. */
export function useSkills() {
  const { i18n } = useTranslation();
  const query = useQuery({ queryKey: referenceKeys.skills, queryFn: fetchSkillTaxonomy, staleTime: STALE_MS });
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const skills: Skill[] = query.data?.skills ?? [];
    const groups: SkillGroup[] = query.data?.groups ?? [];
    const byCode = new Map(skills.map((skill) => [skill.code, skill]));
    return {
      ...query,
      skills,
      groups,
      /** The label of a skill code in the current language (the code itself while loading). */
      skillLabel: (code: string) => {
        const skill = byCode.get(code);
        return skill ? labelIn(skill, language) : code;
      },
      groupLabel: (group: SkillGroup) => labelIn(group, language),
    };
  }, [query, language]);
}

export function useRegions() {
  const query = useQuery({ queryKey: referenceKeys.regions, queryFn: fetchRegions, staleTime: STALE_MS });
  return useMemo(() => {
    const regions: Region[] = query.data ?? [];
    const byCode = new Map(regions.map((region) => [region.code, region]));
    return { ...query, regions, regionName: (code: string | null | undefined) => (code ? (byCode.get(code)?.name ?? code) : '') };
  }, [query]);
}
