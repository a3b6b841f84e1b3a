import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { ROLES, type ConcernStatus } from '@onward/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Concern, Role } from '../../../api/types';
import { formatDate } from '../../reference';

const STATUS_COLORS: Record<ConcernStatus, string> = { open: 'red', upheld: 'grape', dismissed: 'gray' };

interface ConcernCardProps {
  concern: Concern;
  /** Link to the employer's vetting page (left out on that page itself). */
  employerPath?: string;
  onReview: (concern: Concern) => void;
  headingOrder?: 2 | 3;
}

function isRole(value: string | null): value is Role {
  return value !== null && (ROLES as readonly string[]).includes(value);
}

/** One concern as staff see it: never who reported it, only their role. */
export function ConcernCard({ concern, employerPath, onReview, headingOrder = 2 }: ConcernCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const reporter = isRole(concern.reporterRole)
    ? t('vetting.concerns.reportedByRole', { role: t(`roles.${concern.reporterRole}`) })
    : t('vetting.concerns.reportedAnonymously');

  return (
    <Card component="li" withBorder padding="md" style={{ overflowWrap: 'anywhere' }}>
      <Stack gap="xs">
        <Title order={headingOrder} size="h4">
          {t(`reference.concernCategories.${concern.category}`)}
        </Title>
        <Group gap="xs">
          <Badge variant="light" color={STATUS_COLORS[concern.status]} tt="none">
            {t(`vetting.concerns.statuses.${concern.status}`)}
          </Badge>
          {concern.holdsPublication && (
            <Badge variant="light" color="red" tt="none">
              {t('vetting.concerns.holdsPublication')}
            </Badge>
          )}
        </Group>
        {employerPath && (
          <Text size="sm">
            {t('vetting.concerns.employer')}{' '}
            <Anchor component={Link} to={employerPath}>
              {concern.employerName}
            </Anchor>
          </Text>
        )}
        <Text dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
          {concern.details}
        </Text>
        <Text size="sm" c="dimmed">
          {t('vetting.concerns.reportedOn', { date: formatDate(concern.reportedAt, language) })} · {reporter}
        </Text>
        {concern.reporterInYourOrganisation && <Text size="sm">{t('vetting.concerns.reporterInYourOrganisation')}</Text>}
        {concern.status !== 'open' && concern.reviewNote && (
          <Text size="sm">
            <Text span fw={600}>
              {concern.reviewedAt
                ? t('vetting.concerns.reviewNoteOn', { date: formatDate(concern.reviewedAt, language) })
                : t('vetting.concerns.reviewNote')}
            </Text>{' '}
            <Text span dir="auto">
              {concern.reviewNote}
            </Text>
          </Text>
        )}
        {concern.status === 'open' && (
          <Button w="fit-content" onClick={() => onReview(concern)}>
            {t('vetting.concerns.review')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
