import { Button, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../employers/components/ConfirmDialog';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import { serverFieldMessage } from '../../employers/serverErrors';
import { useSuspendEmployer } from '../hooks/useVetting';

const REASON_MIN = 3;
const REASON_MAX = 2000;

/** Suspends an employer after a second "yes", with a reason the employer will read. */
export function SuspendEmployerButton({ employerId, employerName, onSuspended }: { employerId: string; employerName: string; onSuspended: () => void }) {
  const { t } = useTranslation();
  const suspend = useSuspendEmployer(employerId);
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();

  const close = () => {
    setOpened(false);
    setError(undefined);
    suspend.reset();
  };
  const onConfirm = () => {
    const problem = reason.trim().length < REASON_MIN ? t('vetting.suspend.reasonRequired', { count: REASON_MIN }) : undefined;
    setError(problem);
    if (problem) return;
    // The promise, not mutate's onSuccess: a suspended employer's page stops showing this
    // button as soon as it refetches, and mutate's callbacks do not run once it is unmounted.
    suspend.mutateAsync({ reason: reason.trim() }).then(
      () => {
        setOpened(false);
        setReason('');
        onSuspended();
      },
      () => undefined, // shown from suspend.error
    );
  };

  return (
    <>
      <Button variant="outline" color="red" onClick={() => setOpened(true)}>
        {t('vetting.suspend.open')}
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={close}
        onConfirm={onConfirm}
        title={t('vetting.suspend.title', { name: employerName })}
        confirmLabel={suspend.isPending ? t('vetting.suspend.suspending') : t('vetting.suspend.confirm')}
        pending={suspend.isPending}
      >
        <Text>{t('vetting.suspend.body')}</Text>
        {suspend.error && <ServerErrorAlert error={suspend.error} title={t('vetting.suspend.failed')} />}
        <Textarea
          size="md"
          label={t('vetting.suspend.reason')}
          description={t('vetting.suspend.reasonHint')}
          required
          resize="vertical"
          rows={3}
          maxLength={REASON_MAX}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={error ?? serverFieldMessage(suspend.error, 'reason')}
        />
      </ConfirmDialog>
    </>
  );
}
