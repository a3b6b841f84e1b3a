import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/CurrentUserContext';
import { CheckInsWaitingNotice } from '../../check-ins';
import { EmployerHomeSection } from '../../employers/components/EmployerHomeSection';
import { usePageTitle } from '../hooks/usePageTitle';
import { INVITE_PATHS } from '../navigation';

export function RoleHomePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const heading = t(`home.heading.${me.role}`);
  usePageTitle(heading);
  const invitePath = me.role === 'caseworker' || me.role === 'admin' ? INVITE_PATHS[me.role] : null;
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{heading}</Title>
      <Text size="lg">{t('home.greeting', { name: me.displayName })}</Text>
      <Text>{t('home.organisation', { name: me.organisation.name })}</Text>
      {me.role === 'survivor' && <CheckInsWaitingNotice />}
      {me.role === 'employer' ? <EmployerHomeSection /> : <Text>{t('home.comingSoon')}</Text>}
      {invitePath && (
        <Button component={Link} to={invitePath} w="fit-content">
          {t('home.inviteCta')}
        </Button>
      )}
    </Stack>
  );
}
