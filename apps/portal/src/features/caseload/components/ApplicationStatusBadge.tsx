import { Badge } from '@mantine/core';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@onward/shared';
import { useTranslation } from 'react-i18next';

function isApplicationStatus(value: string): value is ApplicationStatus {
  return (APPLICATION_STATUSES as readonly string[]).includes(value);
}

/** That a candidate has already applied to the job, and how far the application has come. */
export function ApplicationStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color="blue" tt="none" size="lg">
      {isApplicationStatus(status)
        ? t('caseload.candidates.appliedStatus', { status: t(`caseload.applicationStatuses.${status}`) })
        : t('caseload.candidates.applied')}
    </Badge>
  );
}
