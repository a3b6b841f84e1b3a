import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { CHECK_IN_QUESTIONS, type CheckInQuestion, type CheckInStatus } from '@onward/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckInAnswerForm } from '../../check-ins';
import { FactList } from '../../shell/components/FactList';
import type { CheckInAnswers, TimelineCheckIn } from '../api/types';
import { useFollowUpFormat } from '../format';

const STATUS_COLORS: Record<CheckInStatus, string> = { scheduled: 'gray', due: 'blue', answered: 'teal', missed: 'red', cancelled: 'gray' };

/** The answer that points to risk, for each question: it is marked in words, not only shown. */
const WORRYING: Record<CheckInQuestion, boolean> = {
  stillWorking: false,
  paidAsPromised: false,
  hoursAsPromised: false,
  feelSafe: false,
  housingStable: false,
  pastContact: true,
};

/** A caseworker can record answers from a call while the check-in is open or was missed. */
const RECORDABLE: readonly CheckInStatus[] = ['due', 'missed'];

interface CheckInItemProps {
  checkIn: TimelineCheckIn;
  onAnswered: () => void;
}

/** One check-in on a timeline: when, for which job, its status, and the answers once given. */
export function CheckInItem({ checkIn, onAnswered }: CheckInItemProps) {
  const { t } = useTranslation();
  const format = useFollowUpFormat();
  const formId = useId();
  // Stays open after answering (when the check-in is no longer recordable), so the form's own result stays on screen.
  const [recording, setRecording] = useState(false);
  const recordable = RECORDABLE.includes(checkIn.status);

  return (
    <Card component="li" withBorder padding="md">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={3} size="h4">
            {t('followUp.checkIns.heading', { day: checkIn.dayOffset, date: format.date(checkIn.dueOn) })}
          </Title>
          <Badge variant="light" color={STATUS_COLORS[checkIn.status]} tt="none" size="lg" style={{ whiteSpace: 'normal', height: 'auto' }}>
            {t(`followUp.checkIns.statuses.${checkIn.status}`)}
          </Badge>
        </Group>
        <Text size="sm" dir="auto">
          {t('followUp.checkIns.job', { job: checkIn.jobTitle, employer: checkIn.employerName })}
        </Text>
        {checkIn.answeredAt && (
          <Text size="sm">
            {t(`followUp.checkIns.answeredBy.${checkIn.answeredByRole === 'caseworker' ? 'caseworker' : 'survivor'}`, { date: format.dateTime(checkIn.answeredAt) })}
          </Text>
        )}
        {checkIn.answers && <Answers answers={checkIn.answers} />}
        {checkIn.note && (
          <Stack gap={2}>
            <Text fw={700} size="sm">
              {t('followUp.checkIns.note')}
            </Text>
            <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {checkIn.note}
            </Text>
          </Stack>
        )}
        {recordable && (
          <Button variant="default" w="fit-content" aria-expanded={recording} aria-controls={recording ? formId : undefined} onClick={() => setRecording((open) => !open)}>
            {recording ? t('followUp.checkIns.closeRecord') : t('followUp.checkIns.record')}
          </Button>
        )}
        {recording && (
          <div id={formId}>
            <CheckInAnswerForm checkIn={checkIn} voice="caseworker" onAnswered={onAnswered} />
          </div>
        )}
      </Stack>
    </Card>
  );
}

function Answers({ answers }: { answers: CheckInAnswers }) {
  const { t } = useTranslation();
  return (
    <FactList
      facts={CHECK_IN_QUESTIONS.map((question) => {
        const value = answers[question];
        return {
          label: t(`followUp.checkIns.questions.${question}`),
          value: (
            <Group component="span" gap={6} wrap="wrap">
              <span>{value ? t('followUp.common.yes') : t('followUp.common.no')}</span>
              {value === WORRYING[question] && (
                <Badge component="span" variant="light" color="red" tt="none">
                  {t('followUp.checkIns.needsAttention')}
                </Badge>
              )}
            </Group>
          ),
        };
      })}
    />
  );
}
