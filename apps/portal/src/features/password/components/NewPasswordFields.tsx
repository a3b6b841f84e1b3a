import { PASSWORD_MIN_LENGTH } from '@onward/shared';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../shell/components/PasswordField';
import type { NewPasswordErrors, NewPasswordValues } from '../newPassword';

interface NewPasswordFieldsProps {
  values: NewPasswordValues;
  errors: NewPasswordErrors;
  onChange: (field: keyof NewPasswordValues, value: string) => void;
}

/** The new password, with its minimum length said up front, and the same again. */
export function NewPasswordFields({ values, errors, onChange }: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordField
        label={t('password.newPassword')}
        description={t('password.newPasswordHint', { count: PASSWORD_MIN_LENGTH })}
        name="newPassword"
        autoComplete="new-password"
        required
        value={values.newPassword}
        onChange={(event) => onChange('newPassword', event.currentTarget.value)}
        error={errors.newPassword}
      />
      <PasswordField
        label={t('password.confirmNewPassword')}
        name="confirmPassword"
        autoComplete="new-password"
        required
        value={values.confirmPassword}
        onChange={(event) => onChange('confirmPassword', event.currentTarget.value)}
        error={errors.confirmPassword}
      />
    </>
  );
}
