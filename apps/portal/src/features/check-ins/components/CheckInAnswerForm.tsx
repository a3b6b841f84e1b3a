import { Alert, Button, Stack, Text, Textarea } from '@mantine/core';
import { CHECK_IN_NOTE_MAX_LENGTH, CHECK_IN_QUESTIONS, type CheckInQuestion } from '@onward/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/errors';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import { TOUCH_SIZE } from '../../opportunities/layout';
import type { CheckIn, CheckInAnswersRequest } from '../api/types';
import { useAnswerCheckIn } from '../hooks/useCheckIns';
import { YesNoQuestion } from './YesNoQuestion';

/** Who is answering: the survivor ("Are you…"), or a caseworker recording a call ("Are they…"). */
export type CheckInVoice = 'survivor' | 'caseworker';

export interface CheckInAnswerFormProps {
  checkIn: CheckIn;
  voice: CheckInVoice;
  /** Called with the answered check-in once the API has it. */
  onAnswered?: (answered: CheckIn) => void;
}

type Answers = Omit<CheckInAnswersRequest, 'note'>;
type PartialAnswers = Partial<Record<CheckInQuestion, boolean>>;

function isComplete(answers: PartialAnswers): answers is Answers {
  return CHECK_IN_QUESTIONS.every((question) => answers[question] !== undefined);
}

/** 409: answered already, not open yet, or no longer needed. Asking again will not change that. */
function isClosed(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409;
}

/**
 * The six yes/no questions of a check-in and an optional note. Every question must be answered
 * before anything is sent; the first one left out takes focus, and each says what it needs.
 */
export function CheckInAnswerForm({ checkIn, voice, onAnswered }: CheckInAnswerFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const nameId = useId();
  const answer = useAnswerCheckIn(checkIn.id);
  const [answers, setAnswers] = useState<PartialAnswers>({});
  const [note, setNote] = useState('');
  const [triedToSend, setTriedToSend] = useState(false);
  const firstChoices = useRef<Partial<Record<CheckInQuestion, HTMLInputElement | null>>>({});
  const resultRef = useRef<HTMLDivElement>(null);

  const closed = isClosed(answer.error) ? answer.error : null;
  const finished = answer.isSuccess || closed !== null;

  // The form gives way to the result: focus must not stay on a button that is gone.
  useEffect(() => {
    if (finished) resultRef.current?.focus();
  }, [finished]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (answer.isPending) return;
    if (!isComplete(answers)) {
      setTriedToSend(true);
      const firstMissing = CHECK_IN_QUESTIONS.find((question) => answers[question] === undefined);
      if (firstMissing) firstChoices.current[firstMissing]?.focus();
      return;
    }
    const request: CheckInAnswersRequest = {
      stillWorking: answers.stillWorking,
      paidAsPromised: answers.paidAsPromised,
      hoursAsPromised: answers.hoursAsPromised,
      feelSafe: answers.feelSafe,
      housingStable: answers.housingStable,
      pastContact: answers.pastContact,
      note: note.trim() || null,
    };
    answer.mutate(request, { onSuccess: (answered) => onAnswered?.(answered) });
  };

  if (answer.isSuccess) {
    const answered = answer.data.answers;
    // What a survivor said that their caseworker acts on at once (libs/risk: critical on its own).
    const worrying = answered !== null && (!answered.feelSafe || answered.pastContact);
    return (
      <Alert ref={resultRef} tabIndex={-1} color="teal" variant="light" role="status" title={t(`checkIns.form.done.${voice}.title`)} style={{ outline: 'none' }}>
        <Stack gap="xs">
          <Text size="sm">{t(`checkIns.form.done.${voice}.body`)}</Text>
          {voice === 'survivor' && worrying && <Text size="sm">{t('checkIns.form.done.survivor.soon')}</Text>}
        </Stack>
      </Alert>
    );
  }

  if (closed) {
    return (
      <Alert ref={resultRef} tabIndex={-1} color="blue" variant="light" role="status" title={t(`checkIns.form.closed.${voice}`)} style={{ outline: 'none' }}>
        {/* The API writes in English: marked so, a right-to-left page still shows it in order. */}
        <Text size="sm" lang="en" dir="auto">
          {closed.message}
        </Text>
      </Alert>
    );
  }

  return (
    <form id={formId} method="post" noValidate onSubmit={onSubmit} aria-labelledby={nameId}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Text id={nameId} fw={700} size="lg">
            {t(`checkIns.form.name.${voice}`)}
          </Text>
          <Text>{t(`checkIns.form.intro.${voice}`)}</Text>
        </Stack>
        {CHECK_IN_QUESTIONS.map((question) => (
          <YesNoQuestion
            key={question}
            ref={(element) => {
              firstChoices.current[question] = element;
            }}
            name={`${formId}-${question}`}
            question={t(`checkIns.questions.${voice}.${question}`)}
            value={answers[question]}
            onChange={(value) => setAnswers((current) => ({ ...current, [question]: value }))}
            error={triedToSend && answers[question] === undefined ? t('checkIns.form.required') : undefined}
          />
        ))}
        <Textarea
          label={t(`checkIns.form.note.${voice}`)}
          description={t(`checkIns.form.noteHint.${voice}`)}
          name="note"
          dir="auto"
          rows={4}
          resize="vertical"
          maxLength={CHECK_IN_NOTE_MAX_LENGTH}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          styles={{ label: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
        />
        {answer.error && <ServerErrorAlert error={answer.error} title={t(`checkIns.form.failed.${voice}`)} />}
        <Button type="submit" mih={TOUCH_SIZE} w="fit-content" disabled={answer.isPending}>
          {answer.isPending ? t(`checkIns.form.sending.${voice}`) : t(`checkIns.form.submit.${voice}`)}
        </Button>
      </Stack>
    </form>
  );
}
