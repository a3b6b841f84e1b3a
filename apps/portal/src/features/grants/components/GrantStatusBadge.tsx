import { Badge } from '@mantine/core';
import type { GrantProgrammeStatus } from '@onward/shared';
import { useTranslation } from 'react-i18next';

const COLORS: Record<GrantProgrammeStatus, string> = { draft: 'gray', open: 'teal', closed: 'dark' };

export function GrantStatusBadge({ status }: { status: GrantProgrammeStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} tt="none" size="lg">
      {t(`reference.grantStatuses.${status}`)}
    </Badge>
  );
}
