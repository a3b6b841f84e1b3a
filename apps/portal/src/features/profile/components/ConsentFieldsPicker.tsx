import { CONSENT_FIELDS, type ConsentField } from '@onward/shared';
import { useTranslation } from 'react-i18next';
import { CheckboxFieldset } from './ChoiceFieldset';

export interface ConsentFieldsPickerProps {
  /** The fields chosen, beyond the name shown to others (always shared). May be empty. */
  value: readonly ConsentField[];
  onChange: (fields: ConsentField[]) => void;
  /** Default: "What to share". */
  legend?: string;
  error?: string;
  disabled?: boolean;
}

const HINT_KEYS = {
  skills: 'profile.consentFields.skillsHint',
  languages: 'profile.consentFields.languagesHint',
  contact: 'profile.consentFields.contactHint',
  legal_name: 'profile.consentFields.legal_nameHint',
} as const;

/**
 * What a person agrees to share with an employer, each with a plain explanation, in a fieldset.
 * Nothing is ticked unless `value` says so: sharing is always a choice.
 */
export function ConsentFieldsPicker({ value, onChange, legend, error, disabled }: ConsentFieldsPickerProps) {
  const { t } = useTranslation();
  return (
    <CheckboxFieldset
      legend={legend ?? t('profile.consentFields.legend')}
      description={t('profile.consentFields.hint')}
      choices={CONSENT_FIELDS.map((field) => ({ value: field, label: t(`profile.consentFields.${field}`), description: t(HINT_KEYS[field]) }))}
      value={value}
      onChange={onChange}
      error={error}
      disabled={disabled}
    />
  );
}
