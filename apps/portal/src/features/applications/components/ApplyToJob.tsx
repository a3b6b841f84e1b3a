import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../api/errors';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import { TOUCH_SIZE } from '../../opportunities/layout';
import type { ApplicationStatus } from '../api/types';
import { useApplicationList, useCreateApplication } from '../hooks/useApplications';
import { APPLICATION_PATHS } from '../navigation';
import { FreeTextField } from './FreeTextField';

/** An application still going (or that got the job): applying again is refused with 409. */
const STANDING: ApplicationStatus[] = ['submitted', 'shared', 'interview', 'offer', 'hired'];

/**
 * "Apply" on a job's page: an optional short message to the employer, then "You applied" with
 * a link to the application. The employer sees nothing until the person shares it.
 */
export function ApplyToJob({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const existing = useApplicationList({ jobId, status: STANDING, limit: 1 });
  const create = useCreateApplication();
  const [writing, setWriting] = useState(false);
  const [message, setMessage] = useState('');
  const doneRef = useRef<HTMLDivElement>(null);
  const messageRef = useRef<HTMLTextAreaElement>(null);

  const alreadyApplied = create.error instanceof ApiError && create.error.status === 409;
  // Found before applying (or after a 409): the same "You applied", with its link.
  const applied = create.data ?? existing.data?.items[0];
  const notAvailable = create.error instanceof ApiError && create.error.status === 404;

  // The form is replaced by the confirmation: focus must not be left on a button that is gone.
  useEffect(() => {
    if (create.isSuccess || alreadyApplied) doneRef.current?.focus();
  }, [create.isSuccess, alreadyApplied]);

  useEffect(() => {
    if (writing) messageRef.current?.focus();
  }, [writing]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(
      { jobId, message: message.trim() || null },
      {
        // Refused because an application exists: look it up, to link to it.
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) void existing.refetch();
        },
      },
    );
  };

  const content = () => {
    if (applied) {
      return (
        <Alert ref={doneRef} tabIndex={-1} color="teal" variant="light" role="status" title={t('applications.apply.doneTitle')} style={{ outline: 'none' }}>
          <Stack gap="xs">
            <Text size="sm">{t('applications.apply.doneBody')}</Text>
            <Anchor component={Link} to={APPLICATION_PATHS.survivorApplication(applied.id)} w="fit-content">
              {t('applications.apply.seeApplication')}
            </Anchor>
          </Stack>
        </Alert>
      );
    }
    if (alreadyApplied) {
      return (
        <Alert ref={doneRef} tabIndex={-1} color="blue" variant="light" role="status" title={t('applications.apply.alreadyTitle')} style={{ outline: 'none' }}>
          <Anchor component={Link} to={APPLICATION_PATHS.survivorApplications} size="sm">
            {t('applications.apply.seeApplications')}
          </Anchor>
        </Alert>
      );
    }
    if (notAvailable) {
      return (
        <Alert color="gray" variant="light" role="status" title={t('applications.apply.notAvailableTitle')}>
          {t('applications.apply.notAvailableBody')}
        </Alert>
      );
    }
    if (!writing) {
      return (
        <Stack gap="xs">
          <Text>{t('applications.apply.intro')}</Text>
          <Button mih={TOUCH_SIZE} w="fit-content" onClick={() => setWriting(true)}>
            {t('applications.apply.start')}
          </Button>
        </Stack>
      );
    }
    return (
      <form method="post" noValidate onSubmit={onSubmit}>
        <Stack gap="md">
          <FreeTextField
            kind="message"
            label={t('applications.apply.message')}
            description={t('applications.apply.messageHint')}
            value={message}
            onChange={setMessage}
            ref={messageRef}
          />
          {create.error && <ServerErrorAlert error={create.error} title={t('applications.apply.failed')} />}
          <Group gap="sm">
            <Button type="submit" mih={TOUCH_SIZE} disabled={create.isPending}>
              {create.isPending ? t('applications.apply.sending') : t('applications.apply.submit')}
            </Button>
            <Button variant="default" mih={TOUCH_SIZE} onClick={() => setWriting(false)} disabled={create.isPending}>
              {t('applications.common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    );
  };

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('applications.apply.heading')}
        </Title>
        {content()}
      </Stack>
    </Paper>
  );
}
