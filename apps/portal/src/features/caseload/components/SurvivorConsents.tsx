import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../reference';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { PageLoader } from '../../shell/components/PageLoader';
import type { Consent } from '../api/types';
import { useConsents } from '../hooks/useSurvivors';

const STATE_COLORS: Record<Consent['state'], string> = { active: 'teal', expired: 'gray', revoked: 'red' };

/** What the person agreed to share with which employer, and until when. Read-only here. */
export function SurvivorConsents({ survivorId }: { survivorId: string }) {
  const { t } = useTranslation();
  const consents = useConsents(survivorId);
  if (consents.isPending) return <PageLoader label={t('caseload.consents.loading')} />;
  if (consents.error) return <ErrorAlert error={consents.error} title={t('caseload.consents.failed')} onRetry={() => void consents.refetch()} />;
  if (consents.data.length === 0) return <Text>{t('caseload.consents.none')}</Text>;
  return (
    <Stack component="ul" aria-label={t('caseload.consents.heading')} gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {consents.data.map((consent) => (
        <ConsentCard key={consent.id} consent={consent} />
      ))}
    </Stack>
  );
}

function ConsentCard({ consent }: { consent: Consent }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const fields = [t('caseload.consents.fields.pseudonym'), ...consent.fields.map((field) => t(`caseload.consents.fields.${field}`))];
  return (
    <Card component="li" withBorder padding="sm">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Text fw={600}>{consent.employerName}</Text>
          <Badge variant="light" color={STATE_COLORS[consent.state]} tt="none">
            {t(`caseload.consents.states.${consent.state}`)}
          </Badge>
        </Group>
        <Text size="sm">{t('caseload.consents.shares', { fields: fields.join(', ') })}</Text>
        <Text size="sm" c="dimmed">
          {consent.applicationId ? t('caseload.consents.forApplication') : t('caseload.consents.forEmployer')}
          {' · '}
          {t('caseload.consents.granted', { date: formatDate(consent.grantedAt, language) })}
          {' · '}
          {consent.state === 'revoked' && consent.revokedAt
            ? t('caseload.consents.revoked', { date: formatDate(consent.revokedAt, language) })
            : consent.state === 'expired'
              ? t('caseload.consents.expired', { date: formatDate(consent.expiresAt, language) })
              : t('caseload.consents.expires', { date: formatDate(consent.expiresAt, language) })}
        </Text>
      </Stack>
    </Card>
  );
}
