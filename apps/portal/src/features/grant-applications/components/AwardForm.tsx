import { Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { minorToAmountText, parseAmountToMinor } from '../../employers/money';
import { serverFieldMessage } from '../../employers/serverErrors';
import type { AwardRequest, GrantApplication } from '../api/types';
import {
  LIMITS,
  awardFormToRequest,
  hasAwardErrors,
  today,
  trancheSum,
  validateAwardForm,
  type AwardFormErrors,
  type AwardFormValues,
  type MilestoneRow,
} from '../grantApplicationForm';
import { useGrantFormat } from '../hooks/useGrantFormat';
import { AmountField, NoteField } from './ApplicationFields';

interface AwardFormProps {
  application: GrantApplication;
  onSubmit: (request: AwardRequest) => void;
  onCancel: () => void;
  pending: boolean;
  serverError: unknown;
}

const NO_ERRORS: AwardFormErrors = { milestones: [] };

/**
 * The award: an amount, a note the person sees, and 1 to 12 milestones whose tranches must add
 * up to the amount. The running sum is shown as it changes; sending waits until they are equal.
 */
export function AwardForm({ application, onSubmit, onCancel, pending, serverError }: AwardFormProps) {
  const { t } = useTranslation();
  const format = useGrantFormat();
  const money = (minor: number) => format.money(minor, application.currency);
  const requested = minorToAmountText(application.requestedMinor);
  const nextKey = useRef(2);
  const [values, setValues] = useState<AwardFormValues>({
    amount: requested,
    note: '',
    milestones: [{ key: 1, title: '', dueDate: '', tranche: requested }],
  });
  const [errors, setErrors] = useState<AwardFormErrors>(NO_ERRORS);
  const titleInputs = useRef(new Map<number, HTMLInputElement>());
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const sumId = useId();
  const todayDate = today();

  // A milestone added takes focus to its first field, so the keyboard stays where the work is.
  useEffect(() => {
    if (focusKey === null) return;
    titleInputs.current.get(focusKey)?.focus();
    setFocusKey(null);
  }, [focusKey]);

  const amountMinor = parseAmountToMinor(values.amount);
  const sum = trancheSum(values.milestones);
  const balanced = amountMinor !== null && amountMinor > 0 && sum === amountMinor;

  const setRow = (key: number, change: Partial<MilestoneRow>) =>
    setValues((current) => ({ ...current, milestones: current.milestones.map((row) => (row.key === key ? { ...row, ...change } : row)) }));

  const addRow = () => {
    const key = nextKey.current++;
    setValues((current) => ({ ...current, milestones: [...current.milestones, { key, title: '', dueDate: '', tranche: '' }] }));
    setFocusKey(key);
  };

  const removeRow = (key: number) => {
    const index = values.milestones.findIndex((row) => row.key === key);
    setValues((current) => ({ ...current, milestones: current.milestones.filter((row) => row.key !== key) }));
    setErrors((current) => ({ ...current, milestones: current.milestones.filter((_, position) => position !== index) }));
    // Focus moves to the row before (or the new first one), never to a field that has gone.
    const remaining = values.milestones.filter((row) => row.key !== key);
    setFocusKey(remaining[Math.max(0, index - 1)]?.key ?? null);
  };

  const onFormSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateAwardForm(t, values, { maxMinor: application.programme.amountMaxMinor, todayDate });
    setErrors(found);
    if (hasAwardErrors(found) || !balanced) return;
    onSubmit(awardFormToRequest(values));
  };

  const sumWords =
    amountMinor === null || amountMinor === 0
      ? t('grantApplications.award.sumOnly', { sum: money(sum) })
      : sum === amountMinor
        ? t('grantApplications.award.sumEqual', { sum: money(sum) })
        : sum < amountMinor
          ? t('grantApplications.award.sumBelow', { sum: money(sum), amount: money(amountMinor), difference: money(amountMinor - sum) })
          : t('grantApplications.award.sumAbove', { sum: money(sum), amount: money(amountMinor), difference: money(sum - amountMinor) });

  return (
    <form method="post" noValidate onSubmit={onFormSubmit}>
      <Stack gap="md">
        <AmountField
          label={t('grantApplications.award.amount')}
          hint={t('grantApplications.award.amountHint', {
            requested: money(application.requestedMinor),
            max: money(application.programme.amountMaxMinor),
          })}
          name="amount"
          value={values.amount}
          onChange={(amount) => setValues((current) => ({ ...current, amount }))}
          error={errors.amount ?? serverFieldMessage(serverError, 'amountMinor')}
        />
        <NoteField
          label={t('grantApplications.award.note')}
          hint={t('grantApplications.award.noteHint')}
          value={values.note}
          onChange={(note) => setValues((current) => ({ ...current, note }))}
        />

        <Stack gap="sm">
          <Text fw={700}>{t('grantApplications.award.milestonesLegend')}</Text>
          <Text size="sm">{t('grantApplications.award.milestonesIntro', { max: LIMITS.milestonesMax })}</Text>
          {values.milestones.map((row, index) => {
            const rowErrors = errors.milestones[index] ?? {};
            const number = index + 1;
            return (
              <Fieldset key={row.key} legend={t('grantApplications.award.milestoneLegend', { number })}>
                <Stack gap="sm">
                  <TextInput
                    ref={(element) => {
                      if (element) titleInputs.current.set(row.key, element);
                      else titleInputs.current.delete(row.key);
                    }}
                    label={t('grantApplications.award.milestoneName')}
                    description={number === 1 ? t('grantApplications.award.milestoneNameHint') : undefined}
                    required
                    dir="auto"
                    maxLength={LIMITS.milestoneTitleMax}
                    value={row.title}
                    onChange={(event) => setRow(row.key, { title: event.currentTarget.value })}
                    error={rowErrors.title ?? serverFieldMessage(serverError, `milestones.${index}.title`)}
                  />
                  <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                    <TextInput
                      type="date"
                      label={t('grantApplications.award.dueDate')}
                      required
                      min={todayDate}
                      value={row.dueDate}
                      onChange={(event) => setRow(row.key, { dueDate: event.currentTarget.value })}
                      error={rowErrors.dueDate ?? serverFieldMessage(serverError, `milestones.${index}.dueDate`)}
                    />
                    <AmountField
                      label={t('grantApplications.award.tranche')}
                      name={`tranche-${row.key}`}
                      value={row.tranche}
                      onChange={(tranche) => setRow(row.key, { tranche })}
                      error={rowErrors.tranche ?? serverFieldMessage(serverError, `milestones.${index}.trancheMinor`)}
                    />
                  </SimpleGrid>
                  {values.milestones.length > 1 && (
                    <Button
                      variant="subtle"
                      color="red"
                      w="fit-content"
                      aria-label={t('grantApplications.award.removeMilestoneNamed', { number })}
                      onClick={() => removeRow(row.key)}
                    >
                      {t('grantApplications.award.removeMilestone')}
                    </Button>
                  )}
                </Stack>
              </Fieldset>
            );
          })}
          <Button variant="default" w="fit-content" onClick={addRow} disabled={values.milestones.length >= LIMITS.milestonesMax}>
            {t('grantApplications.award.addMilestone')}
          </Button>
          <Text id={sumId} role="status" fw={600} c={balanced ? 'teal.8' : undefined}>
            {sumWords}
          </Text>
        </Stack>

        <Group gap="sm">
          <Button type="submit" disabled={pending || !balanced} aria-describedby={sumId}>
            {pending ? t('grantApplications.award.submitting') : t('grantApplications.award.submit')}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={pending}>
            {t('grantApplications.award.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
