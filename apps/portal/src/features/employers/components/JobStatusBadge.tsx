import { Badge } from '@mantine/core';
import type { JobStatus } from '@onward/shared';
import { useTranslation } from 'react-i18next';

const COLORS: Record<JobStatus, string> = { draft: 'gray', published: 'teal', closed: 'dark' };

export function JobStatusBadge({ status }: { status: JobStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} tt="none" size="lg">
      {t(`reference.jobStatuses.${status}`)}
    </Badge>
  );
}
