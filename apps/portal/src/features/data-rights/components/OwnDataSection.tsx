import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../employers/components/ConfirmDialog';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { exportHref } from '../api/dataRightsApi';
import { useRequestErasure } from '../hooks/useDataRights';

/**
 * On the survivor's own profile: a copy of their data, and a request to delete it. They ask
 * rather than delete: their caseworker talks with them first, so whoever else holds the phone
 * cannot wipe the record of someone at risk.
 */
export function OwnDataSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const hintId = useId();
  const request = useRequestErasure();
  const [opened, setOpened] = useState(false);

  const open = () => {
    request.reset();
    setOpened(true);
  };

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id={headingId}>
            {t('dataRights.own.heading')}
          </Title>
          <Text>{t('dataRights.own.intro')}</Text>
        </Stack>
        <Stack gap={4}>
          <Button component="a" href={exportHref('me')} download variant="default" size="md" aria-describedby={hintId} w={{ base: '100%', xs: 'fit-content' }}>
            {t('dataRights.own.download')}
          </Button>
          <Text id={hintId} size="sm" c="dimmed">
            {t('dataRights.own.downloadHint')}
          </Text>
        </Stack>
        {request.isSuccess && (
          <Alert color="teal" variant="light" role="status">
            {t('dataRights.own.sent')}
          </Alert>
        )}
        <Button variant="default" size="md" onClick={open} w={{ base: '100%', xs: 'fit-content' }}>
          {t('dataRights.own.ask')}
        </Button>
      </Stack>
      <ConfirmDialog
        opened={opened}
        onClose={() => setOpened(false)}
        onConfirm={() => request.mutate(undefined, { onSuccess: () => setOpened(false) })}
        title={t('dataRights.own.askTitle')}
        confirmLabel={request.isPending ? t('dataRights.own.sending') : t('dataRights.own.send')}
        pending={request.isPending}
        destructive={false}
      >
        <Text size="sm">{t('dataRights.own.askBody')}</Text>
        <Text size="sm">{t('dataRights.own.askNothingYet')}</Text>
        {request.error && <ErrorAlert error={request.error} title={t('dataRights.own.failed')} />}
      </ConfirmDialog>
    </Paper>
  );
}
