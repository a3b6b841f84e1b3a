import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmDialog } from '../../employers/components/ConfirmDialog';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import { DetailSection, FactList, WrittenText, type Fact } from '../../opportunities/components/DetailParts';
import { TOUCH_SIZE } from '../../opportunities/layout';
import { PageError } from '../../shell/components/PageError';
import { PageLoader } from '../../shell/components/PageLoader';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import type { GrantApplication } from '../api/types';
import { useGrantApplication, useWithdraw } from '../hooks/useGrantApplications';
import { useGrantFormat } from '../hooks/useGrantFormat';
import { GRANT_APPLICATION_PATHS } from '../navigation';
import { NoteField } from './ApplicationFields';
import { ApplicationHistory } from './ApplicationHistory';
import { ApplicationNotFound, isApplicationNotFound } from './ApplicationNotFound';
import { AwardProgress } from './AwardProgress';
import { GrantApplicationStatusBadge } from './GrantApplicationStatusBadge';

/** `/survivor/grant-applications/:id`: one of the person's own applications, in plain words. */
export function MyGrantApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const application = useGrantApplication(id);
  const notFound = isApplicationNotFound(application.error);
  usePageTitle(application.data?.programme.title ?? (notFound ? t('grantApplications.notFound.title') : t('grantApplications.mine.detail.title')));

  if (application.isPending) return <PageLoader />;
  if (notFound) return <ApplicationNotFound backTo={GRANT_APPLICATION_PATHS.survivorList} backLabel={t('grantApplications.mine.detail.back')} />;
  if (application.error) return <PageError error={application.error} onRetry={() => void application.refetch()} />;
  return <MyApplication application={application.data} />;
}

function MyApplication({ application }: { application: GrantApplication }) {
  const { t } = useTranslation();
  const format = useGrantFormat();
  const money = (minor: number) => format.money(minor, application.currency);
  const withdraw = useWithdraw(application.id);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [withdrawn, setWithdrawn] = useState(false);
  const canWithdraw = application.status === 'submitted' || application.status === 'in_review';

  const facts: Fact[] = [
    { label: t('grantApplications.mine.detail.asked'), value: money(application.requestedMinor) },
    ...(application.awardedMinor !== null ? [{ label: t('grantApplications.mine.detail.awarded'), value: money(application.awardedMinor) }] : []),
    { label: t('grantApplications.mine.detail.sentOn'), value: format.date(application.createdAt) },
    {
      label: t('grantApplications.mine.detail.range'),
      value: format.range(application.programme.amountMinMinor, application.programme.amountMaxMinor, application.currency),
    },
  ];

  const openConfirm = () => {
    withdraw.reset();
    setReason('');
    setConfirming(true);
  };

  const onWithdraw = () =>
    withdraw.mutate(
      { note: reason.trim() || null },
      {
        onSuccess: () => {
          setConfirming(false);
          setWithdrawn(true);
        },
      },
    );

  return (
    <Stack gap="lg" maw={760}>
      <Anchor component={Link} to={GRANT_APPLICATION_PATHS.survivorList} size="sm" w="fit-content">
        {t('grantApplications.mine.detail.back')}
      </Anchor>
      <Stack gap="xs" align="flex-start">
        <Title order={1} dir="auto" style={{ overflowWrap: 'anywhere' }}>
          {application.programme.title}
        </Title>
        <Text size="lg">{t('grantApplications.mine.funder', { name: application.programme.funderName })}</Text>
        <GrantApplicationStatusBadge status={application.status} audience="survivor" />
        <Text>{t(`grantApplications.mine.explain.${application.status}`)}</Text>
      </Stack>

      {withdrawn && (
        <Alert color="teal" variant="light" role="status">
          {t('grantApplications.mine.detail.withdrawnNotice')}
        </Alert>
      )}
      {withdraw.error && !confirming && <ServerErrorAlert error={withdraw.error} title={t('grantApplications.mine.detail.withdrawFailed')} />}

      <FactList heading={t('grantApplications.mine.detail.factsHeading')} facts={facts} />

      {application.decisionNote && (
        <DetailSection heading={application.status === 'declined' ? t('grantApplications.mine.detail.declineNote') : t('grantApplications.mine.detail.awardNote')}>
          <WrittenText>{application.decisionNote}</WrittenText>
        </DetailSection>
      )}

      <DetailSection heading={t('grantApplications.mine.detail.plan')}>
        <WrittenText>{application.businessPlan}</WrittenText>
      </DetailSection>

      {application.status === 'awarded' && <AwardProgress application={application} audience="survivor" />}

      <ApplicationHistory history={application.history} audience="survivor" />

      {canWithdraw && (
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('grantApplications.mine.detail.withdrawHeading')}
          </Title>
          <Text>{t('grantApplications.mine.detail.withdrawIntro')}</Text>
          <Group>
            <Button variant="outline" color="red" size="md" mih={TOUCH_SIZE} onClick={openConfirm}>
              {t('grantApplications.mine.detail.withdraw')}
            </Button>
          </Group>
        </Stack>
      )}

      <ConfirmDialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        onConfirm={onWithdraw}
        title={t('grantApplications.mine.detail.confirmWithdrawTitle')}
        confirmLabel={withdraw.isPending ? t('grantApplications.mine.detail.withdrawing') : t('grantApplications.mine.detail.withdraw')}
        pending={withdraw.isPending}
      >
        <Text>{t('grantApplications.mine.detail.confirmWithdrawBody')}</Text>
        <NoteField
          label={t('grantApplications.mine.detail.withdrawReason')}
          hint={t('grantApplications.mine.detail.withdrawReasonHint')}
          value={reason}
          onChange={setReason}
        />
        {withdraw.error && <ServerErrorAlert error={withdraw.error} title={t('grantApplications.mine.detail.withdrawFailed')} />}
      </ConfirmDialog>
    </Stack>
  );
}
