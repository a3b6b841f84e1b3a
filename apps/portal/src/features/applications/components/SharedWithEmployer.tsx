import { Anchor, List, Stack, Text } from '@mantine/core';
import { CONSENT_FIELDS } from '@onward/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { PageLoader } from '../../shell/components/PageLoader';
import { PROFILE_PATHS } from '../../profile';
import type { Application } from '../api/types';
import { useApplicationFormat } from '../format';
import { useApplicationConsents } from '../hooks/useApplications';
import type { Audience } from './ApplicationStatusBadge';

/**
 * What the employer can see of this application now: the active consents that cover it (given
 * for this application, or for every application to this employer). None: the employer sees
 * nothing, whatever the application's status says.
 */
export function SharedWithEmployer({ application, audience }: { application: Application; audience: Audience }) {
  const { t } = useTranslation();
  const format = useApplicationFormat();
  const consents = useApplicationConsents(audience === 'you' ? 'me' : application.survivor.id);

  if (consents.isPending) return <PageLoader />;
  if (consents.error) return <ErrorAlert error={consents.error} title={t('applications.shared.failed')} onRetry={() => void consents.refetch()} />;

  const covering = consents.data.filter(
    (consent) =>
      consent.state === 'active' && consent.employerId === application.job.employerId && (consent.applicationId === null || consent.applicationId === application.id),
  );
  if (covering.length === 0) return <Text>{t(`applications.shared.nothing.${audience}`)}</Text>;

  const fields = CONSENT_FIELDS.filter((field) => covering.some((consent) => consent.fields.includes(field)));
  const until = covering.map((consent) => consent.expiresAt).sort().at(-1)!;
  return (
    <Stack gap="xs">
      <Text>{t(`applications.shared.intro.${audience}`, { employer: application.job.employerName })}</Text>
      <List>
        <List.Item>{t('applications.shared.pseudonym', { pseudonym: application.survivor.pseudonym })}</List.Item>
        {fields.map((field) => (
          <List.Item key={field}>{t(`applications.fields.${field}`)}</List.Item>
        ))}
      </List>
      <Text size="sm">{t('applications.shared.until', { date: format.date(until) })}</Text>
      {audience === 'you' && (
        <Anchor component={Link} to={PROFILE_PATHS.sharing} w="fit-content">
          {t('applications.shared.stopLink')}
        </Anchor>
      )}
    </Stack>
  );
}
