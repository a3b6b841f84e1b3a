import { Button, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../employers/components/ConfirmDialog';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import { serverFieldMessage } from '../../employers/serverErrors';
import { useEraseSurvivor } from '../hooks/useDataRights';

/** The API's limit on the reason, which stays after the erasure. */
const REASON_MAX_LENGTH = 500;

/** As the API compares them: case and surrounding spaces do not matter. */
const samePseudonym = (typed: string, pseudonym: string) => typed.trim().normalize('NFC').toLocaleLowerCase() === pseudonym.trim().normalize('NFC').toLocaleLowerCase();

interface EraseRecordButtonProps {
  survivorId: string;
  pseudonym: string;
  onErased: () => void;
}

/** Erasing cannot be undone: the caseworker types the name shown, and says why. */
export function EraseRecordButton({ survivorId, pseudonym, onErased }: EraseRecordButtonProps) {
  const { t } = useTranslation();
  const erase = useEraseSurvivor(survivorId);
  const [opened, setOpened] = useState(false);
  const [typed, setTyped] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ typed?: string; reason?: string }>({});

  const open = () => {
    erase.reset();
    setTyped('');
    setReason('');
    setErrors({});
    setOpened(true);
  };

  const confirm = () => {
    const found = {
      typed: !typed.trim() ? t('validation.required') : samePseudonym(typed, pseudonym) ? undefined : t('dataRights.erase.mismatch'),
      reason: reason.trim() ? undefined : t('validation.required'),
    };
    setErrors(found);
    if (found.typed || found.reason) return;
    erase.mutate(
      { confirmPseudonym: typed.trim(), reason: reason.trim() },
      {
        onSuccess: () => {
          setOpened(false);
          onErased();
        },
      },
    );
  };

  return (
    <>
      <Button color="red" variant="outline" onClick={open} w="fit-content">
        {t('dataRights.erase.button')}
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={() => setOpened(false)}
        onConfirm={confirm}
        title={t('dataRights.erase.title', { pseudonym })}
        confirmLabel={erase.isPending ? t('dataRights.erase.erasing') : t('dataRights.erase.confirm')}
        pending={erase.isPending}
      >
        <Text size="sm">{t('dataRights.erase.body')}</Text>
        <Text size="sm" fw={700}>
          {t('dataRights.erase.cannotUndo')}
        </Text>
        <TextInput
          label={t('dataRights.erase.typeLabel', { pseudonym })}
          required
          data-autofocus
          autoComplete="off"
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          error={errors.typed ?? serverFieldMessage(erase.error, 'confirmPseudonym')}
        />
        <Textarea
          label={t('dataRights.erase.reasonLabel')}
          description={t('dataRights.erase.reasonHint')}
          required
          rows={3}
          maxLength={REASON_MAX_LENGTH}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={errors.reason ?? serverFieldMessage(erase.error, 'reason')}
        />
        {erase.error && <ServerErrorAlert error={erase.error} title={t('dataRights.erase.failed')} />}
      </ConfirmDialog>
    </>
  );
}
