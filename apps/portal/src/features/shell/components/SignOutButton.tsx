import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSignOut } from '../../auth/hooks/useSignOut';

export function SignOutButton({ fullWidth = false }: { fullWidth?: boolean }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <Button variant="default" size="sm" fullWidth={fullWidth} onClick={() => signOut.mutate()} disabled={signOut.isPending}>
      {signOut.isPending ? t('nav.signingOut') : t('nav.signOut')}
    </Button>
  );
}
