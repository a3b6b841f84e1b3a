import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { useCreateJob } from '../hooks/useJobs';
import { EMPTY_JOB_FORM } from '../jobForm';
import { EMPLOYER_PATHS } from '../paths';
import { JobForm } from './JobForm';
import { ServerErrorAlert } from './ServerErrorAlert';

/** `/employer/jobs/new`: a job starts as a draft, which any registered employer may save. */
export function NewJobPage() {
  const { t } = useTranslation();
  usePageTitle(t('employers.newJob.title'));
  const navigate = useNavigate();
  const create = useCreateJob();
  return (
    <Stack gap="lg" maw={720}>
      <Anchor component={Link} to={EMPLOYER_PATHS.jobs} size="sm">
        {t('employers.job.backToJobs')}
      </Anchor>
      <Title order={1}>{t('employers.newJob.heading')}</Title>
      <Text>{t('employers.newJob.intro')}</Text>
      {create.error && <ServerErrorAlert error={create.error} title={t('employers.job.saveFailed')} />}
      <JobForm
        initialValues={EMPTY_JOB_FORM}
        submitLabel={create.isPending ? t('employers.job.saving') : t('employers.newJob.submit')}
        pending={create.isPending}
        serverError={create.error}
        onSubmit={(request) =>
          create.mutate(request, {
            onSuccess: (job) => void navigate(EMPLOYER_PATHS.job(job.id), { state: { notice: 'created' } }),
          })
        }
      />
    </Stack>
  );
}
