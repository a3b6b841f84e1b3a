import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmDialogProps {
  opened: boolean;
  onClose: () => void;
  onConfirm: () => void;
  title: string;
  confirmLabel: string;
  pending?: boolean;
  /** Red confirm button: the action takes something away (suspend, reject, close). */
  destructive?: boolean;
  /**
   * Once the dialog has gone, when focus must not jump back to the button that opened it (that
   * button may be gone: a retried dead letter's row leaves its list, Disable becomes Enable):
   * the page moves focus here instead, to what happened.
   */
  onClosed?: () => void;
  children: ReactNode;
}

/**
 * Asks before an action that is hard to undo. A form inside, so Enter confirms and any field
 * in `children` (a reason) is part of it; Escape and Cancel leave everything as it was.
 */
export function ConfirmDialog({ opened, onClose, onConfirm, title, confirmLabel, pending = false, destructive = true, onClosed, children }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onConfirm();
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      centered
      returnFocus={!onClosed}
      onExitTransitionEnd={onClosed}
      closeButtonProps={{ 'aria-label': t('employers.common.close') }}
    >
      <form method="post" noValidate onSubmit={onSubmit}>
        <Stack gap="md">
          {children}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={pending}>
              {t('employers.common.cancel')}
            </Button>
            <Button type="submit" color={destructive ? 'red.9' : undefined} disabled={pending}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
