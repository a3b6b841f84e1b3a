import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ComponentState, ScheduledJob } from '../api/types';

// Light badges draw shade-9 text on shade 0; these colours keep that above 4.5:1.
const WRAPPING = { whiteSpace: 'normal', height: 'auto' } as const;

type RunState = NonNullable<ScheduledJob['lastState']>;
const RUN_COLORS: Record<RunState, string> = { created: 'gray', retry: 'grape', active: 'blue', completed: 'teal', cancelled: 'gray', failed: 'red' };

/** Up or down, in words; the colour only repeats it. */
export function ComponentStateBadge({ state }: { state: ComponentState }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={state === 'up' ? 'teal' : 'red'} tt="none" size="lg" style={WRAPPING}>
      {t(`operations.common.${state}`)}
    </Badge>
  );
}

export function RunStateBadge({ state }: { state: RunState }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={RUN_COLORS[state]} tt="none" size="lg" style={WRAPPING}>
      {t(`operations.status.runStates.${state}`)}
    </Badge>
  );
}

/** An account's standing: disabled, or active; a supervisor says so too. */
export function AccountStatusBadge({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={disabled ? 'red' : 'teal'} tt="none" size="lg" style={WRAPPING}>
      {t(disabled ? 'operations.accounts.statuses.disabled' : 'operations.accounts.statuses.active')}
    </Badge>
  );
}
