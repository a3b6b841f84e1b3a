import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { looksLikeEmail } from '../../../lib/validation';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { SIGN_IN_PATH } from '../../shell/navigation';
import { useFocusFirstProblem, useFocusWhenShown } from '../hooks/useFocusFirstProblem';
import { useRequestPasswordReset } from '../hooks/usePassword';
import { refusedField } from '../passwordErrors';
import { PasswordErrorAlert } from './PasswordErrorAlert';
import { AccountEmailField } from '../../shell/components/AccountEmailField';

/**
 * "Forgot your password?": one email field. Whatever the address, the page then says the same
 * thing, so it never tells anyone whether an address has an account.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('password.forgot.title'));
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const { formRef, alertRef } = useFocusFirstProblem(attempt, request.error);
  const sentRef = useFocusWhenShown<HTMLDivElement>(request.isSuccess);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (request.isPending) return;
    const error = !email.trim() ? t('validation.required') : !looksLikeEmail(email) ? t('validation.email') : undefined;
    setEmailError(error);
    setAttempt((count) => count + 1);
    if (error) {
      request.reset();
      return;
    }
    // The address is not kept once sent: the confirmation does not repeat it.
    request.mutate({ email: email.trim() }, { onSuccess: () => setEmail('') });
  };

  if (request.isSuccess) {
    return (
      <Stack gap="lg">
        <Title order={1}>{t('password.forgot.heading')}</Title>
        <Alert ref={sentRef} tabIndex={-1} color="teal" variant="light" role="status" title={t('password.forgot.sentTitle')} style={{ outline: 'none' }}>
          <Stack gap="xs">
            <Text size="sm">{t('password.forgot.sent')}</Text>
            <Text size="sm">{t('password.forgot.sentHint')}</Text>
          </Stack>
        </Alert>
        <Anchor component={Link} to={SIGN_IN_PATH}>
          {t('password.backToSignIn')}
        </Anchor>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Title order={1}>{t('password.forgot.heading')}</Title>
      <Text>{t('password.forgot.intro')}</Text>
      {request.error && (
        <PasswordErrorAlert
          ref={alertRef}
          error={request.error}
          title={t('password.forgot.errorTitle')}
          rateLimitedMessage={t('password.forgot.rateLimited')}
        />
      )}
      {/* method="post": should scripts fail, a native submit must never put the email in the URL. */}
      <form ref={formRef} method="post" noValidate onSubmit={onSubmit}>
        <Stack gap="md">
          <AccountEmailField
            label={t('password.forgot.email')}
            name="email"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={emailError ?? (refusedField(request.error, 'email') ? t('validation.email') : undefined)}
          />
          <Button type="submit" disabled={request.isPending}>
            {request.isPending ? t('password.forgot.submitting') : t('password.forgot.submit')}
          </Button>
        </Stack>
      </form>
      <Anchor component={Link} to={SIGN_IN_PATH}>
        {t('password.backToSignIn')}
      </Anchor>
    </Stack>
  );
}
