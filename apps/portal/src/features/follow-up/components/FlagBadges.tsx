import { Badge, darken, Group, Text, useMantineTheme } from '@mantine/core';
import type { FlagStatus, RiskLevel } from '@onward/shared';
import { useTranslation } from 'react-i18next';
import type { FlagSummary } from '../api/types';
import { useFollowUpFormat } from '../format';

// Shade 9 text on the palest background (the theme's light variant) keeps these above AA contrast, but for orange (see LevelBadge).
const LEVEL_COLORS: Record<RiskLevel, string> = { low: 'gray', medium: 'blue', high: 'orange', critical: 'red' };
const STATUS_COLORS: Record<FlagStatus, string> = { open: 'blue', acknowledged: 'indigo', in_progress: 'violet', resolved: 'teal' };

const WRAPPING = { whiteSpace: 'normal', height: 'auto' } as const;

/** The level in words; the colour only repeats it. */
export function LevelBadge({ level }: { level: RiskLevel }) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  // Orange is the exception: its shade 9 is only 3.96:1 on its palest background, so High's words are darker (about 5.7:1).
  const textColor = level === 'high' ? darken(theme.colors.orange[9], 0.2) : undefined;
  return (
    <Badge variant="light" color={LEVEL_COLORS[level]} c={textColor} tt="none" size="lg" style={WRAPPING}>
      {t(`followUp.levels.${level}`)}
    </Badge>
  );
}

export function FlagStatusBadge({ status }: { status: FlagStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} tt="none" size="lg" style={WRAPPING}>
      {t(`followUp.statuses.${status}`)}
    </Badge>
  );
}

/** "Overdue" and "Escalated", in words, beside the due time. */
export function DueMarkers({ flag }: { flag: Pick<FlagSummary, 'overdue' | 'escalatedAt'> }) {
  const { t } = useTranslation();
  if (!flag.overdue && !flag.escalatedAt) return null;
  return (
    <>
      {flag.overdue && (
        <Badge variant="filled" color="red.9" tt="none" style={WRAPPING}>
          {t('followUp.due.overdue')}
        </Badge>
      )}
      {flag.escalatedAt && (
        <Badge variant="light" color="grape" tt="none" style={WRAPPING}>
          {t('followUp.due.escalated')}
        </Badge>
      )}
    </>
  );
}

/** When the follow-up is due, and whether it is late. */
export function DueTime({ flag }: { flag: Pick<FlagSummary, 'dueAt' | 'overdue' | 'escalatedAt'> }) {
  const format = useFollowUpFormat();
  return (
    <Group gap={6} wrap="wrap">
      <Text span size="sm">
        {format.dateTime(flag.dueAt)}
      </Text>
      <DueMarkers flag={flag} />
    </Group>
  );
}
