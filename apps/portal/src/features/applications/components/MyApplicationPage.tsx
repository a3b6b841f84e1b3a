import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { APPLICATION_CLOSED_STATUSES } from '@onward/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { OPPORTUNITY_PATHS } from '../../opportunities/navigation';
import { PageError } from '../../shell/components/PageError';
import { PageLoader } from '../../shell/components/PageLoader';
import { Section } from '../../shell/components/Section';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import type { Application } from '../api/types';
import { isNotFound } from '../applicationErrors';
import { useApplicationFormat } from '../format';
import { useApplication, usePersonStep } from '../hooks/useApplications';
import { APPLICATION_PATHS } from '../navigation';
import { ApplicationHistory } from './ApplicationHistory';
import { ApplicationStatusBadge } from './ApplicationStatusBadge';
import { NotFoundPage } from './NotFoundPage';
import { SharedWithEmployer } from './SharedWithEmployer';
import { ShareForm } from './ShareForm';
import { StepButton } from './StepButton';

type Notice = 'shared' | 'withdrawn';

/** `/survivor/applications/:id`: where it stands, sharing it with the employer, what happened. */
export function MyApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const application = useApplication(id);
  usePageTitle(application.data?.job.title ?? (isNotFound(application.error) ? t('applications.notFound.title') : t('applications.mine.title')));
  if (application.isPending) return <PageLoader />;
  if (isNotFound(application.error)) return <NotFoundPage backTo={APPLICATION_PATHS.survivorApplications} backLabel={t('applications.mine.back')} />;
  if (application.error) return <PageError error={application.error} onRetry={() => void application.refetch()} />;
  return <MyApplication application={application.data} />;
}

function MyApplication({ application }: { application: Application }) {
  const { t } = useTranslation();
  const format = useApplicationFormat();
  const withdraw = usePersonStep(application.id, 'withdraw');
  const [notice, setNotice] = useState<Notice | null>(null);
  const open = !APPLICATION_CLOSED_STATUSES.includes(application.status);
  const wasShared = application.history.some((event) => event.to === 'shared');

  return (
    <Stack gap="xl" maw={720}>
      <Stack gap="sm">
        <Anchor component={Link} to={APPLICATION_PATHS.survivorApplications} size="sm" w="fit-content">
          {t('applications.mine.back')}
        </Anchor>
        <Title order={1} dir="auto" style={{ overflowWrap: 'anywhere' }}>
          {application.job.title}
        </Title>
        <Text size="lg">{t('applications.common.employer', { name: application.job.employerName })}</Text>
        <Group gap="sm">
          <ApplicationStatusBadge status={application.status} audience="you" />
          <Text size="sm">{t('applications.common.since', { date: format.date(application.statusChangedAt) })}</Text>
        </Group>
        <Text>{t(`applications.explain.${application.status}`)}</Text>
        {notice && (
          <Alert color="teal" variant="light" role="status">
            {t(`applications.mine.notice.${notice}`)}
          </Alert>
        )}
        {application.status === 'hired' && (
          <Button component={Link} to={APPLICATION_PATHS.survivorWork} w="fit-content">
            {t('applications.mine.seeWork')}
          </Button>
        )}
        <Anchor component={Link} to={OPPORTUNITY_PATHS.job(application.job.id)} size="sm" w="fit-content">
          {t('applications.mine.seeJob')}
        </Anchor>
      </Stack>

      {application.status === 'submitted' && (
        <Section heading={t('applications.share.heading')}>
          <ShareForm application={application} audience="you" onShared={() => setNotice('shared')} />
        </Section>
      )}

      {wasShared && (
        <Section heading={t('applications.shared.heading')}>
          <SharedWithEmployer application={application} audience="you" />
        </Section>
      )}

      {application.message && (
        <Section heading={t('applications.mine.yourMessage')}>
          <Text dir="auto" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {application.message}
          </Text>
        </Section>
      )}

      <Section heading={t('applications.history.heading')}>
        <ApplicationHistory history={application.history} audience="you" />
      </Section>

      {open && (
        <Section heading={t('applications.withdraw.heading')}>
          <Text>{t('applications.withdraw.intro.you')}</Text>
          <StepButton
            label={t('applications.withdraw.button')}
            title={t('applications.withdraw.confirmTitle')}
            body={t('applications.withdraw.confirmBody.you')}
            confirmLabel={t('applications.withdraw.confirm')}
            noteLabel={t('applications.withdraw.note.you')}
            noteHint={t('applications.withdraw.noteHint.you')}
            errorTitle={t('applications.withdraw.failed')}
            destructive
            pending={withdraw.isPending}
            error={withdraw.error}
            reset={withdraw.reset}
            run={withdraw.mutateAsync}
            onDone={() => setNotice('withdrawn')}
          />
        </Section>
      )}
    </Stack>
  );
}
