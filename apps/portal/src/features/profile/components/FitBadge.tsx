import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type Fit = 'strong' | 'good' | 'possible';

export function fitOf(score: number): Fit {
  if (score >= 80) return 'strong';
  if (score >= 60) return 'good';
  return 'possible';
}

// Shade 9 under white text keeps the small badge text above WCAG AA contrast.
const COLORS: Record<Fit, string> = { strong: 'teal.9', good: 'indigo.9', possible: 'gray.8' };
const LABEL_KEYS = { strong: 'profile.matches.fitStrong', good: 'profile.matches.fitGood', possible: 'profile.matches.fitPossible' } as const;

/** How well it fits, in words; the score itself is for screen readers. */
export function FitBadge({ score }: { score: number }) {
  const { t } = useTranslation();
  const fit = fitOf(score);
  return (
    <Badge color={COLORS[fit]} variant="filled" size="lg" style={{ flexShrink: 0 }}>
      {t(LABEL_KEYS[fit])}
      <VisuallyHidden component="span">{` ${t('profile.matches.score', { score: Math.round(score) })}`}</VisuallyHidden>
    </Badge>
  );
}
