import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's PasswordInput with a translated, keyboard-reachable show/hide control. Mantine ties
 * the error to the input (aria-describedby) but, unlike its other inputs, does not mark the input
 * invalid: done here, so screen readers say so and a form can find the first field to fix.
 */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ 'aria-label': t('app.showPassword') }}
      aria-invalid={props.error ? true : undefined}
      {...props}
    />
  );
}
