import { PASSWORD_MIN_LENGTH } from '@onward/shared';
import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFragmentToken } from '../../shell/hooks/useFragmentToken';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { SIGN_IN_PATH } from '../../shell/navigation';
import { useFocusFirstProblem, useFocusWhenShown } from '../hooks/useFocusFirstProblem';
import { useConfirmPasswordReset } from '../hooks/usePassword';
import { PASSWORD_PATHS } from '../navigation';
import { checkNewPassword, type NewPasswordErrors, type NewPasswordValues } from '../newPassword';
import { isInvalidResetLink, refusedField } from '../passwordErrors';
import { NewPasswordFields } from './NewPasswordFields';
import { PasswordErrorAlert } from './PasswordErrorAlert';

/** `/reset-password#<token>`: the link from the email. The token leaves the address bar at once. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('password.reset.title'));
  const token = useFragmentToken();
  if (!token) return <InvalidResetLink />;
  // Keyed: a new link opened in this tab starts afresh, with nothing left from the previous one.
  return <ResetPasswordForm key={token} token={token} />;
}

/** Used, expired or cut short: says so, and offers to send a new link. */
function InvalidResetLink({ afterSubmit = false }: { afterSubmit?: boolean }) {
  const { t } = useTranslation();
  // Only when it replaces the form the person just sent; a page that opens with it starts at the top.
  const alertRef = useFocusWhenShown<HTMLDivElement>(afterSubmit);
  return (
    <Stack gap="lg">
      <Title order={1}>{t('password.reset.heading')}</Title>
      <Alert ref={alertRef} tabIndex={-1} color="red" variant="light" role="alert" title={t('password.reset.invalidTitle')} style={{ outline: 'none' }}>
        {t('password.reset.invalidBody')}
      </Alert>
      <Anchor component={Link} to={PASSWORD_PATHS.forgot}>
        {t('password.reset.askAgain')}
      </Anchor>
    </Stack>
  );
}

function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const confirm = useConfirmPasswordReset();
  const [values, setValues] = useState<NewPasswordValues>({ newPassword: '', confirmPassword: '' });
  const [fieldErrors, setFieldErrors] = useState<NewPasswordErrors>({});
  const [attempt, setAttempt] = useState(0);
  const { formRef, alertRef } = useFocusFirstProblem(attempt, confirm.error);
  const doneRef = useFocusWhenShown<HTMLDivElement>(confirm.isSuccess);

  if (isInvalidResetLink(confirm.error)) return <InvalidResetLink afterSubmit />;

  if (confirm.isSuccess) {
    return (
      <Stack gap="lg">
        <Title order={1}>{t('password.reset.heading')}</Title>
        <Alert ref={doneRef} tabIndex={-1} color="teal" variant="light" role="status" title={t('password.reset.doneTitle')} style={{ outline: 'none' }}>
          <Text size="sm">{t('password.reset.doneBody')}</Text>
        </Alert>
        <Button component={Link} to={SIGN_IN_PATH} w="fit-content">
          {t('password.reset.signIn')}
        </Button>
      </Stack>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirm.isPending) return;
    const errors = checkNewPassword(t, values);
    setFieldErrors(errors);
    setAttempt((count) => count + 1);
    if (Object.keys(errors).length > 0) {
      confirm.reset();
      return;
    }
    confirm.mutate({ token, newPassword: values.newPassword });
  };

  const errors: NewPasswordErrors = {
    newPassword: fieldErrors.newPassword ?? (refusedField(confirm.error, 'newPassword') ? t('validation.passwordTooShort', { count: PASSWORD_MIN_LENGTH }) : undefined),
    confirmPassword: fieldErrors.confirmPassword,
  };

  return (
    <Stack gap="lg">
      <Title order={1}>{t('password.reset.heading')}</Title>
      <Text>{t('password.reset.intro')}</Text>
      {confirm.error && (
        <PasswordErrorAlert ref={alertRef} error={confirm.error} title={t('password.reset.errorTitle')} rateLimitedMessage={t('password.reset.rateLimited')} />
      )}
      <form ref={formRef} method="post" noValidate onSubmit={onSubmit}>
        <Stack gap="md">
          <NewPasswordFields values={values} errors={errors} onChange={(field, value) => setValues((current) => ({ ...current, [field]: value }))} />
          <Button type="submit" disabled={confirm.isPending}>
            {confirm.isPending ? t('password.reset.submitting') : t('password.reset.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
