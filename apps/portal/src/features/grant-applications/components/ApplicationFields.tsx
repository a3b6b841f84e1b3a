import { Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TOUCH_INPUT_STYLES } from '../../opportunities/layout';
import { LIMITS } from '../grantApplicationForm';

interface BusinessPlanFieldProps {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** The business plan, with how much is written against the 50 characters it needs. */
export function BusinessPlanField({ label, hint, value, onChange, error }: BusinessPlanFieldProps) {
  const { t } = useTranslation();
  const used = value.trim().length;
  const count =
    used < LIMITS.planMin
      ? t('grantApplications.form.planCountShort', { used, min: LIMITS.planMin })
      : t('grantApplications.form.planCount', { used, max: LIMITS.planMax });
  return (
    <Textarea
      size="md"
      label={label}
      description={
        <>
          <span>{hint}</span> <span>{count}</span>
        </>
      }
      name="businessPlan"
      dir="auto"
      required
      resize="vertical"
      rows={5}
      maxLength={LIMITS.planMax}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}

interface AmountFieldProps {
  label: string;
  /** Says which amounts are possible, e.g. the programme's range. */
  hint?: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
}

/** An amount typed in major units ("250.00"); sent as minor units. */
export function AmountField({ label, hint, name, value, onChange, error, required = true }: AmountFieldProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      size="md"
      label={label}
      description={hint}
      name={name}
      required={required}
      inputMode="decimal"
      autoComplete="off"
      placeholder={t('grantApplications.form.amountPlaceholder')}
      maw={280}
      styles={TOUCH_INPUT_STYLES}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}

interface NoteFieldProps {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
}

/** A note kept in the application's history, written in the person's own language. */
export function NoteField({ label, hint, value, onChange, error, required = false }: NoteFieldProps) {
  return (
    <Textarea
      label={label}
      description={hint}
      name="note"
      dir="auto"
      required={required}
      resize="vertical"
      rows={2}
      maxLength={LIMITS.noteMax}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
