import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import type { ProfileSectionState } from '../hooks/useProfileSection';

interface ProfileSectionProps {
  heading: string;
  intro?: string;
  saveLabel: string;
  section: Pick<ProfileSectionState<unknown>, 'onSubmit' | 'saved' | 'pending' | 'error'>;
  children: ReactNode;
}

/** A titled part of the profile with its own form, save button, notice and error. */
export function ProfileSection({ heading, intro, saveLabel, section, children }: ProfileSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id={headingId}>
            {heading}
          </Title>
          {intro && <Text>{intro}</Text>}
        </Stack>
        <form method="post" noValidate onSubmit={section.onSubmit}>
          <Stack gap="md">
            {children}
            {section.error ? <ErrorAlert error={section.error} title={t('profile.common.saveFailed')} /> : null}
            {section.saved && (
              <Alert color="teal" variant="light" role="status">
                {t('profile.common.saved')}
              </Alert>
            )}
            <Button type="submit" size="md" disabled={section.pending} w={{ base: '100%', xs: 'fit-content' }}>
              {section.pending ? t('profile.common.saving') : saveLabel}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
