import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { GrantProgramme, SaveGrantProgrammeRequest } from '../../../api/types';
import { useCurrentUser } from '../../auth/hooks/CurrentUserContext';
import { ConfirmDialog } from '../../employers/components/ConfirmDialog';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import { formatDate } from '../../reference';
import { PageError } from '../../shell/components/PageError';
import { PageLoader } from '../../shell/components/PageLoader';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { programmeToFormValues } from '../grantForm';
import { useCloseGrantProgramme, useGrantProgramme, useOpenGrantProgramme, useUpdateGrantProgramme } from '../hooks/useGrantProgrammes';
import { GRANT_PATHS, isGrantManagerRole, type GrantManagerRole } from '../paths';
import { GrantProgrammeForm, type GrantFormIntent } from './GrantProgrammeForm';
import { GrantStatusBadge } from './GrantStatusBadge';

type Notice = 'created' | 'saved' | 'opened' | 'closed';

function readNotice(state: unknown): Notice | null {
  return (state as { notice?: unknown } | null)?.notice === 'created' ? 'created' : null;
}

/** Edit a programme, open it for applications (saving first) or close it. */
export function GrantProgrammePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const programme = useGrantProgramme(id);
  usePageTitle(programme.data?.title ?? t('grants.programme.title'));
  if (!isGrantManagerRole(me.role)) return null;
  if (programme.isPending) return <PageLoader />;
  if (programme.error) return <PageError error={programme.error} onRetry={() => void programme.refetch()} />;
  return <ProgrammeEditor key={programme.data.id} programme={programme.data} role={me.role} />;
}

function ProgrammeEditor({ programme, role }: { programme: GrantProgramme; role: GrantManagerRole }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [notice, setNotice] = useState<Notice | null>(readNotice(useLocation().state));
  const [confirmClose, setConfirmClose] = useState(false);
  const update = useUpdateGrantProgramme(programme.id);
  const open = useOpenGrantProgramme(programme.id);
  const close = useCloseGrantProgramme(programme.id);
  const failure = open.error ?? update.error;
  const pending = update.isPending || open.isPending || close.isPending;
  const chooseFunder = role !== 'employer';

  const onSubmit = (request: SaveGrantProgrammeRequest, intent: GrantFormIntent) => {
    setNotice(null);
    open.reset();
    close.reset();
    update.mutate(request, {
      onSuccess: () => {
        if (intent === 'open') open.mutate(undefined, { onSuccess: () => setNotice('opened') });
        else setNotice('saved');
      },
    });
  };

  const onClose = () =>
    close.mutate(undefined, {
      onSuccess: () => {
        setConfirmClose(false);
        setNotice('closed');
      },
    });

  return (
    <Stack gap="lg" maw={720}>
      <Anchor component={Link} to={GRANT_PATHS.list(role)} size="sm">
        {t('grants.programme.backToList')}
      </Anchor>
      <Stack gap="xs">
        <Title order={1}>{programme.title}</Title>
        <Group gap="sm">
          <GrantStatusBadge status={programme.status} />
          <Text size="sm">
            {programme.status === 'open' && programme.openedAt
              ? t('grants.programme.statusOpen', { date: formatDate(programme.openedAt, language) })
              : programme.status === 'closed' && programme.closedAt
                ? t('grants.programme.statusClosed', { date: formatDate(programme.closedAt, language) })
                : t('grants.programme.statusDraft')}
          </Text>
        </Group>
        <Text size="sm">{t('grants.list.funder', { name: programme.funderName })}</Text>
      </Stack>

      {notice && (
        <Alert color="teal" variant="light" role="status">
          {t(`grants.programme.notice.${notice}`)}
        </Alert>
      )}
      {failure && <ServerErrorAlert error={failure} title={open.error ? t('grants.programme.openFailed') : t('grants.programme.saveFailed')} />}

      <GrantProgrammeForm
        initialValues={programmeToFormValues(programme)}
        chooseFunder={chooseFunder}
        readOnly={programme.status === 'closed'}
        submitLabel={programme.status === 'draft' ? t('grants.programme.saveDraft') : t('grants.programme.saveChanges')}
        openLabel={programme.status === 'draft' ? t('grants.programme.saveAndOpen') : undefined}
        pending={pending}
        serverError={failure}
        onSubmit={onSubmit}
      />

      {programme.status !== 'closed' && (
        <Stack gap="xs">
          <Title order={2}>{t('grants.programme.closeHeading')}</Title>
          <Text>{t('grants.programme.closeIntro')}</Text>
          <Button variant="outline" color="red" w="fit-content" onClick={() => setConfirmClose(true)} disabled={pending}>
            {t('grants.programme.close')}
          </Button>
        </Stack>
      )}

      <ConfirmDialog
        opened={confirmClose}
        onClose={() => {
          setConfirmClose(false);
          close.reset();
        }}
        onConfirm={onClose}
        title={t('grants.programme.confirmCloseTitle')}
        confirmLabel={close.isPending ? t('grants.programme.closing') : t('grants.programme.close')}
        pending={close.isPending}
      >
        <Text>{t('grants.programme.confirmCloseBody', { title: programme.title })}</Text>
        {close.error && <ServerErrorAlert error={close.error} title={t('grants.programme.closeFailed')} />}
      </ConfirmDialog>
    </Stack>
  );
}
