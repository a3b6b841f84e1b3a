import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { Job, SaveJobRequest } from '../../../api/types';
import { formatDate } from '../../reference';
import { PageError } from '../../shell/components/PageError';
import { PageLoader } from '../../shell/components/PageLoader';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { useEmployerStanding } from '../hooks/useEmployerStanding';
import { useCloseJob, useJob, usePublishJob, useUpdateJob } from '../hooks/useJobs';
import { jobToFormValues } from '../jobForm';
import { EMPLOYER_PATHS } from '../paths';
import { ConfirmDialog } from './ConfirmDialog';
import { JobForm, type JobFormIntent } from './JobForm';
import { JobStatusBadge } from './JobStatusBadge';
import { ServerErrorAlert } from './ServerErrorAlert';

type Notice = 'created' | 'saved' | 'published' | 'closed';

function readNotice(state: unknown): Notice | null {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return notice === 'created' ? notice : null;
}

/** `/employer/jobs/:id`: edit a job, publish it (saving first) or close it. */
export function JobPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const job = useJob(id);
  usePageTitle(job.data?.title ?? t('employers.job.title'));
  if (job.isPending) return <PageLoader />;
  if (job.error) return <PageError error={job.error} onRetry={() => void job.refetch()} />;
  // Keyed by id: another job starts with its own form state.
  return <JobEditor key={job.data.id} job={job.data} />;
}

function JobEditor({ job }: { job: Job }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [notice, setNotice] = useState<Notice | null>(readNotice(useLocation().state));
  const [confirmClose, setConfirmClose] = useState(false);
  const standing = useEmployerStanding();
  const update = useUpdateJob(job.id);
  const publish = usePublishJob(job.id);
  const close = useCloseJob(job.id);

  const blockedBecause = job.status === 'draft' && standing.data && !standing.data.canPublish ? standing.data.publishingBlockedBecause : null;
  const failure = publish.error ?? update.error;
  const pending = update.isPending || publish.isPending || close.isPending;

  const onSubmit = (request: SaveJobRequest, intent: JobFormIntent) => {
    setNotice(null);
    publish.reset();
    close.reset();
    update.mutate(request, {
      onSuccess: () => {
        if (intent === 'publish') publish.mutate(undefined, { onSuccess: () => setNotice('published') });
        else setNotice('saved');
      },
    });
  };

  const onClose = () =>
    close.mutate(undefined, {
      onSuccess: () => {
        setConfirmClose(false);
        setNotice('closed');
      },
    });

  return (
    <Stack gap="lg" maw={720}>
      <Anchor component={Link} to={EMPLOYER_PATHS.jobs} size="sm">
        {t('employers.job.backToJobs')}
      </Anchor>
      <Stack gap="xs">
        <Title order={1}>{job.title}</Title>
        <Group gap="sm">
          <JobStatusBadge status={job.status} />
          <Text size="sm">
            {job.status === 'published' && job.publishedAt
              ? t('employers.job.statusPublished', { date: formatDate(job.publishedAt, language) })
              : job.status === 'closed' && job.closedAt
                ? t('employers.job.statusClosed', { date: formatDate(job.closedAt, language) })
                : t('employers.job.statusDraft')}
          </Text>
        </Group>
      </Stack>

      {notice && (
        <Alert color="teal" variant="light" role="status">
          {t(`employers.job.notice.${notice}`)}
        </Alert>
      )}
      {blockedBecause && (
        <Alert role="note" color="gray" variant="light" title={t('employers.standing.cannotPublish')}>
          <Stack gap="xs">
            <Text size="sm" lang="en" dir="auto">
              {blockedBecause}
            </Text>
            <Anchor component={Link} to={EMPLOYER_PATHS.organisation} size="sm">
              {t('employers.jobs.standingLink')}
            </Anchor>
          </Stack>
        </Alert>
      )}
      {failure && (
        <ServerErrorAlert error={failure} title={publish.error ? t('employers.job.publishFailed') : t('employers.job.saveFailed')} />
      )}
      {close.error && !confirmClose && <ServerErrorAlert error={close.error} title={t('employers.job.closeFailed')} />}

      <JobForm
        initialValues={jobToFormValues(job)}
        readOnly={job.status === 'closed'}
        submitLabel={job.status === 'draft' ? t('employers.job.saveDraft') : t('employers.job.saveChanges')}
        publishLabel={job.status === 'draft' ? t('employers.job.saveAndPublish') : undefined}
        publishBlocked={Boolean(blockedBecause)}
        pending={pending}
        serverError={failure}
        onSubmit={onSubmit}
      />

      {job.status !== 'closed' && (
        <Stack gap="xs">
          <Title order={2}>{t('employers.job.closeHeading')}</Title>
          <Text>{t('employers.job.closeIntro')}</Text>
          <Button variant="outline" color="red" w="fit-content" onClick={() => setConfirmClose(true)} disabled={pending}>
            {t('employers.job.close')}
          </Button>
        </Stack>
      )}

      <ConfirmDialog
        opened={confirmClose}
        onClose={() => setConfirmClose(false)}
        onConfirm={onClose}
        title={t('employers.job.confirmCloseTitle')}
        confirmLabel={close.isPending ? t('employers.job.closing') : t('employers.job.close')}
        pending={close.isPending}
      >
        <Text>{t('employers.job.confirmCloseBody', { title: job.title })}</Text>
        {close.error && <ServerErrorAlert error={close.error} title={t('employers.job.closeFailed')} />}
      </ConfirmDialog>
    </Stack>
  );
}
