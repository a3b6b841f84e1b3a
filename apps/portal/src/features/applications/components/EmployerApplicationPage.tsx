import { Alert, Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSkills } from '../../reference';
import { FactList } from '../../shell/components/FactList';
import { PageError } from '../../shell/components/PageError';
import { PageLoader } from '../../shell/components/PageLoader';
import { Section } from '../../shell/components/Section';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import type { EmployerApplication, SharedSurvivor } from '../api/types';
import { isNotFound } from '../applicationErrors';
import { useApplicationFormat } from '../format';
import { useEmployerApplication, useEmployerStep } from '../hooks/useApplications';
import { APPLICATION_PATHS } from '../navigation';
import { ApplicationStatusBadge } from './ApplicationStatusBadge';
import { HireButton } from './HireButton';
import { NotFoundPage } from './NotFoundPage';
import { StepButton } from './StepButton';

type Notice = 'interview' | 'offer' | 'hired' | 'declined';

/**
 * `/employer/applications/:id`. Read afresh on every visit: once the person stops sharing, the
 * API answers 404 and the page says so.
 */
export function EmployerApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const application = useEmployerApplication(id);
  const gone = isNotFound(application.error);
  // Not the name shown: the heading says whose application it is, the tab title stays in the browser's history.
  usePageTitle(
    gone ? t('applications.employer.goneTitle') : application.data ? t('applications.employer.title', { job: application.data.job.title }) : t('applications.employer.listTitle'),
  );
  if (application.isPending) return <PageLoader />;
  if (gone) {
    return (
      <NotFoundPage
        title={t('applications.employer.goneTitle')}
        body={t('applications.employer.goneBody')}
        backTo={APPLICATION_PATHS.employerApplications}
        backLabel={t('applications.employer.back')}
      />
    );
  }
  if (application.error) return <PageError error={application.error} onRetry={() => void application.refetch()} />;
  return <EmployerApplicationView key={application.data.id} application={application.data} />;
}

function EmployerApplicationView({ application }: { application: EmployerApplication }) {
  const { t } = useTranslation();
  const format = useApplicationFormat();
  const [notice, setNotice] = useState<Notice | null>(null);
  const { survivor } = application;

  return (
    <Stack gap="xl" maw={760}>
      <Stack gap="sm">
        <Anchor component={Link} to={APPLICATION_PATHS.employerApplications} size="sm" w="fit-content">
          {t('applications.employer.back')}
        </Anchor>
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {survivor.pseudonym}
        </Title>
        <Text size="lg" dir="auto">
          {t('applications.employer.appliedFor', { job: application.job.title })}
        </Text>
        <Group gap="sm">
          <ApplicationStatusBadge status={application.status} audience="staff" />
          <Text size="sm">{t('applications.common.since', { date: format.date(application.statusChangedAt) })}</Text>
        </Group>
        {notice && (
          <Alert color="teal" variant="light" role="status" title={notice === 'hired' ? t('applications.employer.notice.hiredTitle') : undefined}>
            <Stack gap="xs">
              <Text size="sm">{t(`applications.employer.notice.${notice}`)}</Text>
              {notice === 'hired' && (
                <Anchor component={Link} to={APPLICATION_PATHS.employerPlacements} size="sm">
                  {t('applications.employer.seePlacements')}
                </Anchor>
              )}
            </Stack>
          </Alert>
        )}
      </Stack>

      <Alert role="note" color="gray" variant="light">
        {t('applications.employer.onlyShared')}
      </Alert>

      {application.message && (
        <Section heading={t('applications.employer.message')}>
          <Text dir="auto" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {application.message}
          </Text>
        </Section>
      )}

      <SharedDetails survivor={survivor} />

      <Section heading={t('applications.employer.nextHeading')}>
        <NextSteps application={application} onDone={setNotice} />
      </Section>
    </Stack>
  );
}

/** Each consented field that arrived, and nothing else: a field left out was not consented. */
function SharedDetails({ survivor }: { survivor: SharedSurvivor }) {
  const { t } = useTranslation();
  const format = useApplicationFormat();
  const { skillLabel } = useSkills();
  const notOnRecord = t('applications.employer.notOnRecord');
  return (
    <>
      {survivor.skills !== undefined && (
        <Section heading={t('applications.fields.skills')}>
          {survivor.skills.length === 0 ? (
            <Text>{notOnRecord}</Text>
          ) : (
            <List>
              {survivor.skills.map((skill) => (
                <List.Item key={skill.code}>
                  {t('applications.employer.skillLine', { skill: skillLabel(skill.code), level: t(`applications.skillLevels.${skill.level}`) })}
                  {skill.years > 0 && ` · ${t('applications.employer.years', { years: skill.years })}`}
                </List.Item>
              ))}
            </List>
          )}
        </Section>
      )}
      {survivor.languages !== undefined && (
        <Section heading={t('applications.fields.languages')}>
          {survivor.languages.length === 0 ? (
            <Text>{notOnRecord}</Text>
          ) : (
            <List>
              {survivor.languages.map((language) => (
                <List.Item key={language.code}>
                  {t('applications.employer.languageLine', { language: format.languageName(language.code), level: t(`applications.languageLevels.${language.level}`) })}
                </List.Item>
              ))}
            </List>
          )}
        </Section>
      )}
      {survivor.contact !== undefined && (
        <Section heading={t('applications.fields.contact')}>
          <FactList
            facts={[
              {
                label: t('applications.employer.phone'),
                value: survivor.contact.phone ? <Anchor href={`tel:${survivor.contact.phone.replace(/[^+0-9]/g, '')}`}>{survivor.contact.phone}</Anchor> : notOnRecord,
              },
              {
                label: t('applications.employer.email'),
                value: survivor.contact.email ? <Anchor href={`mailto:${survivor.contact.email}`}>{survivor.contact.email}</Anchor> : notOnRecord,
              },
            ]}
          />
        </Section>
      )}
      {survivor.legalName !== undefined && (
        <Section heading={t('applications.fields.legal_name')}>
          <Text dir="auto">{survivor.legalName ?? notOnRecord}</Text>
        </Section>
      )}
    </>
  );
}

/** What the employer can do from where the application stands. */
function NextSteps({ application, onDone }: { application: EmployerApplication; onDone: (notice: Notice) => void }) {
  const { t } = useTranslation();
  const interview = useEmployerStep(application.id, 'interview');
  const offer = useEmployerStep(application.id, 'offer');
  const decline = useEmployerStep(application.id, 'decline');
  const pending = interview.isPending || offer.isPending || decline.isPending;
  const { status } = application;
  const pseudonym = application.survivor.pseudonym;

  if (status === 'hired') {
    return (
      <Stack gap="xs">
        <Text>{t('applications.employer.hired')}</Text>
        <Button component={Link} to={APPLICATION_PATHS.employerPlacements} variant="default" w="fit-content">
          {t('applications.employer.seePlacements')}
        </Button>
      </Stack>
    );
  }
  if (status === 'declined' || status === 'withdrawn' || status === 'submitted') return <Text>{t(`applications.employer.closed.${status}`)}</Text>;

  const noteProps = {
    noteLabel: t('applications.employer.note'),
    noteHint: t('applications.employer.noteHint'),
    disabled: pending,
  };
  return (
    <Stack gap="sm">
      <Text>{t(`applications.employer.nextIntro.${status}`)}</Text>
      <Group gap="sm">
        {status === 'shared' && (
          <StepButton
            {...noteProps}
            label={t('applications.employer.interview')}
            title={t('applications.employer.interviewTitle', { pseudonym })}
            body={t('applications.employer.interviewBody')}
            confirmLabel={t('applications.employer.interviewConfirm')}
            errorTitle={t('applications.employer.stepFailed')}
            pending={interview.isPending}
            error={interview.error}
            reset={interview.reset}
            run={interview.mutateAsync}
            onDone={() => onDone('interview')}
          />
        )}
        {(status === 'shared' || status === 'interview') && (
          <StepButton
            {...noteProps}
            label={t('applications.employer.offer')}
            title={t('applications.employer.offerTitle', { pseudonym })}
            body={t('applications.employer.offerBody')}
            confirmLabel={t('applications.employer.offerConfirm')}
            errorTitle={t('applications.employer.stepFailed')}
            pending={offer.isPending}
            error={offer.error}
            reset={offer.reset}
            run={offer.mutateAsync}
            onDone={() => onDone('offer')}
          />
        )}
        {status === 'offer' && <HireButton applicationId={application.id} jobId={application.job.id} pseudonym={pseudonym} onHired={() => onDone('hired')} />}
        <StepButton
          {...noteProps}
          label={t('applications.decline.button')}
          title={t('applications.decline.confirmTitle')}
          body={t('applications.decline.confirmBody.employer', { pseudonym })}
          confirmLabel={t('applications.decline.confirm')}
          errorTitle={t('applications.decline.failed')}
          destructive
          pending={decline.isPending}
          error={decline.error}
          reset={decline.reset}
          run={decline.mutateAsync}
          onDone={() => onDone('declined')}
        />
      </Group>
    </Stack>
  );
}
