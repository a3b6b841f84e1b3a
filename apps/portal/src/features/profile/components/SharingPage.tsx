import { Alert, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../employers/components/ConfirmDialog';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { Section } from '../../shell/components/Section';
import type { Consent, ConsentState } from '../api/types';
import { useConsents, useRevokeConsent } from '../hooks/useConsents';
import { useProfileFormat } from '../hooks/useProfileFormat';
import { OwnPage, PAGE_WIDTH } from './OwnPage';

/** `/survivor/sharing`: what each employer may see, until when, and a way to stop it at once. */
export function SharingPage() {
  const { t } = useTranslation();
  const consents = useConsents();
  return (
    <OwnPage title={t('profile.sharing.title')} query={consents}>
      {(data) => <SharingView consents={data} />}
    </OwnPage>
  );
}

function SharingView({ consents }: { consents: Consent[] }) {
  const { t } = useTranslation();
  const revoke = useRevokeConsent();
  const [stopping, setStopping] = useState<Consent | null>(null);
  const [stoppedWith, setStoppedWith] = useState<string | null>(null);
  const active = consents.filter((consent) => consent.state === 'active');
  const ended = consents.filter((consent) => consent.state !== 'active');

  const ask = (consent: Consent) => {
    revoke.reset();
    setStoppedWith(null);
    setStopping(consent);
  };

  // Through the promise, not mutate's callbacks: the refetched list drops this consent's button.
  const confirm = async () => {
    if (!stopping) return;
    try {
      await revoke.mutateAsync(stopping.id);
      setStoppedWith(stopping.employerName);
      setStopping(null);
    } catch {
      // Shown in the dialog, which stays open for another try.
    }
  };

  return (
    <Stack gap="lg" maw={PAGE_WIDTH}>
      <Stack gap="xs">
        <Title order={1}>{t('profile.sharing.title')}</Title>
        <Text>{t('profile.sharing.intro')}</Text>
      </Stack>

      {stoppedWith !== null && (
        <Alert color="teal" variant="light" role="status">
          {t('profile.sharing.stopped', { employer: stoppedWith })}
        </Alert>
      )}

      {consents.length === 0 ? (
        <Text>{t('profile.sharing.empty')}</Text>
      ) : (
        <>
          <ConsentGroup heading={t('profile.sharing.active')} listLabel={t('profile.sharing.list')} consents={active} onStop={ask} />
          <ConsentGroup heading={t('profile.sharing.ended')} listLabel={t('profile.sharing.endedList')} consents={ended} onStop={ask} />
        </>
      )}

      <ConfirmDialog
        opened={stopping !== null}
        onClose={() => setStopping(null)}
        onConfirm={() => void confirm()}
        title={t('profile.sharing.confirmTitle', { employer: stopping?.employerName ?? '' })}
        confirmLabel={revoke.isPending ? t('profile.sharing.stopping') : t('profile.sharing.stop')}
        pending={revoke.isPending}
      >
        <Text>{t('profile.sharing.confirmBody', { employer: stopping?.employerName ?? '' })}</Text>
        {revoke.error && <ErrorAlert error={revoke.error} title={t('profile.sharing.stopFailed')} />}
      </ConfirmDialog>
    </Stack>
  );
}

interface ConsentGroupProps {
  heading: string;
  listLabel: string;
  consents: Consent[];
  onStop: (consent: Consent) => void;
}

function ConsentGroup({ heading, listLabel, consents, onStop }: ConsentGroupProps) {
  if (consents.length === 0) return null;
  return (
    <Section heading={heading} size="h2">
      <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label={listLabel}>
        {consents.map((consent) => (
          <li key={consent.id}>
            <ConsentCard consent={consent} onStop={() => onStop(consent)} />
          </li>
        ))}
      </Stack>
    </Section>
  );
}

const STATE_COLORS: Record<ConsentState, string> = { active: 'teal.9', expired: 'gray.8', revoked: 'gray.8' };
const STATE_KEYS = { active: 'profile.sharing.stateActive', expired: 'profile.sharing.stateExpired', revoked: 'profile.sharing.stateRevoked' } as const;

function ConsentCard({ consent, onStop }: { consent: Consent; onStop: () => void }) {
  const { t } = useTranslation();
  const format = useProfileFormat();
  const titleId = useId();
  const sharedId = useId();
  const when =
    consent.state === 'revoked' && consent.revokedAt
      ? t('profile.sharing.revokedOn', { date: format.day(consent.revokedAt) })
      : consent.state === 'active'
        ? t('profile.sharing.until', { date: format.day(consent.expiresAt) })
        : t('profile.sharing.expiredOn', { date: format.day(consent.expiresAt) });

  return (
    <Card component="article" withBorder padding="md" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={3} size="h4" id={titleId} dir="auto" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            {consent.employerName}
          </Title>
          <Badge color={STATE_COLORS[consent.state]} variant="filled" size="lg" style={{ flexShrink: 0 }}>
            {t(STATE_KEYS[consent.state])}
          </Badge>
        </Group>
        <Text>{consent.applicationId ? t('profile.sharing.forApplication') : t('profile.sharing.forAllApplications')}</Text>
        <div>
          <Text fw={700} id={sharedId}>
            {consent.state === 'active' ? t('profile.sharing.whatShared') : t('profile.sharing.whatWasShared')}
          </Text>
          <List aria-labelledby={sharedId} withPadding spacing={2}>
            <List.Item>{t('profile.sharing.alwaysName')}</List.Item>
            {consent.fields.map((field) => (
              <List.Item key={field}>{t(`profile.consentFields.${field}`)}</List.Item>
            ))}
          </List>
        </div>
        <Text fw={consent.state === 'active' ? 700 : undefined}>{when}</Text>
        {consent.state === 'active' && (
          <Stack gap={4}>
            <Button variant="outline" color="red.9" size="md" w={{ base: '100%', xs: 'fit-content' }} onClick={onStop} aria-describedby={titleId}>
              {t('profile.sharing.stop')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('profile.sharing.stopHint')}
            </Text>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
