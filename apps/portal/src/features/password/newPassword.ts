import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@onward/shared';
import type { TFunction } from 'i18next';

export interface NewPasswordValues {
  newPassword: string;
  confirmPassword: string;
}
export type NewPasswordErrors = Partial<Record<keyof NewPasswordValues, string>>;

/** The checks the API makes too, made here first so a person sees them at once. */
export function checkNewPassword(t: TFunction, { newPassword, confirmPassword }: NewPasswordValues): NewPasswordErrors {
  const errors: NewPasswordErrors = {};
  if (newPassword.length < PASSWORD_MIN_LENGTH) {
    errors.newPassword = t('validation.passwordTooShort', { count: PASSWORD_MIN_LENGTH });
  } else if (newPassword.length > PASSWORD_MAX_LENGTH) {
    errors.newPassword = t('validation.passwordTooLong', { count: PASSWORD_MAX_LENGTH });
  }
  if (confirmPassword !== newPassword) errors.confirmPassword = t('validation.passwordsDiffer');
  return errors;
}
