import { Badge } from '@mantine/core';
import type { OpportunityType } from '@onward/shared';
import { useTranslation } from 'react-i18next';

// Shade 9 under white text keeps the small badge text above WCAG AA contrast.
const COLORS: Record<OpportunityType, string> = { job: 'indigo.9', grant: 'teal.9' };

export function OpportunityTypeBadge({ type }: { type: OpportunityType }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[type]} variant="filled" size="lg" style={{ flexShrink: 0 }}>
      {t(`reference.opportunityTypes.${type}`)}
    </Badge>
  );
}
