import { Button, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageError } from '../../shell/components/PageError';
import { PageLoader } from '../../shell/components/PageLoader';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { useEmployerStanding } from '../hooks/useEmployerStanding';
import { EMPLOYER_PATHS } from '../paths';
import { EmployerStandingPanel } from './EmployerStandingPanel';

/** `/employer/organisation`: the organisation's vetting, and what it still needs. */
export function OrganisationPage() {
  const { t } = useTranslation();
  usePageTitle(t('employers.organisation.title'));
  const standing = useEmployerStanding();
  if (standing.isPending) return <PageLoader />;
  if (standing.error) return <PageError error={standing.error} onRetry={() => void standing.refetch()} />;
  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{t('employers.organisation.heading', { name: standing.data.name })}</Title>
      <EmployerStandingPanel standing={standing.data} />
      <Group>
        <Button component={Link} to={EMPLOYER_PATHS.jobs} variant="default">
          {t('employers.organisation.jobsLink')}
        </Button>
      </Group>
    </Stack>
  );
}
