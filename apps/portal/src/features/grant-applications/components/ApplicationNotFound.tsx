import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../api/errors';

/** A wrong link, or an application this person may not see: the API answers the same for both. */
export function isApplicationNotFound(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || (error.code === 'validation_failed' && 'id' in error.fields));
}

export function ApplicationNotFound({ backTo, backLabel }: { backTo: string; backLabel: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={760}>
      <Title order={1}>{t('grantApplications.notFound.title')}</Title>
      <Text>{t('grantApplications.notFound.body')}</Text>
      <Anchor component={Link} to={backTo} w="fit-content">
        {backLabel}
      </Anchor>
    </Stack>
  );
}
