import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { actionKey } from '../accessLog';
import type { AccessLogEntry } from '../api/types';
import { useAccessLog } from '../hooks/useAccessLog';
import { useProfileFormat } from '../hooks/useProfileFormat';
import { OwnPage, PAGE_WIDTH } from './OwnPage';

/** `/survivor/privacy`: every time someone else opened or changed the person's information. */
export function AccessLogPage() {
  const { t } = useTranslation();
  const log = useAccessLog();
  return (
    <OwnPage title={t('profile.privacy.title')} query={log}>
      {(entries) => <AccessLogView entries={entries} />}
    </OwnPage>
  );
}

function AccessLogView({ entries }: { entries: AccessLogEntry[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={PAGE_WIDTH}>
      <Stack gap="xs">
        <Title order={1}>{t('profile.privacy.title')}</Title>
        <Text>{t('profile.privacy.intro')}</Text>
      </Stack>
      {entries.length === 0 ? (
        <Text>{t('profile.privacy.empty')}</Text>
      ) : (
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('profile.privacy.list')}>
          {entries.map((entry, index) => (
            <li key={`${entry.occurredAt}-${index}`}>
              <AccessEntry entry={entry} />
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

const ROLE_KEYS = { employer: 'profile.privacy.roles.employer', caseworker: 'profile.privacy.roles.caseworker', admin: 'profile.privacy.roles.admin' } as const;

/** What was done, then who did it (name, role, organisation), then when, in the reader's time zone. */
function AccessEntry({ entry }: { entry: AccessLogEntry }) {
  const { t } = useTranslation();
  const format = useProfileFormat();
  const about = [entry.actorRole ? t(ROLE_KEYS[entry.actorRole]) : null, entry.organisationName].filter((part): part is string => Boolean(part));
  return (
    <Paper withBorder p="sm">
      <Stack gap={2}>
        <Text fw={700}>{t(actionKey(entry.action))}</Text>
        <Text style={{ overflowWrap: 'anywhere' }}>
          {entry.actorName ? <bdi>{entry.actorName}</bdi> : t('profile.privacy.someone')}
          {about.map((part) => (
            <span key={part}>
              {' · '}
              <bdi>{part}</bdi>
            </span>
          ))}
        </Text>
        <Text size="sm" c="dimmed">
          <time dateTime={entry.occurredAt}>{format.dateTime(entry.occurredAt)}</time>
        </Text>
      </Stack>
    </Paper>
  );
}
