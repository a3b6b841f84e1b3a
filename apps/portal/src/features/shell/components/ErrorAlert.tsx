import { Alert, Button, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/errors';

const TRANSLATED_CODES = [
  'network_error',
  'invalid_credentials',
  'rate_limited',
  'validation_failed',
  'forbidden',
  'conflict',
  'not_found',
  'csrf_invalid',
  'invitation_invalid',
  'internal_error',
] as const;
type TranslatedCode = (typeof TRANSLATED_CODES)[number];

function isTranslated(code: string): code is TranslatedCode {
  return (TRANSLATED_CODES as readonly string[]).includes(code);
}

/**
 * A message a person can act on, in their language, chosen by the API's stable `code`
 * (its `message` is English only).
 */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.generic');
  if (isTranslated(error.code)) return t(`errors.${error.code}`);
  return error.status >= 500 ? t('errors.internal_error') : t('errors.generic');
}

/**
 * A translated hint for a field the API refused. The API's own per-field text is English only,
 * and the fields are checked here first, so this is rarely needed.
 */
export function serverFieldError(t: TFunction, error: unknown, field: string): string | undefined {
  return error instanceof ApiError && error.fields[field]?.length ? t('validation.invalid') : undefined;
}

interface ErrorAlertProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

export function ErrorAlert({ error, title, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  const errorId = error instanceof ApiError ? error.errorId : undefined;
  return (
    <Alert color="red" variant="light" title={title ?? t('errors.title')} role="alert">
      <Stack gap="xs">
        <Text size="sm">{errorMessage(t, error)}</Text>
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
