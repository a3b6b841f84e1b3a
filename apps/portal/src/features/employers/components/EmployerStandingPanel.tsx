import { Alert, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EmployerStanding } from '../../../api/types';
import { formatDate } from '../../reference';
import { VettingStatusBadge } from '../../vetting/components/VettingStatusBadge';

type ChecklistState = EmployerStanding['checklist'][number];

/** What a checklist item's state means to the employer: null is "not looked at yet". */
function checklistStateKey(confirmed: ChecklistState['confirmed']) {
  if (confirmed === true) return 'employers.standing.itemConfirmed' as const;
  return confirmed === false ? ('employers.standing.itemNotConfirmed' as const) : ('employers.standing.itemNotChecked' as const);
}

/**
 * The employer's own standing: status, why (when rejected or suspended), until when, whether
 * jobs can be published and, item by item, what the vetting has not confirmed yet.
 */
export function EmployerStandingPanel({ standing, compact = false }: { standing: EmployerStanding; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const date = standing.vettedUntil ? formatDate(standing.vettedUntil, language) : '';
  const shown = standing.status === 'vetted' && standing.expired ? 'expired' : standing.status;
  const missing = standing.checklist.filter((entry) => entry.confirmed !== true);
  const confirmed = standing.checklist.filter((entry) => entry.confirmed === true);

  return (
    <Stack gap="md">
      <Group gap="sm">
        <Text fw={600}>{t('employers.standing.status')}</Text>
        <VettingStatusBadge status={standing.status} expired={standing.expired} />
      </Group>
      <Text>{t(`employers.standing.explain.${shown}`, { date })}</Text>
      {standing.reason && (standing.status === 'rejected' || standing.status === 'suspended') && (
        <Text>
          <Text span fw={600}>
            {t('employers.standing.reason')}
          </Text>{' '}
          <Text span dir="auto">
            {standing.reason}
          </Text>
        </Text>
      )}
      {standing.canPublish ? (
        <Alert role="note" color="teal" variant="light" title={t('employers.standing.canPublish')} />
      ) : (
        <Alert role="note" color="gray" variant="light" title={t('employers.standing.cannotPublish')}>
          {/* The API's words, in English. */}
          <Text size="sm" lang="en" dir="auto">
            {standing.publishingBlockedBecause}
          </Text>
        </Alert>
      )}

      {compact ? (
        <Text>{t('employers.standing.checklistCount', { confirmed: confirmed.length, total: standing.checklist.length })}</Text>
      ) : (
        <Stack gap="sm">
          <Title order={2}>{t('employers.standing.checklistHeading')}</Title>
          <Text>{t('employers.standing.checklistIntro')}</Text>
          {missing.length > 0 && (
            <Stack gap="xs">
              <Title order={3}>{t('employers.standing.missingHeading')}</Title>
              <List aria-label={t('employers.standing.missingHeading')} spacing="xs">
                {missing.map((entry) => (
                  <List.Item key={entry.item}>
                    <Text span fw={600}>
                      {t(`reference.checklist.${entry.item}`)}
                    </Text>
                    {' · '}
                    {t(checklistStateKey(entry.confirmed))}
                  </List.Item>
                ))}
              </List>
            </Stack>
          )}
          {confirmed.length > 0 && (
            <Stack gap="xs">
              <Title order={3}>{t('employers.standing.confirmedHeading')}</Title>
              <List aria-label={t('employers.standing.confirmedHeading')} spacing="xs">
                {confirmed.map((entry) => (
                  <List.Item key={entry.item}>{t(`reference.checklist.${entry.item}`)}</List.Item>
                ))}
              </List>
            </Stack>
          )}
        </Stack>
      )}
    </Stack>
  );
}
