import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A match score from 0 to 100, said in words so it is not read as a bare number. */
export function ScoreBadge({ score }: { score: number }) {
  const { t } = useTranslation();
  const color = score >= 70 ? 'teal' : score >= 40 ? 'indigo' : 'gray';
  return (
    <Badge variant="light" color={color} tt="none" size="lg">
      {t('caseload.matches.score', { score: Math.round(score) })}
    </Badge>
  );
}
