import { Anchor, Button, Fieldset, Group, NativeSelect, Radio, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { PSEUDONYM_MAX_LENGTH } from '@onward/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import { serverFieldMessage } from '../../employers/serverErrors';
import { TOUCH_CHOICE_STYLES } from '../../opportunities/layout';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import type { SurvivorChoice } from '../api/types';
import { useCreateApplication, usePublishedJobs, useSurvivorChoices } from '../hooks/useApplications';
import { APPLICATION_PATHS } from '../navigation';
import { MESSAGE_MAX } from './ApplyToJob';

export const AGREEMENT_MAX = 500;
/** Long enough to finish a word, short enough to feel immediate. */
export const SEARCH_DELAY_MS = 300;

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
  // Typed words and the words searched: the search waits until typing pauses. In memory only.
  const [draft, setDraft] = useState('');
  const [searched, setSearched] = useState('');
  const people = useSurvivorChoices(searched);
  const [person, setPerson] = useState<Pick<SurvivorChoice, 'id' | 'pseudonym'> | null>(null);
  const [jobId, setJobId] = useState('');
  const [agreement, setAgreement] = useState('');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  useEffect(() => {
    const text = draft.trim();
    if (text === searched) return undefined;
    const timer = setTimeout(() => setSearched(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, searched]);

  const found = people.data?.items ?? [];
  // The chosen person stays a choice while another search shows other people.
  const choices = person && !found.some((candidate) => candidate.id === person.id) ? [person, ...found] : found;

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
          <Fieldset legend={t('applications.applyFor.personLegend')}>
            <Stack gap="sm">
              <TextInput
                label={t('applications.applyFor.search')}
                description={t('applications.applyFor.searchHint')}
                type="search"
                name="q"
                autoComplete="off"
                dir="auto"
                maxLength={PSEUDONYM_MAX_LENGTH}
                value={draft}
                onChange={(event) => setDraft(event.currentTarget.value)}
                onKeyDown={(event) => {
                  // Enter searches now rather than sending the whole form.
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    setSearched(draft.trim());
                  }
                }}
              />
              {people.error ? (
                <ErrorAlert error={people.error} title={t('applications.applyFor.searchFailed')} onRetry={() => void people.refetch()} />
              ) : (
                <Radio.Group
                  label={t('applications.applyFor.person')}
                  name="survivorId"
                  required
                  value={person?.id ?? ''}
                  onChange={(id) => setPerson(choices.find((candidate) => candidate.id === id) ?? null)}
                  error={errors.survivor ?? serverFieldMessage(create.error, 'survivorId')}
                >
                  <Stack gap={0} mt="xs" aria-busy={people.isFetching}>
                    {choices.length === 0 && !people.isPending ? (
                      <Text size="sm">{searched ? t('applications.applyFor.noMatch', { text: searched }) : t('applications.applyFor.nobody')}</Text>
                    ) : (
                      choices.map((candidate) => (
                        <Radio key={candidate.id} value={candidate.id} label={candidate.pseudonym} size="md" styles={TOUCH_CHOICE_STYLES} />
                      ))
                    )}
                  </Stack>
                </Radio.Group>
              )}
            </Stack>
          </Fieldset>

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
          <Textarea
            label={t('applications.applyFor.message')}
            description={t('applications.applyFor.messageHint')}
            name="message"
            dir="auto"
            rows={4}
            resize="vertical"
            maxLength={MESSAGE_MAX}
            value={message}
            onChange={(event) => setMessage(event.currentTarget.value)}
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
