import { Alert, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/hooks/CurrentUserContext';

/**
 * Vetting and jobs belong to employer organisations. A member of a funder has the same role
 * (`employer`) and sees the same navigation, so the page explains instead of failing.
 */
export function EmployerOrganisationOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (me.organisation.kind === 'employer') return children;
  return (
    <Stack gap="lg" maw={640}>
      <Title order={1}>{t('employers.notEmployer.title')}</Title>
      <Alert role="note" color="gray" variant="light">
        {t('employers.notEmployer.body')}
      </Alert>
    </Stack>
  );
}
