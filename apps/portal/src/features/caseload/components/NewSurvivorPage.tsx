import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { useCreateSurvivor } from '../hooks/useSurvivors';
import { CASELOAD_PATHS } from '../navigation';
import { EMPTY_SURVIVOR_FORM, survivorFormToCreateRequest } from '../survivorForm';
import { SurvivorForm } from './SurvivorForm';

/** `/caseworker/survivors/new`: a caseworker adds a person and becomes their caseworker. */
export function NewSurvivorPage() {
  const { t } = useTranslation();
  usePageTitle(t('caseload.create.title'));
  const navigate = useNavigate();
  const create = useCreateSurvivor();
  return (
    <Stack gap="lg" maw={760}>
      <Anchor component={Link} to={CASELOAD_PATHS.survivors} size="sm" w="fit-content">
        {t('caseload.profile.backToList')}
      </Anchor>
      <Title order={1}>{t('caseload.create.heading')}</Title>
      <Text>{t('caseload.create.intro')}</Text>
      {create.error && <ServerErrorAlert error={create.error} title={t('caseload.create.failed')} />}
      <SurvivorForm
        initialValues={EMPTY_SURVIVOR_FORM}
        withInvitation
        submitLabel={create.isPending ? t('caseload.create.saving') : t('caseload.create.submit')}
        pending={create.isPending}
        serverError={create.error}
        onSubmit={(values) => {
          const request = survivorFormToCreateRequest(values);
          create.mutate(request, {
            onSuccess: (survivor) =>
              void navigate(CASELOAD_PATHS.survivor(survivor.id), { state: { notice: request.inviteEmail ? 'createdAndInvited' : 'created' } }),
          });
        }}
      />
    </Stack>
  );
}
