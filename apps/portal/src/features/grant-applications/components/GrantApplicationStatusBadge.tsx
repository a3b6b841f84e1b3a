import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GrantApplicationStatus, MilestoneStatus } from '../api/types';

/** Who reads the page: the person themself gets plain words, caseworkers the workflow's. */
export type Audience = 'survivor' | 'caseworker';

const COLORS: Record<GrantApplicationStatus, string> = {
  submitted: 'blue',
  in_review: 'grape',
  awarded: 'teal',
  declined: 'gray',
  withdrawn: 'dark',
};

export function GrantApplicationStatusBadge({ status, audience }: { status: GrantApplicationStatus; audience: Audience }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} tt="none" size="lg" maw="100%">
      {audience === 'survivor' ? t(`grantApplications.mine.status.${status}`) : t(`grantApplications.status.${status}`)}
    </Badge>
  );
}

const MILESTONE_COLORS: Record<MilestoneStatus, string> = { pending: 'blue', met: 'teal', missed: 'orange' };

export function MilestoneStatusBadge({ status, audience }: { status: MilestoneStatus; audience: Audience }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={MILESTONE_COLORS[status]} tt="none" maw="100%">
      {audience === 'survivor' ? t(`grantApplications.mine.milestoneStatus.${status}`) : t(`grantApplications.milestoneStatus.${status}`)}
    </Badge>
  );
}
