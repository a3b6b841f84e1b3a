import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/CurrentUserContext';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { EMPTY_GRANT_FORM } from '../grantForm';
import { useCreateGrantProgramme } from '../hooks/useGrantProgrammes';
import { GRANT_PATHS, isGrantManagerRole } from '../paths';
import { GrantProgrammeForm } from './GrantProgrammeForm';

/** A programme starts as a draft; staff name its funder, a funder's member runs their own. */
export function NewGrantProgrammePage() {
  const { t } = useTranslation();
  usePageTitle(t('grants.create.title'));
  const me = useCurrentUser();
  const navigate = useNavigate();
  const create = useCreateGrantProgramme();
  if (!isGrantManagerRole(me.role)) return null;
  const role = me.role;
  const chooseFunder = role !== 'employer';

  return (
    <Stack gap="lg" maw={720}>
      <Anchor component={Link} to={GRANT_PATHS.list(role)} size="sm">
        {t('grants.programme.backToList')}
      </Anchor>
      <Title order={1}>{t('grants.create.heading')}</Title>
      <Text>{chooseFunder ? t('grants.create.introStaff') : t('grants.create.introFunder', { name: me.organisation.name })}</Text>
      {create.error && <ServerErrorAlert error={create.error} title={t('grants.programme.saveFailed')} />}
      <GrantProgrammeForm
        initialValues={EMPTY_GRANT_FORM}
        chooseFunder={chooseFunder}
        submitLabel={create.isPending ? t('grants.programme.saving') : t('grants.create.submit')}
        pending={create.isPending}
        serverError={create.error}
        onSubmit={(request) =>
          create.mutate(request, {
            onSuccess: (programme) => void navigate(GRANT_PATHS.programme(role, programme.id), { state: { notice: 'created' } }),
          })
        }
      />
    </Stack>
  );
}
