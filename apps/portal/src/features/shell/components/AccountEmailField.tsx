import { TextInput, type TextInputProps } from '@mantine/core';

/**
 * The email address an account signs in with: an email keyboard on phones, no capital or
 * spelling fixes, and offered to password managers as the user name.
 */
export function AccountEmailField(props: TextInputProps) {
  return <TextInput type="email" inputMode="email" autoComplete="username" autoCapitalize="none" spellCheck={false} {...props} />;
}
