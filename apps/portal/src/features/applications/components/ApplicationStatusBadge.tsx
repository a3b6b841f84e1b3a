import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '../api/types';

/** Who reads the page: the person themself ("you"), or a caseworker or employer. */
export type Audience = 'you' | 'staff';

const COLORS: Record<ApplicationStatus, string> = {
  submitted: 'gray',
  shared: 'blue',
  interview: 'indigo',
  offer: 'grape',
  hired: 'teal',
  declined: 'gray',
  withdrawn: 'gray',
};

export function useStatusLabel(audience: Audience) {
  const { t } = useTranslation();
  return (status: ApplicationStatus) => (audience === 'you' ? t(`applications.statusForYou.${status}`) : t(`applications.status.${status}`));
}

export function ApplicationStatusBadge({ status, audience }: { status: ApplicationStatus; audience: Audience }) {
  const label = useStatusLabel(audience);
  return (
    <Badge variant="light" color={COLORS[status]} tt="none" size="lg" style={{ whiteSpace: 'normal', height: 'auto' }}>
      {label(status)}
    </Badge>
  );
}
