import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { APPLICATION_PATHS } from '../../applications/navigation';
import { useCurrentUser } from '../../auth/hooks/CurrentUserContext';
import { GRANT_PATHS } from '../../grants/paths';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { PageLoader } from '../../shell/components/PageLoader';
import { useEmployerStanding } from '../hooks/useEmployerStanding';
import { EMPLOYER_PATHS } from '../paths';
import { EmployerStandingPanel } from './EmployerStandingPanel';

/** The employer home: an employer's vetting at a glance, or a funder's way to its programmes. */
export function EmployerHomeSection() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const isEmployer = me.organisation.kind === 'employer';
  const standing = useEmployerStanding({ enabled: isEmployer });

  if (!isEmployer) {
    return (
      <Stack gap="sm">
        <Text>{t('employers.home.funderIntro')}</Text>
        <Button component={Link} to={GRANT_PATHS.list('employer')} w="fit-content">
          {t('employers.home.grantsLink')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Title order={2}>{t('employers.home.standingHeading')}</Title>
      {standing.isPending ? (
        <PageLoader />
      ) : standing.error ? (
        <ErrorAlert error={standing.error} onRetry={() => void standing.refetch()} />
      ) : (
        <EmployerStandingPanel standing={standing.data} compact />
      )}
      <Group gap="sm">
        <Button component={Link} to={EMPLOYER_PATHS.organisation} variant="default">
          {t('employers.home.organisationLink')}
        </Button>
        <Button component={Link} to={EMPLOYER_PATHS.jobs}>
          {t('employers.home.jobsLink')}
        </Button>
        <Button component={Link} to={APPLICATION_PATHS.employerApplications} variant="default">{t('applications.employerHomeLink')}</Button>
      </Group>
    </Stack>
  );
}
