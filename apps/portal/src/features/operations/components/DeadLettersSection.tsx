import { Alert, Button, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardList } from '../../shell/components/CardList';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../../api/errors';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import { PHONE_QUERY } from '../../opportunities/layout';
import { formatDateTime } from '../../reference';
import { DataTable } from '../../shell/components/DataTable';
import { FactList } from '../../shell/components/FactList';
import { ListPagination, ListRange } from '../../shell/components/ListPagination';
import { ListResults } from '../../shell/components/ListResults';
import { Section } from '../../shell/components/Section';
import type { DeadLetter } from '../api/types';
import { queueLabelKey } from '../format';
import { useDeadLetters, useRetryDeadLetter } from '../hooks/useOperations';
import { ConfirmDialog } from '../../employers/components/ConfirmDialog';
import { QueueName } from './QueueName';

export const DEAD_LETTERS_PER_PAGE = 20;

type Outcome = { kind: 'retried'; queue: string } | { kind: 'gone' };

/** Jobs that failed every attempt, each with a Retry that asks first and says what happened. */
export function DeadLettersSection() {
  const { t } = useTranslation();
  const isPhone = useMediaQuery(PHONE_QUERY, undefined, { getInitialValueInEffect: false }) ?? false;
  const [searchParams, setSearchParams] = useSearchParams();
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const list = useDeadLetters({ limit: DEAD_LETTERS_PER_PAGE, offset: (page - 1) * DEAD_LETTERS_PER_PAGE });
  const retry = useRetryDeadLetter();
  const [chosen, setChosen] = useState<DeadLetter | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const queueLabel = (name: string) => {
    const key = queueLabelKey(name);
    return key ? t(key) : name;
  };

  const close = () => {
    setChosen(null);
    retry.reset();
  };
  const onConfirm = () => {
    if (!chosen || retry.isPending) return;
    retry.mutateAsync(chosen.id).then(
      (answer) => {
        setChosen(null);
        setOutcome({ kind: 'retried', queue: answer.queue });
      },
      (error: unknown) => {
        // Someone else (or an earlier click) retried it: nothing to do, and nothing went wrong.
        if (error instanceof ApiError && error.status === 404) {
          setChosen(null);
          retry.reset();
          setOutcome({ kind: 'gone' });
        }
      },
    );
  };
  const open = (letter: DeadLetter, button: HTMLElement) => {
    opener.current = button;
    setOutcome(null);
    setChosen(letter);
  };
  // The row retried leaves the list, and its button with it: focus goes to what happened instead.
  const onClosed = () => (outcome ? noticeRef.current : opener.current?.isConnected ? opener.current : noticeRef.current)?.focus();
  const label = t('operations.deadLetters.tableLabel');

  return (
    <Section heading={t('operations.deadLetters.heading')} intro={t('operations.deadLetters.intro')}>
      {outcome && (
        <Alert ref={noticeRef} tabIndex={-1} role="status" color={outcome.kind === 'retried' ? 'teal' : 'blue'} variant="light">
          {outcome.kind === 'retried' ? t('operations.deadLetters.retried', { queue: queueLabel(outcome.queue) }) : t('operations.deadLetters.alreadyGone')}
        </Alert>
      )}
      <ListRange list={list} page={page} perPage={DEAD_LETTERS_PER_PAGE} />
      <ListResults list={list} loadingLabel={t('operations.deadLetters.loading')} failed={t('operations.deadLetters.failed')} empty={t('operations.deadLetters.none')}>
        {({ items, total }) => (
          <>
            {isPhone ? <DeadLetterCards letters={items} label={label} onRetry={open} /> : <DeadLetterTable letters={items} label={label} onRetry={open} />}
            <ListPagination
              label={t('operations.deadLetters.pages')}
              total={total}
              perPage={DEAD_LETTERS_PER_PAGE}
              page={page}
              onChange={(next) => setSearchParams(next > 1 ? { page: String(next) } : {}, { replace: true })}
            />
          </>
        )}
      </ListResults>
      <ConfirmDialog
        opened={chosen !== null}
        onClose={close}
        onConfirm={onConfirm}
        onClosed={onClosed}
        title={t('operations.deadLetters.confirmTitle')}
        confirmLabel={retry.isPending ? t('operations.deadLetters.retrying') : t('operations.deadLetters.confirm')}
        pending={retry.isPending}
        destructive={false}
      >
        <Text>{chosen && t('operations.deadLetters.confirmBody', { queue: queueLabel(chosen.queue) })}</Text>
        {retry.error && <ServerErrorAlert error={retry.error} title={t('operations.deadLetters.retryFailed')} />}
      </ConfirmDialog>
    </Section>
  );
}

interface LettersProps {
  letters: DeadLetter[];
  label: string;
  onRetry: (letter: DeadLetter, button: HTMLElement) => void;
}

function useLetterFormat() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const time = (value: string | null) => (value ? formatDateTime(value, language) : t('operations.deadLetters.unknownTime'));
  return {
    time,
    error: (letter: DeadLetter) => letter.error ?? t('operations.deadLetters.noError'),
    retryLabel: (letter: DeadLetter) => {
      const key = queueLabelKey(letter.queue);
      return t('operations.deadLetters.retryLabel', { queue: key ? t(key) : letter.queue, time: time(letter.diedAt) });
    },
  };
}

/** The error is the API's text (English, redacted): marked so, a right-to-left page still shows it in order. */
function ErrorText({ text }: { text: string }) {
  return (
    <Text span size="sm" lang="en" dir="ltr" style={{ overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  );
}

function RetryButton({ letter, onRetry }: { letter: DeadLetter; onRetry: (letter: DeadLetter, button: HTMLElement) => void }) {
  const { t } = useTranslation();
  const format = useLetterFormat();
  return (
    <Button size="sm" variant="outline" onClick={(event) => onRetry(letter, event.currentTarget)} aria-label={format.retryLabel(letter)}>
      {t('operations.deadLetters.retry')}
    </Button>
  );
}

function DeadLetterTable({ letters, label, onRetry }: LettersProps) {
  const { t } = useTranslation();
  const format = useLetterFormat();
  return (
    <DataTable
      label={label}
      minWidth={900}
      rows={letters}
      columns={[
        { header: t('operations.deadLetters.queue'), cell: (letter) => <QueueName name={letter.queue} /> },
        { header: t('operations.deadLetters.createdAt'), cell: (letter) => format.time(letter.createdAt) },
        { header: t('operations.deadLetters.diedAt'), cell: (letter) => format.time(letter.diedAt) },
        { header: t('operations.deadLetters.attempts'), cell: (letter) => letter.attempts },
        { header: t('operations.deadLetters.error'), cell: (letter) => <ErrorText text={format.error(letter)} /> },
        { header: t('operations.deadLetters.action'), cell: (letter) => <RetryButton letter={letter} onRetry={onRetry} /> },
      ]}
    />
  );
}

/** On a phone: one card a dead letter, every fact labelled. */
function DeadLetterCards({ letters, label, onRetry }: LettersProps) {
  const { t } = useTranslation();
  const format = useLetterFormat();
  return (
    <CardList items={letters} label={label}>
      {(letter) => (
        <>
          <QueueName name={letter.queue} />
          <FactList
            facts={[
              { label: t('operations.deadLetters.createdAt'), value: format.time(letter.createdAt) },
              { label: t('operations.deadLetters.diedAt'), value: format.time(letter.diedAt) },
              { label: t('operations.deadLetters.attempts'), value: letter.attempts },
              { label: t('operations.deadLetters.error'), value: <ErrorText text={format.error(letter)} /> },
            ]}
          />
          <RetryButton letter={letter} onRetry={onRetry} />
        </>
      )}
    </CardList>
  );
}
