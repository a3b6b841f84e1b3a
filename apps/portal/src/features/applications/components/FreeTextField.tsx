import { Textarea } from '@mantine/core';
import type { Ref } from 'react';

/** The API's limits: a note kept with a step in the history, and a message to the employer. */
const KINDS = {
  note: { rows: 3, maxLength: 2000 },
  message: { rows: 4, maxLength: 2000 },
} as const;

interface FreeTextFieldProps {
  /** Also the field's name, as the API names it. */
  kind: keyof typeof KINDS;
  label: string;
  description: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

/** Words a person writes in their own language and direction, up to what the API keeps. */
export function FreeTextField({ kind, label, description, value, onChange, error, ref }: FreeTextFieldProps) {
  return (
    <Textarea
      ref={ref}
      label={label}
      description={description}
      name={kind}
      dir="auto"
      rows={KINDS[kind].rows}
      resize="vertical"
      maxLength={KINDS[kind].maxLength}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
