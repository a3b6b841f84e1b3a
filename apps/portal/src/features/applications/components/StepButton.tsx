import { Button, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../../employers/components/ConfirmDialog';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import type { ApplicationNoteRequest } from '../api/types';
import { FreeTextField } from './FreeTextField';

interface StepButtonProps {
  /** The button on the page, and the dialog's confirm button. */
  label: string;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  noteLabel: string;
  noteHint: string;
  errorTitle: string;
  /** Red: the step ends the application (withdraw, decline). */
  destructive?: boolean;
  disabled?: boolean;
  pending: boolean;
  error: unknown;
  reset: () => void;
  /** Resolves when the step is taken; the dialog then closes. Rejects to keep it open. */
  run: (request: ApplicationNoteRequest) => Promise<unknown>;
  onDone: () => void;
}

/** A step on an application, asked for in a dialog (focus stays inside it) with an optional note. */
export function StepButton({ label, title, body, confirmLabel, noteLabel, noteHint, errorTitle, destructive = false, disabled, pending, error, reset, run, onDone }: StepButtonProps) {
  const [opened, setOpened] = useState(false);
  const [note, setNote] = useState('');

  const open = () => {
    reset();
    setNote('');
    setOpened(true);
  };

  // Through the promise, not mutate's callbacks: the refreshed page may no longer offer this button.
  const confirm = async () => {
    try {
      await run({ note: note.trim() || null });
      setOpened(false);
      onDone();
    } catch {
      // Shown in the dialog, which stays open for another try.
    }
  };

  return (
    <>
      <Button variant={destructive ? 'outline' : 'filled'} color={destructive ? 'red' : undefined} onClick={open} disabled={disabled || pending}>
        {label}
      </Button>
      <ConfirmDialog opened={opened} onClose={() => setOpened(false)} onConfirm={() => void confirm()} title={title} confirmLabel={confirmLabel} pending={pending} destructive={destructive}>
        {typeof body === 'string' ? <Text>{body}</Text> : body}
        <FreeTextField kind="note" label={noteLabel} description={noteHint} value={note} onChange={setNote} />
        {Boolean(error) && <ServerErrorAlert error={error} title={errorTitle} />}
      </ConfirmDialog>
    </>
  );
}
