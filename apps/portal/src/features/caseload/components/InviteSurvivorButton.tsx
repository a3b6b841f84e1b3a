import { Button, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { looksLikeEmail } from '../../../lib/validation';
import { ConfirmDialog } from '../../employers/components/ConfirmDialog';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import { serverFieldMessage } from '../../employers/serverErrors';
import { useInviteSurvivor } from '../hooks/useSurvivors';

interface InviteSurvivorButtonProps {
  survivorId: string;
  pseudonym: string;
  /** Their email on the profile, offered first. */
  email: string | null;
  onInvited: () => void;
}

/** Sends the person a link to create their own account, to an address the caseworker confirms. */
export function InviteSurvivorButton({ survivorId, pseudonym, email, onInvited }: InviteSurvivorButtonProps) {
  const { t } = useTranslation();
  const invite = useInviteSurvivor(survivorId);
  const [opened, setOpened] = useState(false);
  const [address, setAddress] = useState(email ?? '');
  const [error, setError] = useState<string | undefined>();

  const open = () => {
    invite.reset();
    setError(undefined);
    setAddress(email ?? '');
    setOpened(true);
  };

  const send = () => {
    if (!looksLikeEmail(address)) {
      setError(address.trim() ? t('validation.email') : t('validation.required'));
      return;
    }
    setError(undefined);
    invite.mutate(
      { email: address.trim() },
      {
        onSuccess: () => {
          setOpened(false);
          onInvited();
        },
      },
    );
  };

  return (
    <>
      <Button variant="default" onClick={open}>
        {t('caseload.invite.button')}
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={() => setOpened(false)}
        onConfirm={send}
        title={t('caseload.invite.title', { pseudonym })}
        confirmLabel={invite.isPending ? t('caseload.invite.sending') : t('caseload.invite.send')}
        pending={invite.isPending}
        destructive={false}
      >
        <Text size="sm">{t('caseload.invite.body')}</Text>
        <TextInput
          label={t('caseload.invite.email')}
          type="email"
          inputMode="email"
          autoComplete="off"
          required
          data-autofocus
          value={address}
          onChange={(event) => setAddress(event.currentTarget.value)}
          error={error ?? serverFieldMessage(invite.error, 'email')}
        />
        {invite.error && <ServerErrorAlert error={invite.error} title={t('caseload.invite.failed')} />}
      </ConfirmDialog>
    </>
  );
}
