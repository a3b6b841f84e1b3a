import { Alert, Anchor, Button, Stack, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { EMPLOYER_PATHS } from '../../employers/paths';
import { PASSWORD_PATHS } from '../../password/navigation';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { PasswordField } from '../../shell/components/PasswordField';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { homePathFor } from '../../shell/navigation';
import { useSignIn } from '../hooks/useSignIn';
import { readSignInNotice } from '../signInNotice';
import { looksLikeEmail } from '../../../lib/validation';
import { AccountEmailField } from '../../shell/components/AccountEmailField';

interface FieldErrors {
  email?: string;
  password?: string;
}

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const navigate = useNavigate();
  const notice = readSignInNotice(useLocation().state);
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FieldErrors = {
      email: !email.trim() ? t('validation.required') : !looksLikeEmail(email) ? t('validation.email') : undefined,
      password: !password ? t('validation.required') : undefined,
    };
    setFieldErrors(errors);
    if (errors.email || errors.password) return;
    signIn.mutate(
      { email: email.trim(), password },
      { onSuccess: (me) => void navigate(homePathFor(me.role), { replace: true }) },
    );
  };

  return (
    <Stack gap="lg">
      <Title order={1}>{t('signIn.heading')}</Title>
      {notice && !signIn.error && (
        <Alert color={notice === 'sign_out_failed' ? 'red' : 'indigo'} variant="light" role="status">
          {t(`signIn.notice.${notice}`)}
        </Alert>
      )}
      {signIn.error && <ErrorAlert error={signIn.error} title={t('signIn.errorTitle')} />}
      {/* method="post": should scripts fail, a native submit must never put the email in the URL. */}
      <form method="post" noValidate onSubmit={onSubmit}>
        <Stack gap="md">
          <AccountEmailField
            label={t('signIn.email')}
            name="email"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={fieldErrors.email}
          />
          <PasswordField
            label={t('signIn.password')}
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={fieldErrors.password}
          />
          <Button type="submit" disabled={signIn.isPending}>
            {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
          </Button>
        </Stack>
      </form>
      <Anchor component={Link} to={PASSWORD_PATHS.forgot}>
        {t('password.forgot.link')}
      </Anchor>
      <Anchor component={Link} to={EMPLOYER_PATHS.register}>
        {t('signIn.employerRegister')}
      </Anchor>
    </Stack>
  );
}
