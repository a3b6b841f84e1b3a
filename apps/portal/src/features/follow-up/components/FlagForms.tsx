import { Alert, Button, NativeSelect, Stack, Textarea } from '@mantine/core';
import { FLAG_NOTE_MAX_LENGTH, FLAG_OUTCOMES, type FlagOutcome } from '@onward/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import type { FlagNoteRequest, ResolveFlagRequest } from '../api/types';

function isOutcome(value: string): value is FlagOutcome {
  return (FLAG_OUTCOMES as readonly string[]).includes(value);
}

interface NoteFieldProps {
  label: string;
  description: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** Words a caseworker writes in their own language and direction, up to what the API keeps. */
function NoteField({ label, description, value, onChange, error }: NoteFieldProps) {
  return (
    <Textarea
      label={label}
      description={description}
      name="note"
      dir="auto"
      rows={4}
      resize="vertical"
      maxLength={FLAG_NOTE_MAX_LENGTH}
      required
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}

interface ResolveFormProps {
  pending: boolean;
  /** Resolves when the flag is resolved; rejects (shown by the page) to keep what was typed. */
  run: (request: ResolveFlagRequest) => Promise<unknown>;
}

/** What came of the follow-up, and a note saying what was done and found: both required. */
export function ResolveForm({ pending, run }: ResolveFormProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ outcome?: string; note?: string }>({});

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = note.trim();
    const found = {
      ...(!isOutcome(outcome) && { outcome: t('followUp.resolve.outcomeRequired') }),
      ...(!trimmed && { note: t('followUp.resolve.noteRequired') }),
    };
    setErrors(found);
    if (!isOutcome(outcome) || !trimmed) return;
    try {
      await run({ outcome, note: trimmed });
    } catch {
      // The page shows why; what was typed stays for another try.
    }
  };

  return (
    <form method="post" noValidate onSubmit={(event) => void submit(event)}>
      <Stack gap="md" maw={560}>
        <NativeSelect
          label={t('followUp.resolve.outcome')}
          name="outcome"
          required
          value={outcome}
          onChange={(event) => setOutcome(event.currentTarget.value)}
          data={[{ value: '', label: t('followUp.resolve.chooseOutcome') }, ...FLAG_OUTCOMES.map((value) => ({ value, label: t(`followUp.outcomes.${value}`) }))]}
          error={errors.outcome}
        />
        <NoteField
          label={t('followUp.resolve.note')}
          description={t('followUp.resolve.noteHint', { count: FLAG_NOTE_MAX_LENGTH })}
          value={note}
          onChange={setNote}
          error={errors.note}
        />
        <Button type="submit" loading={pending} disabled={pending} w="fit-content">
          {t('followUp.resolve.submit')}
        </Button>
      </Stack>
    </form>
  );
}

interface NoteFormProps {
  pending: boolean;
  error: unknown;
  run: (request: FlagNoteRequest) => Promise<unknown>;
}

/** A case note in the flag's history; allowed on resolved flags too. */
export function NoteForm({ pending, error, run }: NoteFormProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [required, setRequired] = useState(false);
  const [added, setAdded] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAdded(false);
    const trimmed = note.trim();
    setRequired(!trimmed);
    if (!trimmed) return;
    try {
      await run({ note: trimmed });
      setNote('');
      setAdded(true);
    } catch {
      // Shown below the form; what was typed stays for another try.
    }
  };

  return (
    <form method="post" noValidate onSubmit={(event) => void submit(event)}>
      <Stack gap="md" maw={560}>
        <NoteField
          label={t('followUp.note.label')}
          description={t('followUp.note.hint', { count: FLAG_NOTE_MAX_LENGTH })}
          value={note}
          onChange={(value) => {
            setNote(value);
            setAdded(false);
          }}
          error={required ? t('followUp.note.required') : undefined}
        />
        <Button type="submit" variant="default" loading={pending} disabled={pending} w="fit-content">
          {t('followUp.note.submit')}
        </Button>
        {Boolean(error) && <ServerErrorAlert error={error} title={t('followUp.note.failed')} />}
        {added && (
          <Alert role="status" color="teal" variant="light">
            {t('followUp.note.added')}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
