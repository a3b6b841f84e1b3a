import { Badge } from '@mantine/core';
import type { VettingStatus } from '@onward/shared';
import { useTranslation } from 'react-i18next';

// Light badges draw shade-9 text on shade 0; these colours keep that above 4.5:1.
const COLORS: Record<VettingStatus | 'expired', string> = {
  pending: 'gray',
  in_review: 'blue',
  vetted: 'teal',
  rejected: 'red',
  suspended: 'red',
  expired: 'grape',
};

/** An employer's vetting status in words; a vetting past its date reads "expired". */
export function VettingStatusBadge({ status, expired }: { status: VettingStatus; expired: boolean }) {
  const { t } = useTranslation();
  const shown = status === 'vetted' && expired ? 'expired' : status;
  return (
    <Badge variant="light" color={COLORS[shown]} tt="none" size="lg">
      {t(`reference.vettingStatuses.${shown}`)}
    </Badge>
  );
}
