import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../reference';
import { Section } from '../../shell/components/Section';
import { exportHref } from '../api/dataRightsApi';
import { EraseRecordButton } from './EraseRecordButton';

interface SurvivorDataRightsProps {
  survivor: { id: string; pseudonym: string; erasureRequestedAt: string | null; erasedAt: string | null; erasureReason: string | null };
  /** After an erasure: the page reads the record (and the caseload) again. */
  onErased: () => void;
}

/** On the caseworker's page of one person: their complete data as a download, their request to erase, and erasure. */
export function SurvivorDataRights({ survivor, onErased }: SurvivorDataRightsProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const hintId = useId();
  return (
    <Section size="h2" heading={t('dataRights.caseworker.heading')} intro={t('dataRights.caseworker.intro')}>
      {survivor.erasedAt ? (
        <Alert color="gray" variant="light" role="status" title={t('dataRights.caseworker.erased', { date: formatDateTime(survivor.erasedAt, language) })}>
          <Stack gap={4}>
            <Text size="sm">{t('dataRights.caseworker.erasedBody')}</Text>
            {survivor.erasureReason && (
              <Text size="sm" dir="auto">
                {t('dataRights.caseworker.erasedReason', { reason: survivor.erasureReason })}
              </Text>
            )}
          </Stack>
        </Alert>
      ) : (
        survivor.erasureRequestedAt && (
          <Alert color="yellow" variant="light" title={t('dataRights.caseworker.requested', { date: formatDateTime(survivor.erasureRequestedAt, language) })}>
            {t('dataRights.caseworker.requestedBody')}
          </Alert>
        )
      )}
      <Stack gap={4}>
        <Group gap="sm">
          <Button component="a" href={exportHref(survivor.id)} download variant="default" aria-describedby={hintId}>
            {t('dataRights.caseworker.download')}
          </Button>
          {!survivor.erasedAt && <EraseRecordButton survivorId={survivor.id} pseudonym={survivor.pseudonym} onErased={onErased} />}
        </Group>
        <Text id={hintId} size="sm" c="dimmed">
          {t('dataRights.caseworker.downloadHint')}
        </Text>
      </Stack>
    </Section>
  );
}
