import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { CASELOAD_PATHS } from '../../caseload';
import { ConfirmDialog } from '../../employers/components/ConfirmDialog';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import { DetailSection, FactList, WrittenText, type Fact } from '../../opportunities/components/DetailParts';
import { FOCUSED_HEADING_STYLE } from '../../opportunities/layout';
import { PageError } from '../../shell/components/PageError';
import { PageLoader } from '../../shell/components/PageLoader';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import type { GrantApplication } from '../api/types';
import { useAward, useDecline, useGrantApplication, useStartReview, useWithdraw } from '../hooks/useGrantApplications';
import { useGrantFormat } from '../hooks/useGrantFormat';
import { GRANT_APPLICATION_PATHS } from '../navigation';
import { NoteField } from './ApplicationFields';
import { ApplicationHistory } from './ApplicationHistory';
import { ApplicationNotFound, isApplicationNotFound } from './ApplicationNotFound';
import { AwardForm } from './AwardForm';
import { AwardProgress } from './AwardProgress';
import { GrantApplicationStatusBadge } from './GrantApplicationStatusBadge';
import { MilestoneActions, type MilestoneNotice } from './MilestoneActions';
import { TradingEndedAction } from './TradingEndedAction';

type Notice = 'created' | 'reviewing' | 'awarded' | 'declined' | 'withdrawn' | 'tradingEnded' | MilestoneNotice;

function readNotice(state: unknown): Notice | null {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return notice === 'created' ? notice : null;
}

/** `/caseworker/grant-applications/:id`: everything about one application, and the next steps its state allows. */
export function GrantApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const application = useGrantApplication(id);
  const notFound = isApplicationNotFound(application.error);
  usePageTitle(application.data?.programme.title ?? (notFound ? t('grantApplications.notFound.title') : t('grantApplications.detail.title')));

  if (application.isPending) return <PageLoader />;
  if (notFound) return <ApplicationNotFound backTo={GRANT_APPLICATION_PATHS.caseworkerList} backLabel={t('grantApplications.detail.back')} />;
  if (application.error) return <PageError error={application.error} onRetry={() => void application.refetch()} />;
  return <CaseworkerApplication key={application.data.id} application={application.data} />;
}

function CaseworkerApplication({ application }: { application: GrantApplication }) {
  const { t } = useTranslation();
  const format = useGrantFormat();
  const money = (minor: number) => format.money(minor, application.currency);
  const [notice, setNotice] = useState<Notice | null>(readNotice(useLocation().state));
  const [awarding, setAwarding] = useState(false);
  const [confirm, setConfirm] = useState<'decline' | 'withdraw' | null>(null);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const review = useStartReview(application.id);
  const award = useAward(application.id);
  const decline = useDecline(application.id);
  const withdraw = useWithdraw(application.id);
  const awardHeadingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (awarding) awardHeadingRef.current?.focus();
  }, [awarding]);

  const undecided = application.status === 'submitted' || application.status === 'in_review';
  const pending = review.isPending || award.isPending || decline.isPending || withdraw.isPending;
  const dialogStep = confirm === 'decline' ? decline : withdraw;

  const resetSteps = () => {
    setNotice(null);
    review.reset();
    award.reset();
    decline.reset();
    withdraw.reset();
  };

  const onReview = () => {
    resetSteps();
    review.mutate(undefined, { onSuccess: () => setNotice('reviewing') });
  };

  const openConfirm = (step: 'decline' | 'withdraw') => {
    resetSteps();
    setNote('');
    setNoteError(undefined);
    setConfirm(step);
  };

  const onConfirm = () => {
    const trimmed = note.trim();
    if (confirm === 'decline') {
      if (!trimmed) {
        setNoteError(t('grantApplications.decline.noteRequired'));
        return;
      }
      decline.mutate({ note: trimmed }, { onSuccess: () => closeWith('declined') });
    } else {
      withdraw.mutate({ note: trimmed || null }, { onSuccess: () => closeWith('withdrawn') });
    }
  };

  const closeWith = (done: Notice) => {
    setConfirm(null);
    setNotice(done);
  };

  const facts: Fact[] = [
    { label: t('grantApplications.detail.requested'), value: money(application.requestedMinor) },
    { label: t('grantApplications.detail.range'), value: format.range(application.programme.amountMinMinor, application.programme.amountMaxMinor, application.currency) },
    ...(application.awardedMinor !== null ? [{ label: t('grantApplications.detail.awarded'), value: money(application.awardedMinor) }] : []),
    { label: t('grantApplications.detail.submittedOn'), value: format.date(application.createdAt) },
    ...(application.decidedAt ? [{ label: t('grantApplications.detail.decidedOn'), value: format.date(application.decidedAt) }] : []),
    ...(application.tradingEndedOn ? [{ label: t('grantApplications.trading.endedOnFact'), value: format.date(application.tradingEndedOn) }] : []),
  ];

  const stepError = review.error ?? (confirm ? null : (decline.error ?? withdraw.error));

  return (
    <Stack gap="lg" maw={860}>
      <Anchor component={Link} to={GRANT_APPLICATION_PATHS.caseworkerList} size="sm" w="fit-content">
        {t('grantApplications.detail.back')}
      </Anchor>
      <Stack gap="xs" align="flex-start">
        <Title order={1} dir="auto" style={{ overflowWrap: 'anywhere' }}>
          {application.programme.title}
        </Title>
        <Text size="lg">
          {t('grantApplications.detail.for')}{' '}
          <Anchor component={Link} to={CASELOAD_PATHS.survivor(application.survivor.id)} fw={600} dir="auto">
            {application.survivor.pseudonym}
          </Anchor>
        </Text>
        <Text>{t('grantApplications.detail.funder', { name: application.programme.funderName })}</Text>
        <Group gap="sm">
          <GrantApplicationStatusBadge status={application.status} audience="caseworker" />
          <Text size="sm">{t('grantApplications.detail.since', { date: format.date(application.statusChangedAt) })}</Text>
        </Group>
      </Stack>

      {notice && (
        <Alert color="teal" variant="light" role="status">
          {t(`grantApplications.detail.notice.${notice}`)}
        </Alert>
      )}
      {stepError && <ServerErrorAlert error={stepError} title={t('grantApplications.detail.stepFailed')} />}

      <FactList heading={t('grantApplications.detail.factsHeading')} facts={facts} />

      {application.decisionNote && (
        <DetailSection heading={application.status === 'declined' ? t('grantApplications.detail.declineNote') : t('grantApplications.detail.awardNote')}>
          <WrittenText>{application.decisionNote}</WrittenText>
        </DetailSection>
      )}

      <DetailSection heading={t('grantApplications.detail.plan')}>
        <WrittenText>{application.businessPlan}</WrittenText>
      </DetailSection>

      {undecided && !awarding && (
        <DetailSection heading={t('grantApplications.detail.nextHeading')}>
          <Text>{application.status === 'submitted' ? t('grantApplications.detail.nextSubmitted') : t('grantApplications.detail.nextInReview')}</Text>
          <Group gap="sm">
            {application.status === 'submitted' ? (
              <Button onClick={onReview} disabled={pending}>
                {review.isPending ? t('grantApplications.detail.starting') : t('grantApplications.detail.startReview')}
              </Button>
            ) : (
              <Button
                onClick={() => {
                  resetSteps();
                  setAwarding(true);
                }}
                disabled={pending}
              >
                {t('grantApplications.detail.award')}
              </Button>
            )}
            <Button variant="outline" color="red" onClick={() => openConfirm('decline')} disabled={pending}>
              {t('grantApplications.detail.decline')}
            </Button>
            <Button variant="default" onClick={() => openConfirm('withdraw')} disabled={pending}>
              {t('grantApplications.detail.withdraw')}
            </Button>
          </Group>
        </DetailSection>
      )}

      {awarding && application.status === 'in_review' && (
        <Paper component="section" aria-labelledby="grant-award-heading" withBorder p="md">
          <Stack gap="md">
            <Title order={2} size="h3" id="grant-award-heading" ref={awardHeadingRef} tabIndex={-1} style={FOCUSED_HEADING_STYLE}>
              {t('grantApplications.award.heading')}
            </Title>
            {award.error && <ServerErrorAlert error={award.error} title={t('grantApplications.award.failed')} />}
            <AwardForm
              application={application}
              pending={award.isPending}
              serverError={award.error}
              onCancel={() => setAwarding(false)}
              onSubmit={(request) =>
                award.mutate(request, {
                  onSuccess: () => {
                    setAwarding(false);
                    setNotice('awarded');
                  },
                })
              }
            />
          </Stack>
        </Paper>
      )}

      {application.status === 'awarded' && (
        <AwardProgress
          application={application}
          audience="caseworker"
          actions={(milestone) => (
            <MilestoneActions
              application={application}
              milestone={milestone}
              onDone={(done) => {
                resetSteps();
                setNotice(done);
              }}
            />
          )}
        />
      )}

      {application.status === 'awarded' && application.tradingEndedOn === null && (
        <TradingEndedAction
          application={application}
          onDone={() => {
            resetSteps();
            setNotice('tradingEnded');
          }}
        />
      )}

      <ApplicationHistory history={application.history} audience="caseworker" />

      <ConfirmDialog
        opened={confirm !== null}
        onClose={() => setConfirm(null)}
        onConfirm={onConfirm}
        title={confirm === 'decline' ? t('grantApplications.decline.title') : t('grantApplications.withdraw.title')}
        confirmLabel={
          dialogStep.isPending
            ? t('grantApplications.detail.saving')
            : confirm === 'decline'
              ? t('grantApplications.detail.decline')
              : t('grantApplications.detail.withdraw')
        }
        pending={dialogStep.isPending}
      >
        <Text>{confirm === 'decline' ? t('grantApplications.decline.body') : t('grantApplications.withdraw.body')}</Text>
        <NoteField
          label={confirm === 'decline' ? t('grantApplications.decline.note') : t('grantApplications.withdraw.note')}
          hint={t('grantApplications.decline.noteHint')}
          required={confirm === 'decline'}
          value={note}
          onChange={(next) => {
            setNote(next);
            setNoteError(undefined);
          }}
          error={noteError}
        />
        {dialogStep.error && <ServerErrorAlert error={dialogStep.error} title={t('grantApplications.detail.stepFailed')} />}
      </ConfirmDialog>
    </Stack>
  );
}
