import { Alert, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/hooks/CurrentUserContext';

/**
 * Staff run programmes for any funder; with the `employer` role only a funder's members do.
 * A member of an employer organisation shares the role and the navigation, so the page explains.
 */
export function GrantManagersOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (me.role !== 'employer' || me.organisation.kind === 'funder') return children;
  return (
    <Stack gap="lg" maw={640}>
      <Title order={1}>{t('grants.notFunder.title')}</Title>
      <Alert role="note" color="gray" variant="light">
        {t('grants.notFunder.body')}
      </Alert>
    </Stack>
  );
}
