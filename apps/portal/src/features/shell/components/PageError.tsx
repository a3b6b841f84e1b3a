import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

/** A whole page that could not load: still a page, with its own heading. */
export function PageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1}>{t('errors.title')}</Title>
      <ErrorAlert error={error} title="" onRetry={onRetry} />
    </Stack>
  );
}
