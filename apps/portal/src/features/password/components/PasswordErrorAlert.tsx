import { Alert, Box } from '@mantine/core';
import type { Ref } from 'react';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { isRateLimited } from '../passwordErrors';

interface PasswordErrorAlertProps {
  error: unknown;
  title: string;
  /** Says how long to wait: each of these forms has its own limit. */
  rateLimitedMessage: string;
  /** Takes focus when a submit fails for a reason no field shows. */
  ref?: Ref<HTMLDivElement>;
}

export function PasswordErrorAlert({ error, title, rateLimitedMessage, ref }: PasswordErrorAlertProps) {
  return (
    <Box ref={ref} tabIndex={-1} style={{ outline: 'none' }}>
      {isRateLimited(error) ? (
        <Alert color="red" variant="light" role="alert" title={title}>
          {rateLimitedMessage}
        </Alert>
      ) : (
        <ErrorAlert error={error} title={title} />
      )}
    </Box>
  );
}
