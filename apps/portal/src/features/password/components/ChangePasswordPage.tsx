import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { PASSWORD_MIN_LENGTH } from '@onward/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/CurrentUserContext';
import { PasswordField } from '../../shell/components/PasswordField';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { homePathFor } from '../../shell/navigation';
import { useFocusFirstProblem, useFocusWhenShown } from '../hooks/useFocusFirstProblem';
import { useChangePassword } from '../hooks/usePassword';
import { checkNewPassword, type NewPasswordErrors } from '../newPassword';
import { refusedField } from '../passwordErrors';
import { NewPasswordFields } from './NewPasswordFields';
import { PasswordErrorAlert } from './PasswordErrorAlert';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}
type FieldErrors = NewPasswordErrors & { currentPassword?: string };

const EMPTY: Values = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** Any signed-in person changes their password; every other device signed in to the account is signed out. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const heading = t('password.change.heading');
  usePageTitle(t('password.change.title'));
  const me = useCurrentUser();
  const change = useChangePassword();
  const [values, setValues] = useState<Values>(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const { formRef, alertRef } = useFocusFirstProblem(attempt, change.error);
  const doneRef = useFocusWhenShown<HTMLDivElement>(change.isSuccess);

  if (change.isSuccess) {
    return (
      <Stack gap="lg" maw={480}>
        <Title order={1}>{heading}</Title>
        <Alert ref={doneRef} tabIndex={-1} color="teal" variant="light" role="status" title={t('password.change.doneTitle')} style={{ outline: 'none' }}>
          <Text size="sm">{t('password.change.doneBody')}</Text>
        </Alert>
        <Anchor component={Link} to={homePathFor(me.role)}>
          {t('password.change.home')}
        </Anchor>
      </Stack>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    const errors: FieldErrors = checkNewPassword(t, values);
    if (!values.currentPassword) errors.currentPassword = t('validation.required');
    else if (!errors.newPassword && values.newPassword === values.currentPassword) errors.newPassword = t('password.change.sameAsCurrent');
    setFieldErrors(errors);
    setAttempt((count) => count + 1);
    if (Object.keys(errors).length > 0) {
      change.reset();
      return;
    }
    // The passwords are not kept once the change is made.
    change.mutate({ currentPassword: values.currentPassword, newPassword: values.newPassword }, { onSuccess: () => setValues(EMPTY) });
  };

  const errors: FieldErrors = {
    currentPassword: fieldErrors.currentPassword ?? (refusedField(change.error, 'currentPassword') ? t('password.change.currentWrong') : undefined),
    newPassword: fieldErrors.newPassword ?? (refusedField(change.error, 'newPassword') ? t('password.change.newRefused', { count: PASSWORD_MIN_LENGTH }) : undefined),
    confirmPassword: fieldErrors.confirmPassword,
  };
  const set = (field: keyof Values, value: string) => setValues((current) => ({ ...current, [field]: value }));

  return (
    <Stack gap="lg" maw={480}>
      <Title order={1}>{heading}</Title>
      <Text>{t('password.change.intro')}</Text>
      {change.error && (
        <PasswordErrorAlert ref={alertRef} error={change.error} title={t('password.change.errorTitle')} rateLimitedMessage={t('password.change.rateLimited')} />
      )}
      <form ref={formRef} method="post" noValidate onSubmit={onSubmit}>
        <Stack gap="md">
          {/* For password managers, which save the new password under the account it belongs to. */}
          <input type="email" name="username" autoComplete="username" value={me.email} readOnly hidden />
          <PasswordField
            label={t('password.change.currentPassword')}
            name="currentPassword"
            autoComplete="current-password"
            required
            value={values.currentPassword}
            onChange={(event) => set('currentPassword', event.currentTarget.value)}
            error={errors.currentPassword}
          />
          <NewPasswordFields values={values} errors={errors} onChange={set} />
          <Button type="submit" disabled={change.isPending} w="fit-content">
            {change.isPending ? t('password.change.submitting') : t('password.change.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
