import { Alert, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@onward/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert, serverFieldError } from '../../shell/components/ErrorAlert';
import { PageError } from '../../shell/components/PageError';
import { PageLoader } from '../../shell/components/PageLoader';
import { PasswordField } from '../../shell/components/PasswordField';
import { useFragmentToken } from '../../shell/hooks/useFragmentToken';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { homePathFor } from '../../shell/navigation';
import { useAcceptInvitation, useInvitationLookup } from '../hooks/useInvitation';
import { isInvalidInvitation } from '../invitationErrors';

type Field = 'displayName' | 'password' | 'confirmPassword';
type FieldErrors = Partial<Record<Field, string>>;

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('invite.title'));
  const token = useFragmentToken();

  if (!token) return <InvalidInvitation />;
  // Keyed: a new link starts afresh, with no state left from the previous one.
  return <InvitationAcceptance key={token} token={token} />;
}

function InvalidInvitation() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Title order={1}>{t('invite.title')}</Title>
      <Alert color="red" variant="light" role="alert" title={t('invite.invalidTitle')}>
        {t('invite.invalidBody')}
      </Alert>
    </Stack>
  );
}

function InvitationAcceptance({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  // Once accepted, the invitation is used up: looking it up again (the cache is cleared on
  // sign-in) would only answer "invalid" while the page moves on.
  const lookup = useInvitationLookup(token, { enabled: accept.isIdle || accept.isError });
  const [values, setValues] = useState<Record<Field, string>>({ displayName: '', password: '', confirmPassword: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  if (isInvalidInvitation(lookup.error) || isInvalidInvitation(accept.error)) return <InvalidInvitation />;
  if (lookup.isPending) return <PageLoader label={t('invite.checking')} />;
  if (lookup.error) return <PageError error={lookup.error} onRetry={() => void lookup.refetch()} />;

  const invitation = lookup.data;
  const errorFor = (field: Field) => fieldErrors[field] ?? serverFieldError(t, accept.error, field);
  const bind = (field: Field) => ({
    value: values[field],
    error: errorFor(field),
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [field]: value }));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!values.displayName.trim()) errors.displayName = t('validation.required');
    if (values.password.length < PASSWORD_MIN_LENGTH) {
      errors.password = t('validation.passwordTooShort', { count: PASSWORD_MIN_LENGTH });
    } else if (values.password.length > PASSWORD_MAX_LENGTH) {
      errors.password = t('validation.passwordTooLong', { count: PASSWORD_MAX_LENGTH });
    }
    if (values.confirmPassword !== values.password) errors.confirmPassword = t('validation.passwordsDiffer');
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    accept.mutate(
      { token, displayName: values.displayName.trim(), password: values.password },
      { onSuccess: (me) => void navigate(homePathFor(me.role), { replace: true }) },
    );
  };

  const expires = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(invitation.expiresAt));

  return (
    <Stack gap="lg">
      <Title order={1}>{t('invite.heading')}</Title>
      <Text>{t('invite.intro', { organisation: invitation.organisationName })}</Text>
      <Stack gap={2}>
        <Text fw={600}>{t('invite.accountType')}</Text>
        <Text>{t(`invite.roleLabel.${invitation.role}`)}</Text>
      </Stack>
      <Text size="sm">{t('invite.expires', { date: expires })}</Text>
      {accept.error && <ErrorAlert error={accept.error} title={t('invite.errorTitle')} />}
      <form method="post" noValidate onSubmit={onSubmit}>
        <Stack gap="md">
          {/* Shown for reference and so password managers save the new password under it. */}
          <TextInput
            label={t('invite.email')}
            type="email"
            name="username"
            autoComplete="username"
            value={invitation.email}
            readOnly
            variant="filled"
          />
          <TextInput
            label={t('invite.displayName')}
            description={t('invite.displayNameHint')}
            name="displayName"
            autoComplete="nickname"
            required
            maxLength={100}
            {...bind('displayName')}
          />
          <PasswordField
            label={t('invite.password')}
            description={t('invite.passwordHint', { count: PASSWORD_MIN_LENGTH })}
            name="password"
            autoComplete="new-password"
            required
            {...bind('password')}
          />
          <PasswordField
            label={t('invite.confirmPassword')}
            name="confirmPassword"
            autoComplete="new-password"
            required
            {...bind('confirmPassword')}
          />
          <Button type="submit" disabled={accept.isPending}>
            {accept.isPending ? t('invite.submitting') : t('invite.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
