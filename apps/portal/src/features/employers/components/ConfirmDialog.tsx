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
  children: ReactNode;
}

/**
 * Asks before an action that is hard to undo. A form inside, so Enter confirms and any field
 * in `children` (a reason) is part of it; Escape and Cancel leave everything as it was.
 */
export function ConfirmDialog({ opened, onClose, onConfirm, title, confirmLabel, pending = false, destructive = true, children }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onConfirm();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered closeButtonProps={{ 'aria-label': t('employers.common.close') }}>
      <form method="post" noValidate onSubmit={onSubmit}>
        <Stack gap="md">
          {children}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={pending}>
              {t('employers.common.cancel')}
            </Button>
            <Button type="submit" color={destructive ? 'red' : undefined} disabled={pending}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
