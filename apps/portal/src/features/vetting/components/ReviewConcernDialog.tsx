import { Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Concern } from '../../../api/types';
import { ConfirmDialog } from '../../employers/components/ConfirmDialog';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import { serverFieldMessage } from '../../employers/serverErrors';
import { useReviewConcern } from '../hooks/useConcerns';

type Outcome = 'upheld' | 'dismissed';
const NOTE_MIN = 3;
const NOTE_MAX = 4000;

interface ReviewConcernDialogProps {
  concern: Concern;
  onClose: () => void;
  onReviewed: (outcome: Outcome) => void;
}

/** Records whether a concern is founded; a dismissal can lift the hold on the employer. */
export function ReviewConcernDialog({ concern, onClose, onReviewed }: ReviewConcernDialogProps) {
  const { t } = useTranslation();
  const review = useReviewConcern(concern.id);
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ outcome?: string; note?: string }>({});

  const onConfirm = () => {
    const next = {
      outcome: outcome ? undefined : t('vetting.concerns.outcomeRequired'),
      note: note.trim().length < NOTE_MIN ? t('vetting.concerns.noteRequired', { count: NOTE_MIN }) : undefined,
    };
    setErrors(next);
    if (next.outcome || next.note || !outcome) return;
    review.mutate({ outcome, note: note.trim() }, { onSuccess: () => onReviewed(outcome) });
  };

  return (
    <ConfirmDialog
      opened
      onClose={onClose}
      onConfirm={onConfirm}
      title={t('vetting.concerns.reviewTitle')}
      confirmLabel={review.isPending ? t('vetting.concerns.recording') : t('vetting.concerns.record')}
      pending={review.isPending}
      destructive={false}
    >
      <Text size="sm">
        {t(`reference.concernCategories.${concern.category}`)} · {concern.employerName}
      </Text>
      {review.error && <ServerErrorAlert error={review.error} title={t('vetting.concerns.reviewFailed')} />}
      <Radio.Group
        label={t('vetting.concerns.outcome')}
        name="outcome"
        required
        value={outcome}
        onChange={(value) => setOutcome(value as Outcome)}
        error={errors.outcome ?? serverFieldMessage(review.error, 'outcome')}
      >
        <Stack gap="sm" mt="xs">
          <Radio value="upheld" label={t('vetting.concerns.upheld')} description={t('vetting.concerns.upheldHint')} />
          <Radio value="dismissed" label={t('vetting.concerns.dismissed')} description={t('vetting.concerns.dismissedHint')} />
        </Stack>
      </Radio.Group>
      <Textarea
        size="md"
        label={t('vetting.concerns.note')}
        description={t('vetting.concerns.noteHint')}
        required
        resize="vertical"
        rows={3}
        maxLength={NOTE_MAX}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        error={errors.note ?? serverFieldMessage(review.error, 'note')}
      />
    </ConfirmDialog>
  );
}
