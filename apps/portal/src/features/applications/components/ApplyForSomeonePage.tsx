import { Anchor, Button, Group, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PersonPicker, type PersonChoice } from '../../caseload';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import { serverFieldMessage } from '../../employers/serverErrors';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { useCreateApplication, usePublishedJobs } from '../hooks/useApplications';
import { APPLICATION_PATHS } from '../navigation';
import { FreeTextField } from './FreeTextField';

export const AGREEMENT_MAX = 500;

interface Errors {
  survivor?: string;
  job?: string;
  agreement?: string;
}

/** `/caseworker/applications/new`: apply for a job on a person's behalf, with their agreement. */
export function ApplyForSomeonePage() {
  const { t } = useTranslation();
  usePageTitle(t('applications.applyFor.title'));
  const navigate = useNavigate();
  const create = useCreateApplication();
  const jobs = usePublishedJobs();
  const [person, setPerson] = useState<PersonChoice | null>(null);
  const [jobId, setJobId] = useState('');
  const [agreement, setAgreement] = useState('');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmedAgreement = agreement.trim();
    const next: Errors = {
      survivor: person ? undefined : t('applications.applyFor.choosePerson'),
      job: jobId ? undefined : t('applications.applyFor.chooseJob'),
      agreement: trimmedAgreement ? undefined : t('applications.applyFor.agreementRequired'),
    };
    setErrors(next);
    if (next.survivor || next.job || next.agreement || !person) return;
    create.mutate(
      { jobId, survivorId: person.id, survivorAgreement: trimmedAgreement, message: message.trim() || null },
      { onSuccess: (application) => void navigate(APPLICATION_PATHS.caseworkerApplication(application.id), { state: { notice: 'created' } }) },
    );
  };

  return (
    <Stack gap="lg" maw={720}>
      <Anchor component={Link} to={APPLICATION_PATHS.caseworkerApplications} size="sm" w="fit-content">
        {t('applications.case.back')}
      </Anchor>
      <Title order={1}>{t('applications.applyFor.title')}</Title>
      <Text>{t('applications.applyFor.intro')}</Text>
      <form method="post" noValidate onSubmit={onSubmit}>
        <Stack gap="lg">
          <PersonPicker
            labels={{
              legend: t('applications.applyFor.personLegend'),
              search: t('applications.applyFor.search'),
              searchHint: t('applications.applyFor.searchHint'),
              person: t('applications.applyFor.person'),
              nobody: (text) => (text ? t('applications.applyFor.noMatch', { text }) : t('applications.applyFor.nobody')),
              searchFailed: t('applications.applyFor.searchFailed'),
            }}
            value={person}
            onChange={setPerson}
            error={errors.survivor ?? serverFieldMessage(create.error, 'survivorId')}
          />

          <NativeSelect
            label={t('applications.applyFor.job')}
            description={t('applications.applyFor.jobHint')}
            name="jobId"
            required
            value={jobId}
            onChange={(event) => setJobId(event.currentTarget.value)}
            error={errors.job ?? serverFieldMessage(create.error, 'jobId')}
            disabled={jobs.isPending}
            data={[
              { value: '', label: jobs.isPending ? t('applications.applyFor.loadingJobs') : t('applications.applyFor.chooseJobOption') },
              ...(jobs.data ?? []).map((job) => ({ value: job.id, label: t('applications.pipeline.jobOption', { title: job.title, employer: job.employerName }) })),
            ]}
          />
          {jobs.error && <ErrorAlert error={jobs.error} title={t('applications.applyFor.jobsFailed')} onRetry={() => void jobs.refetch()} />}

          <Textarea
            label={t('applications.applyFor.agreement')}
            description={t('applications.applyFor.agreementHint')}
            name="survivorAgreement"
            required
            dir="auto"
            rows={2}
            resize="vertical"
            maxLength={AGREEMENT_MAX}
            value={agreement}
            onChange={(event) => setAgreement(event.currentTarget.value)}
            error={errors.agreement ?? serverFieldMessage(create.error, 'survivorAgreement')}
          />
          <FreeTextField
            kind="message"
            label={t('applications.applyFor.message')}
            description={t('applications.applyFor.messageHint')}
            value={message}
            onChange={setMessage}
            error={serverFieldMessage(create.error, 'message')}
          />

          {create.error && <ServerErrorAlert error={create.error} title={t('applications.apply.failed')} />}
          <Group gap="sm">
            <Button type="submit" disabled={create.isPending}>
              {create.isPending ? t('applications.apply.sending') : t('applications.apply.submit')}
            </Button>
            <Button component={Link} to={APPLICATION_PATHS.caseworkerApplications} variant="default">
              {t('applications.common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
