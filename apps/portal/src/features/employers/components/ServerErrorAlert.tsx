import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/errors';
import { peopleMessage, serverFieldMessages } from '../serverErrors';
import { errorMessage } from '../../shell/components/ErrorAlert';

interface ServerErrorAlertProps {
  error: unknown;
  title: string;
  onRetry?: () => void;
}

/** A failed request, in the API's own words where it wrote them for people (see peopleMessage). */
export function ServerErrorAlert({ error, title, onRetry }: ServerErrorAlertProps) {
  const { t } = useTranslation();
  const fromServer = peopleMessage(error);
  const fieldMessages = serverFieldMessages(error);
  const errorId = error instanceof ApiError ? error.errorId : undefined;
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      <Stack gap="xs">
        {/* The API writes in English: marked so, a right-to-left page still shows it in order. */}
        {fromServer ? (
          <Text size="sm" lang="en" dir="auto">
            {fromServer}
          </Text>
        ) : (
          <Text size="sm">{errorMessage(t, error)}</Text>
        )}
        {fieldMessages.length > 0 && (
          <List size="sm" lang="en" dir="auto">
            {fieldMessages.map((message) => (
              <List.Item key={message}>{message}</List.Item>
            ))}
          </List>
        )}
        {errorId && <Text size="sm">{t('errors.errorId', { id: errorId })}</Text>}
        {onRetry && (
          <Button variant="default" size="sm" onClick={onRetry} w="fit-content">
            {t('errors.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
