import { Alert, Button, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { CASEWORKER_INVITABLE_ROLES, ROLE_ORGANISATION_KINDS, ROLES } from '@onward/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../api/types';
import { looksLikeEmail } from '../../../lib/validation';
import { useCurrentUser } from '../../auth/hooks/CurrentUserContext';
import { useOrganisations } from '../../organisations/hooks/useOrganisations';
import { ErrorAlert, serverFieldError } from '../../shell/components/ErrorAlert';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { useCreateInvitation } from '../hooks/useInvitation';

interface FieldErrors {
  email?: string;
  organisationId?: string;
}

/** Caseworkers invite survivors into their own organisation; admins invite any role into any organisation. */
export function InviteUserPage() {
  const { t } = useTranslation();
  usePageTitle(t('inviteUser.title'));
  const me = useCurrentUser();
  const isAdmin = me.role === 'admin';
  const invitableRoles: readonly Role[] = isAdmin ? ROLES : CASEWORKER_INVITABLE_ROLES;

  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>(invitableRoles[0]);
  const [organisationId, setOrganisationId] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [sentTo, setSentTo] = useState<string | null>(null);

  const organisations = useOrganisations({ enabled: isAdmin });
  const eligibleOrganisations = (organisations.data ?? []).filter((organisation) =>
    ROLE_ORGANISATION_KINDS[role].includes(organisation.kind),
  );
  const create = useCreateInvitation();

  const onRoleChange = (next: Role) => {
    setRole(next);
    const stillEligible = (organisations.data ?? []).some(
      (organisation) => organisation.id === organisationId && ROLE_ORGANISATION_KINDS[next].includes(organisation.kind),
    );
    if (!stillEligible) setOrganisationId('');
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSentTo(null);
    const errors: FieldErrors = {
      email: !email.trim() ? t('validation.required') : !looksLikeEmail(email) ? t('validation.email') : undefined,
      organisationId: isAdmin && !organisationId ? t('validation.required') : undefined,
    };
    setFieldErrors(errors);
    if (errors.email || errors.organisationId) return;
    create.mutate(
      { email: email.trim(), role, ...(isAdmin ? { organisationId } : {}) },
      {
        onSuccess: (invitation) => {
          setSentTo(invitation.email);
          setEmail('');
        },
      },
    );
  };

  return (
    <Stack gap="lg" maw={520}>
      <Title order={1}>{t('inviteUser.heading')}</Title>
      <Text>{t('inviteUser.intro')}</Text>
      {sentTo && (
        <Alert color="teal" variant="light" role="status">
          {t('inviteUser.success', { email: sentTo })}
        </Alert>
      )}
      {create.error && <ErrorAlert error={create.error} title={t('inviteUser.errorTitle')} />}
      <form method="post" noValidate onSubmit={onSubmit}>
        <Stack gap="md">
          <TextInput
            label={t('inviteUser.email')}
            name="email"
            type="email"
            inputMode="email"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={fieldErrors.email ?? serverFieldError(t, create.error, 'email')}
          />
          <NativeSelect
            label={t('inviteUser.role')}
            name="role"
            required
            value={role}
            onChange={(event) => onRoleChange(event.currentTarget.value as Role)}
            error={serverFieldError(t, create.error, 'role')}
            data={invitableRoles.map((value) => ({ value, label: t(`roles.${value}`) }))}
          />
          {isAdmin ? (
            organisations.error ? (
              <ErrorAlert error={organisations.error} onRetry={() => void organisations.refetch()} />
            ) : (
              <NativeSelect
                label={t('inviteUser.organisation')}
                name="organisationId"
                required
                disabled={organisations.isPending}
                value={organisationId}
                onChange={(event) => setOrganisationId(event.currentTarget.value)}
                error={fieldErrors.organisationId ?? serverFieldError(t, create.error, 'organisationId')}
                description={
                  organisations.isPending
                    ? t('inviteUser.loadingOrganisations')
                    : eligibleOrganisations.length === 0
                      ? t('inviteUser.noOrganisations')
                      : undefined
                }
                data={[
                  { value: '', label: t('inviteUser.organisationPlaceholder') },
                  ...eligibleOrganisations.map((organisation) => ({
                    value: organisation.id,
                    label: `${organisation.name} (${t(`organisationKinds.${organisation.kind}`)})`,
                  })),
                ]}
              />
            )
          ) : (
            <Text>{t('inviteUser.ownOrganisation', { organisation: me.organisation.name })}</Text>
          )}
          <Button type="submit" disabled={create.isPending} w="fit-content">
            {create.isPending ? t('inviteUser.submitting') : t('inviteUser.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
