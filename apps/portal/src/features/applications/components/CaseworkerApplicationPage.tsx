import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { APPLICATION_CLOSED_STATUSES } from '@onward/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { CASELOAD_PATHS } from '../../caseload';
import { FactList, type Fact } from '../../shell/components/FactList';
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

type Notice = 'created' | 'shared' | 'withdrawn' | 'declined';

function readNotice(state: unknown): Notice | null {
  return (state as { notice?: unknown } | null)?.notice === 'created' ? 'created' : null;
}

/** `/caseworker/applications/:id`: one application, shared, withdrawn or declined on the person's behalf. */
export function CaseworkerApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const application = useApplication(id, { recorded: true });
  usePageTitle(
    application.data ? t('applications.case.title', { job: application.data.job.title }) : isNotFound(application.error) ? t('applications.notFound.title') : t('applications.pipeline.title'),
  );
  if (application.isPending) return <PageLoader />;
  if (isNotFound(application.error)) return <NotFoundPage backTo={APPLICATION_PATHS.caseworkerApplications} backLabel={t('applications.case.back')} />;
  if (application.error) return <PageError error={application.error} onRetry={() => void application.refetch()} />;
  return <CaseworkerApplication key={application.data.id} application={application.data} />;
}

function CaseworkerApplication({ application }: { application: Application }) {
  const { t } = useTranslation();
  const format = useApplicationFormat();
  const withdraw = usePersonStep(application.id, 'withdraw');
  const decline = usePersonStep(application.id, 'decline');
  const [notice, setNotice] = useState<Notice | null>(readNotice(useLocation().state));
  const open = !APPLICATION_CLOSED_STATUSES.includes(application.status);
  const wasShared = application.history.some((event) => event.to === 'shared');
  const pending = withdraw.isPending || decline.isPending;

  const facts: Fact[] = [
    {
      label: t('applications.case.person'),
      value: (
        <Anchor component={Link} to={CASELOAD_PATHS.survivor(application.survivor.id)}>
          {application.survivor.pseudonym}
        </Anchor>
      ),
    },
    { label: t('applications.case.employer'), value: application.job.employerName },
    { label: t('applications.case.applied'), value: format.date(application.createdAt) },
    ...(application.survivorAgreement ? [{ label: t('applications.case.agreement'), value: application.survivorAgreement }] : []),
  ];

  return (
    <Stack gap="xl" maw={760}>
      <Stack gap="sm">
        <Anchor component={Link} to={APPLICATION_PATHS.caseworkerApplications} size="sm" w="fit-content">
          {t('applications.case.back')}
        </Anchor>
        <Title order={1} dir="auto" style={{ overflowWrap: 'anywhere' }}>
          {t('applications.case.title', { job: application.job.title })}
        </Title>
        <Group gap="sm">
          <ApplicationStatusBadge status={application.status} audience="staff" />
          <Text size="sm">{t('applications.common.since', { date: format.date(application.statusChangedAt) })}</Text>
        </Group>
        {notice && (
          <Alert color="teal" variant="light" role="status">
            {t(`applications.case.notice.${notice}`)}
          </Alert>
        )}
        <FactList facts={facts} />
        {application.status === 'hired' && (
          <Button component={Link} to={APPLICATION_PATHS.caseworkerPlacements} variant="default" w="fit-content">
            {t('applications.case.seePlacements')}
          </Button>
        )}
      </Stack>

      {application.message && (
        <Section heading={t('applications.case.message')}>
          <Text dir="auto" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {application.message}
          </Text>
        </Section>
      )}

      {application.status === 'submitted' && (
        <Section heading={t('applications.share.headingForPerson')}>
          <ShareForm application={application} audience="staff" onShared={() => setNotice('shared')} />
        </Section>
      )}

      {wasShared && (
        <Section heading={t('applications.shared.heading')}>
          <SharedWithEmployer application={application} audience="staff" />
        </Section>
      )}

      <Section heading={t('applications.history.heading')}>
        <ApplicationHistory history={application.history} audience="staff" />
      </Section>

      {open && (
        <Section heading={t('applications.case.closeHeading')}>
          <Text>{t('applications.case.closeIntro')}</Text>
          <Group gap="sm">
            <StepButton
              label={t('applications.withdraw.button')}
              title={t('applications.withdraw.confirmTitle')}
              body={t('applications.withdraw.confirmBody.staff', { pseudonym: application.survivor.pseudonym })}
              confirmLabel={t('applications.withdraw.confirm')}
              noteLabel={t('applications.withdraw.note.staff')}
              noteHint={t('applications.withdraw.noteHint.staff')}
              errorTitle={t('applications.withdraw.failed')}
              destructive
              disabled={pending}
              pending={withdraw.isPending}
              error={withdraw.error}
              reset={withdraw.reset}
              run={withdraw.mutateAsync}
              onDone={() => setNotice('withdrawn')}
            />
            <StepButton
              label={t('applications.decline.button')}
              title={t('applications.decline.confirmTitle')}
              body={t('applications.decline.confirmBody.staff', { pseudonym: application.survivor.pseudonym })}
              confirmLabel={t('applications.decline.confirm')}
              noteLabel={t('applications.decline.note.staff')}
              noteHint={t('applications.decline.noteHint.staff')}
              errorTitle={t('applications.decline.failed')}
              destructive
              disabled={pending}
              pending={decline.isPending}
              error={decline.error}
              reset={decline.reset}
              run={decline.mutateAsync}
              onDone={() => setNotice('declined')}
            />
          </Group>
        </Section>
      )}
    </Stack>
  );
}
