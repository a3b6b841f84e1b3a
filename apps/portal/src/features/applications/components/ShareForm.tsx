import { Alert, Button, NativeSelect, Stack, Text } from '@mantine/core';
import { CONSENT_DEFAULT_DAYS, type ConsentField } from '@onward/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/errors';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import { ConsentFieldsPicker } from '../../profile';
import type { Application } from '../api/types';
import { useShareApplication } from '../hooks/useApplications';
import type { Audience } from './ApplicationStatusBadge';

/** How long the employer may see what is shared; 90 days unless the person chooses otherwise. */
const DURATIONS = [30, 90, 180, 365] as const;
type Duration = (typeof DURATIONS)[number];

function isConsentRequired(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'consent_required';
}

interface ShareFormProps {
  application: Application;
  /** `you`: the person shares their own; `staff`: a caseworker shares on the person's behalf. */
  audience: Audience;
  onShared: () => void;
}

/**
 * "Share with the employer": what the employer may see beyond the pseudonym (always shared),
 * and for how long. Nothing is ticked to begin with: sharing is always a choice.
 */
export function ShareForm({ application, audience, onShared }: ShareFormProps) {
  const { t } = useTranslation();
  const share = useShareApplication(application.id, audience === 'you' ? 'me' : application.survivor.id);
  const [fields, setFields] = useState<ConsentField[]>([]);
  const [days, setDays] = useState<Duration>(CONSENT_DEFAULT_DAYS as Duration);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    share.mutate({ consent: { fields, days } }, { onSuccess: onShared });
  };

  return (
    <form method="post" noValidate onSubmit={onSubmit}>
      <Stack gap="md">
        <Text>{t(`applications.share.intro.${audience}`, { pseudonym: application.survivor.pseudonym, employer: application.job.employerName })}</Text>
        <ConsentFieldsPicker
          value={fields}
          onChange={setFields}
          legend={t(`applications.share.legend.${audience}`)}
          disabled={share.isPending}
        />
        <NativeSelect
          label={t('applications.share.duration')}
          description={t(`applications.share.durationHint.${audience}`)}
          name="days"
          maw={320}
          value={String(days)}
          onChange={(event) => setDays(Number(event.currentTarget.value) as Duration)}
          data={DURATIONS.map((value) => ({ value: String(value), label: t(`applications.share.days.${value}`) }))}
        />
        {share.error &&
          (isConsentRequired(share.error) ? (
            <Alert color="red" variant="light" role="alert" title={t('applications.share.failed')}>
              {t(`applications.share.consentRequired.${audience}`)}
            </Alert>
          ) : (
            <ServerErrorAlert error={share.error} title={t('applications.share.failed')} />
          ))}
        <Button type="submit" w="fit-content" disabled={share.isPending}>
          {share.isPending ? t('applications.share.sharing') : t('applications.share.submit')}
        </Button>
      </Stack>
    </form>
  );
}
