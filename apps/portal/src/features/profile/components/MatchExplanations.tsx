import { Box, List, Stack, Text } from '@mantine/core';
import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegions, useSkills } from '../../reference';
import type { Explanation } from '../api/types';
import { useProfileFormat } from '../hooks/useProfileFormat';

const numberParam = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const textParam = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const listParam = (value: unknown): string[] | null =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string') ? (value as string[]) : null;

/**
 * Turns a reason or a gap into a sentence in the reader's language, from its code and params:
 * skills, languages, sectors and regions by name, money in the reader's format. Null when the
 * code is new to this portal or its params are not what the code promises; the caller then
 * shows the API's English `text`.
 */
export function useExplanationText(): (explanation: Explanation) => string | null {
  const { t } = useTranslation();
  const format = useProfileFormat();
  const { skillLabel } = useSkills();
  const { regionName } = useRegions();

  return useCallback(
    ({ code, params }: Explanation): string | null => {
      const skills = () => {
        const codes = listParam(params.skills);
        return codes && format.list(codes.map(skillLabel));
      };
      const languages = () => {
        const codes = listParam(params.languages);
        return codes && format.list(codes.map(format.languageName));
      };
      const money = () => {
        const [wageMinor, minimumMinor, currency] = [numberParam(params.wageMinor), numberParam(params.minimumMinor), textParam(params.currency)];
        if (wageMinor === null || minimumMinor === null || currency === null) return null;
        return { wageMinor, minimumMinor, wage: format.money(wageMinor, currency), minimum: format.money(minimumMinor, currency) };
      };
      const counts = () => {
        const [have, of] = [numberParam(params.have), numberParam(params.of)];
        return have === null || of === null ? null : { have, of };
      };

      switch (code) {
        case 'required_skills_held': {
          const held = counts();
          if (!held) return null;
          return held.have === 1 && held.of === 1 ? t('profile.explanations.required_skill_held_only') : t('profile.explanations.required_skills_held', held);
        }
        case 'preferred_skills_held': {
          const held = counts();
          if (!held) return null;
          return held.have === 1 && held.of === 1 ? t('profile.explanations.preferred_skill_held_only') : t('profile.explanations.preferred_skills_held', held);
        }
        case 'no_required_skills':
          return t('profile.explanations.no_required_skills');
        case 'remote_work':
          return t('profile.explanations.remote_work');
        case 'speaks_languages':
        case 'basic_language': {
          const names = languages();
          return names && t(`profile.explanations.${code}`, { languages: names });
        }
        case 'missing_required_skills':
        case 'learning_required_skills':
        case 'missing_preferred_skills': {
          const names = skills();
          return names && t(`profile.explanations.${code}`, { skills: names });
        }
        case 'wage_meets_minimum': {
          const pay = money();
          if (!pay) return null;
          return pay.wageMinor > pay.minimumMinor
            ? t('profile.explanations.wage_meets_minimum', { wage: pay.wage, minimum: pay.minimum })
            : t('profile.explanations.wage_matches_minimum', { wage: pay.wage });
        }
        case 'wage_below_minimum': {
          const pay = money();
          return pay && t('profile.explanations.wage_below_minimum', { wage: pay.wage, minimum: pay.minimum });
        }
        case 'preferred_sector': {
          const sector = textParam(params.sector);
          return sector && t('profile.explanations.preferred_sector', { sector: format.sectorName(sector) });
        }
        case 'within_region': {
          const region = textParam(params.regionCode);
          if (!region) return null;
          // Until the regions load (or for one since removed) the code is all there is: say it without.
          const name = regionName(region);
          return name === region ? t('profile.explanations.within_region_unnamed') : t('profile.explanations.within_region', { region: name });
        }
        default:
          return null;
      }
    },
    [t, format, skillLabel, regionName],
  );
}

export interface MatchExplanationsProps {
  reasons: Explanation[];
  gaps: Explanation[];
}

/**
 * "Why it fits" and "What could be missing" for a match, as two labelled lists (no headings, so
 * it sits under any heading level). A list with nothing in it is left out.
 */
export function MatchExplanations({ reasons, gaps }: MatchExplanationsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <ExplanationList label={t('profile.explain.reasons')} explanations={reasons} />
      <ExplanationList label={t('profile.explain.gaps')} explanations={gaps} />
    </Stack>
  );
}

function ExplanationList({ label, explanations }: { label: string; explanations: Explanation[] }) {
  const labelId = useId();
  const explain = useExplanationText();
  if (explanations.length === 0) return null;
  return (
    <Box>
      <Text fw={700} id={labelId}>
        {label}
      </Text>
      <List aria-labelledby={labelId} spacing={2} withPadding>
        {explanations.map((explanation, index) => {
          const translated = explain(explanation);
          return (
            <List.Item key={`${explanation.code}-${index}`} style={{ overflowWrap: 'anywhere' }}>
              {/* The API's fallback text is English: marked so, it is read and laid out as such. */}
              {translated ?? (
                <span lang="en" dir="ltr">
                  {explanation.text}
                </span>
              )}
            </List.Item>
          );
        })}
      </List>
    </Box>
  );
}
