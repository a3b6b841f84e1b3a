import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { PLACEMENT_END_REASONS, type PlacementEndReason } from '@onward/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import { serverFieldMessage } from '../../employers/serverErrors';
import { PHONE_QUERY, TOUCH_CHOICE_STYLES, TOUCH_SIZE } from '../../opportunities/layout';
import { todayIso } from '../format';
import { useEndPlacement } from '../hooks/usePlacements';
import { FreeTextField } from './FreeTextField';

/** Who records the end: the person themself, their caseworker, or the employer. */
export type PlacementAudience = 'you' | 'caseworker' | 'employer';

/** An employer does not suspend itself; the person is not asked about a decision Onward made. */
const REASONS: Record<PlacementAudience, readonly PlacementEndReason[]> = {
  you: PLACEMENT_END_REASONS.filter((reason) => reason !== 'employer_suspended'),
  caseworker: PLACEMENT_END_REASONS,
  employer: PLACEMENT_END_REASONS.filter((reason) => reason !== 'employer_suspended'),
};

interface EndPlacementButtonProps {
  placementId: string;
  /** YYYY-MM-DD: the end cannot come before it. */
  startDate: string;
  audience: PlacementAudience;
  onEnded: () => void;
}

interface Errors {
  endDate?: string;
  reason?: string;
}

/** "I left / I lost this job", or "Record that this job ended": the last day, why, and a note. */
export function EndPlacementButton({ placementId, startDate, audience, onEnded }: EndPlacementButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const fullScreen = useMediaQuery(PHONE_QUERY, undefined, { getInitialValueInEffect: false });
  const end = useEndPlacement(placementId);
  const [endDate, setEndDate] = useState('');
  const [reason, setReason] = useState<PlacementEndReason | ''>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const today = todayIso();
  const voice = audience === 'you' ? 'you' : 'staff';

  const onOpen = () => {
    end.reset();
    setEndDate(today);
    setReason('');
    setNote('');
    setErrors({});
    open();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {
      endDate: !endDate
        ? t('validation.required')
        : endDate < startDate
          ? t('applications.end.beforeStart')
          : endDate > today
            ? t('applications.end.inFuture')
            : undefined,
      reason: reason ? undefined : t(`applications.end.chooseReason.${voice}`),
    };
    setErrors(found);
    if (found.endDate || found.reason || !reason) return;
    try {
      await end.mutateAsync({ endDate, reason, note: note.trim() || null });
      close();
      onEnded();
    } catch {
      // Shown in the dialog, which stays open for another try.
    }
  };

  return (
    <>
      <Button variant="outline" color={audience === 'you' ? undefined : 'red.9'} mih={TOUCH_SIZE} w="fit-content" aria-haspopup="dialog" onClick={onOpen}>
        {t(`applications.end.open.${voice}`)}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t(`applications.end.title.${voice}`)}
        size="lg"
        fullScreen={fullScreen}
        closeButtonProps={{ 'aria-label': t('applications.common.close') }}
      >
        <form method="post" noValidate onSubmit={(event) => void onSubmit(event)}>
          <Stack gap="md">
            <Text>{t(`applications.end.intro.${audience}`)}</Text>
            <TextInput
              type="date"
              label={t(`applications.end.endDate.${voice}`)}
              name="endDate"
              required
              min={startDate}
              max={today}
              maw={240}
              value={endDate}
              onChange={(event) => setEndDate(event.currentTarget.value)}
              error={errors.endDate ?? serverFieldMessage(end.error, 'endDate')}
            />
            <Radio.Group
              label={t(`applications.end.reason.${voice}`)}
              name="reason"
              required
              value={reason}
              onChange={(value) => setReason(REASONS[audience].find((candidate) => candidate === value) ?? '')}
              error={errors.reason ?? serverFieldMessage(end.error, 'reason')}
            >
              <Stack gap={0} mt="xs">
                {REASONS[audience].map((value) => (
                  <Radio
                    key={value}
                    value={value}
                    size="md"
                    styles={TOUCH_CHOICE_STYLES}
                    label={audience === 'you' ? t(`applications.endReasonsForYou.${value}`) : t(`applications.endReasons.${value}`)}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <FreeTextField kind="note" label={t(`applications.end.note.${voice}`)} description={t(`applications.end.noteHint.${audience}`)} value={note} onChange={setNote} />
            {end.error && <ServerErrorAlert error={end.error} title={t('applications.end.failed')} />}
            <Group gap="sm">
              <Button type="submit" mih={TOUCH_SIZE} disabled={end.isPending}>
                {end.isPending ? t('applications.end.sending') : t(`applications.end.submit.${voice}`)}
              </Button>
              <Button variant="default" mih={TOUCH_SIZE} onClick={close}>
                {t('applications.common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
