import { Alert, Anchor, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isNotFound } from '../../applications/applicationErrors';
import { CASELOAD_PATHS } from '../../caseload';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import { FactList, type Fact } from '../../shell/components/FactList';
import { PageError } from '../../shell/components/PageError';
import { PageLoader } from '../../shell/components/PageLoader';
import { Section } from '../../shell/components/Section';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import type { FlagDetail } from '../api/types';
import { useFollowUpFormat } from '../format';
import { useAddFlagNote, useFlag, useFlagStep, useResolveFlag } from '../hooks/useFollowUp';
import { FOLLOW_UP_PATHS } from '../navigation';
import { DueTime, FlagStatusBadge } from './FlagBadges';
import { FlagHistory } from './FlagHistory';
import { NoteForm, ResolveForm } from './FlagForms';
import { NotFound } from './NotFound';
import { SignalList } from './SignalList';

/** `/caseworker/flags/:id`: one follow-up, its reasons, signals and history, and what to do next. */
export function FlagPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const flag = useFlag(id);
  const notFound = isNotFound(flag.error);
  const level = flag.data ? t(`followUp.levels.${flag.data.level}`) : '';
  // Not the name shown: the heading says whose follow-up it is, the tab title stays in the browser's history.
  usePageTitle(flag.data ? t('followUp.flag.tabTitle', { level }) : notFound ? t('followUp.flag.notFoundTitle') : t('followUp.queue.title'));
  if (flag.isPending) return <PageLoader />;
  if (notFound) return <NotFound title={t('followUp.flag.notFoundTitle')} body={t('followUp.flag.notFoundBody')} backTo={FOLLOW_UP_PATHS.queue} backLabel={t('followUp.flag.back')} />;
  if (flag.error) return <PageError error={flag.error} onRetry={() => void flag.refetch()} />;
  return <FlagView key={flag.data.id} flag={flag.data} />;
}

type Action = 'acknowledge' | 'start' | 'resolve';

function FlagView({ flag }: { flag: FlagDetail }) {
  const { t } = useTranslation();
  const format = useFollowUpFormat();
  const acknowledge = useFlagStep(flag.id, 'acknowledge');
  const start = useFlagStep(flag.id, 'start');
  const resolve = useResolveFlag(flag.id);
  const addNote = useAddFlagNote(flag.id);
  const mutations = { acknowledge, start, resolve };
  const [done, setDone] = useState<Action | null>(null);
  const [failed, setFailed] = useState<Action | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  // The button or form just used is gone once the step is taken: focus goes to what it did.
  useEffect(() => {
    if (done) noticeRef.current?.focus();
  }, [done]);

  const resolved = flag.status === 'resolved';
  const canAcknowledge = flag.status === 'open';
  const canStart = flag.status === 'open' || flag.status === 'acknowledged';
  const pending = acknowledge.isPending || start.isPending || resolve.isPending;
  const refusal = failed ? mutations[failed].error : null;
  const resolution = [...flag.events].reverse().find((event) => event.type === 'resolved');

  async function run<T>(action: Action, call: () => Promise<T>): Promise<T> {
    Object.values(mutations).forEach((mutation) => mutation.reset());
    setDone(null);
    setFailed(null);
    try {
      const result = await call();
      setDone(action);
      return result;
    } catch (error) {
      setFailed(action);
      throw error;
    }
  }
  const step = (action: 'acknowledge' | 'start') => () => void run(action, () => mutations[action].mutateAsync()).catch(() => undefined);

  const facts: Fact[] = [
    { label: t('followUp.flag.status'), value: <FlagStatusBadge status={flag.status} /> },
    { label: t('followUp.flag.opened'), value: format.dateTime(flag.openedAt) },
    { label: t('followUp.flag.due'), value: <DueTime flag={flag} /> },
    ...(flag.escalatedAt ? [{ label: t('followUp.flag.escalated'), value: format.dateTime(flag.escalatedAt) }] : []),
    { label: t('followUp.flag.assignedTo'), value: flag.assignedTo ? <bdi>{flag.assignedTo.displayName}</bdi> : t('followUp.common.nobody') },
    ...(flag.acknowledgedAt ? [{ label: t('followUp.flag.acknowledged'), value: format.dateTime(flag.acknowledgedAt) }] : []),
  ];

  return (
    <Stack gap="xl" maw={860}>
      <Stack gap="sm">
        <Anchor component={Link} to={FOLLOW_UP_PATHS.queue} size="sm" w="fit-content">
          {t('followUp.flag.back')}
        </Anchor>
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {t('followUp.flag.title', { pseudonym: flag.survivor.pseudonym, level: t(`followUp.levels.${flag.level}`) })}
        </Title>
        <Group gap="md" wrap="wrap">
          <Anchor component={Link} to={FOLLOW_UP_PATHS.timeline(flag.survivor.id)}>
            {t('followUp.flag.timelineLink')}
          </Anchor>
          <Anchor component={Link} to={CASELOAD_PATHS.survivor(flag.survivor.id)}>
            {t('followUp.flag.recordLink')}
          </Anchor>
        </Group>
        {done && (
          <Alert ref={noticeRef} tabIndex={-1} role="status" color="teal" variant="light" style={{ outline: 'none' }}>
            {t(`followUp.flag.done.${done}`)}
          </Alert>
        )}
        <FactList facts={facts} />
      </Stack>

      <Section heading={t('followUp.flag.reasonsHeading')} intro={t('followUp.flag.reasonsIntro')}>
        <Box component="ul" m={0} ps="lg">
          {flag.reasons.map((reason) => (
            <li key={reason.type}>{format.reason(reason)}</li>
          ))}
        </Box>
      </Section>

      {resolved && (
        <Section heading={t('followUp.flag.resolutionHeading')}>
          <FactList
            facts={[
              { label: t('followUp.flag.outcome'), value: flag.outcome ? t(`followUp.outcomes.${flag.outcome}`) : t('followUp.common.notRecorded') },
              ...(flag.resolvedAt ? [{ label: t('followUp.flag.resolved'), value: format.dateTime(flag.resolvedAt) }] : []),
            ]}
          />
          {resolution?.note && (
            <Stack gap={4}>
              <Text fw={700} size="sm">
                {t('followUp.flag.resolutionNote')}
              </Text>
              <Text dir="auto" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                {resolution.note}
              </Text>
            </Stack>
          )}
        </Section>
      )}

      {/* Kept while a refusal is shown: the flag may have been resolved meanwhile, and the reason must stay. */}
      {(!resolved || refusal !== null) && (
        <Section heading={t('followUp.flag.actHeading')} intro={resolved ? undefined : t('followUp.flag.actIntro')}>
          {refusal !== null && failed && <ServerErrorAlert error={refusal} title={t(`followUp.flag.failed.${failed}`)} />}
          {(canAcknowledge || canStart) && (
            <Group gap="sm">
              {canAcknowledge && (
                <Button onClick={step('acknowledge')} loading={acknowledge.isPending} disabled={pending}>
                  {t('followUp.flag.acknowledge')}
                </Button>
              )}
              {canStart && (
                <Button variant={canAcknowledge ? 'default' : 'filled'} onClick={step('start')} loading={start.isPending} disabled={pending}>
                  {t('followUp.flag.start')}
                </Button>
              )}
            </Group>
          )}
          {!resolved && (
            <Section order={3} size="h4" heading={t('followUp.resolve.heading')} intro={t('followUp.resolve.intro')}>
              <ResolveForm pending={resolve.isPending} run={(request) => run('resolve', () => resolve.mutateAsync({ ...request, signalsSeen: flag.signals.length }))} />
            </Section>
          )}
        </Section>
      )}

      <Section heading={t('followUp.note.heading')} intro={t('followUp.note.intro')}>
        <NoteForm pending={addNote.isPending} error={addNote.error} run={addNote.mutateAsync} />
      </Section>

      <Section heading={t('followUp.flag.signalsHeading')}>
        <SignalList signals={flag.signals} />
      </Section>

      <Section heading={t('followUp.history.heading')}>
        <FlagHistory events={flag.events} />
      </Section>
    </Stack>
  );
}
