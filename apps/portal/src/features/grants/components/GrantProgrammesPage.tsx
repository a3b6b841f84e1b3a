import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GrantProgramme } from '../../../api/types';
import { useCurrentUser } from '../../auth/hooks/CurrentUserContext';
import { formatDate, formatMoney } from '../../reference';
import { PageError } from '../../shell/components/PageError';
import { PageLoader } from '../../shell/components/PageLoader';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { useGrantProgrammes } from '../hooks/useGrantProgrammes';
import { GRANT_PATHS, isGrantManagerRole, type GrantManagerRole } from '../paths';
import { GrantStatusBadge } from './GrantStatusBadge';

/** `/{caseworker,admin,employer}/grants`: the programmes this person runs or oversees. */
export function GrantProgrammesPage() {
  const { t } = useTranslation();
  usePageTitle(t('grants.list.title'));
  const me = useCurrentUser();
  const programmes = useGrantProgrammes();
  if (!isGrantManagerRole(me.role)) return null;
  const role = me.role;

  return (
    <Stack gap="lg" maw={760}>
      <Group justify="space-between" gap="sm">
        <Title order={1}>{t('grants.list.heading')}</Title>
        <Button component={Link} to={GRANT_PATHS.create(role)}>
          {t('grants.list.create')}
        </Button>
      </Group>
      <Text>{role === 'employer' ? t('grants.list.introFunder') : t('grants.list.introStaff')}</Text>
      {programmes.isPending ? (
        <PageLoader />
      ) : programmes.error ? (
        <PageError error={programmes.error} onRetry={() => void programmes.refetch()} />
      ) : programmes.data.length === 0 ? (
        <Text>{t('grants.list.empty')}</Text>
      ) : (
        <Stack gap="sm" component="ul" aria-label={t('grants.list.heading')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {programmes.data.map((programme) => (
            <ProgrammeCard key={programme.id} programme={programme} role={role} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function ProgrammeCard({ programme, role }: { programme: GrantProgramme; role: GrantManagerRole }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { minMinor, maxMinor, currency } = programme.amount;
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Anchor component={Link} to={GRANT_PATHS.programme(role, programme.id)} fw={600} size="lg">
            {programme.title}
          </Anchor>
          <GrantStatusBadge status={programme.status} />
        </Group>
        <Text size="sm">{t('grants.list.funder', { name: programme.funderName })}</Text>
        <Text size="sm">
          {t('reference.amountRange', { min: formatMoney(minMinor, currency, language), max: formatMoney(maxMinor, currency, language) })}
          {' · '}
          {programme.regionName ?? t('reference.anyRegion')}
          {' · '}
          {programme.sector ? t(`reference.sectors.${programme.sector}`) : t('reference.anySector')}
        </Text>
        <Text size="sm" c="dimmed">
          {programme.deadline ? t('grants.list.deadline', { date: formatDate(programme.deadline, language) }) : t('grants.list.noDeadline')}
        </Text>
      </Stack>
    </Card>
  );
}
