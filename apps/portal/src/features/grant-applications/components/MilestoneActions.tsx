import { Button, Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../employers/components/ConfirmDialog';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import { minorToAmountText } from '../../employers/money';
import { serverFieldMessage } from '../../employers/serverErrors';
import type { GrantApplication, Milestone } from '../api/types';
import { LIMITS, amountProblemMessage, readAmount, today } from '../grantApplicationForm';
import { useMarkMilestone, useRecordDisbursement } from '../hooks/useGrantApplications';
import { useGrantFormat } from '../hooks/useGrantFormat';
import { AmountField, NoteField } from './ApplicationFields';

export type MilestoneNotice = 'milestoneMet' | 'milestoneMissed' | 'paymentRecorded';

interface MilestoneActionsProps {
  application: GrantApplication;
  milestone: Milestone;
  onDone: (notice: MilestoneNotice) => void;
}

/** A caseworker's steps on one milestone of an award: mark it met or missed, record a payment. */
export function MilestoneActions({ application, milestone, onDone }: MilestoneActionsProps) {
  const { t } = useTranslation();
  const [marking, setMarking] = useState<'met' | 'missed' | null>(null);
  const [paying, setPaying] = useState(false);
  const remaining = milestone.trancheMinor - milestone.disbursedMinor;
  const canPay = milestone.status !== 'missed' && remaining > 0;

  // The dialogs stay mounted when nothing is left to do, so a step just taken can still report back.
  return (
    <>
      {(milestone.status === 'pending' || canPay) && (
        <Group gap="sm">
          {milestone.status === 'pending' && (
            <>
              <Button variant="default" size="sm" onClick={() => setMarking('met')} aria-label={t('grantApplications.milestone.markMetNamed', { title: milestone.title })}>
                {t('grantApplications.milestone.markMet')}
              </Button>
              <Button
                variant="default"
                size="sm"
                onClick={() => setMarking('missed')}
                aria-label={t('grantApplications.milestone.markMissedNamed', { title: milestone.title })}
              >
                {t('grantApplications.milestone.markMissed')}
              </Button>
            </>
          )}
          {canPay && (
            <Button size="sm" onClick={() => setPaying(true)} aria-label={t('grantApplications.payment.openNamed', { title: milestone.title })}>
              {t('grantApplications.payment.open')}
            </Button>
          )}
        </Group>
      )}
      {marking && (
        <MarkDialog
          application={application}
          milestone={milestone}
          status={marking}
          onClose={() => setMarking(null)}
          onDone={() => {
            onDone(marking === 'met' ? 'milestoneMet' : 'milestoneMissed');
            setMarking(null);
          }}
        />
      )}
      {paying && (
        <PaymentDialog
          application={application}
          milestone={milestone}
          onClose={() => setPaying(false)}
          onDone={() => {
            onDone('paymentRecorded');
            setPaying(false);
          }}
        />
      )}
    </>
  );
}

interface DialogProps {
  application: GrantApplication;
  milestone: Milestone;
  onClose: () => void;
  onDone: () => void;
}

function MarkDialog({ application, milestone, status, onClose, onDone }: DialogProps & { status: 'met' | 'missed' }) {
  const { t } = useTranslation();
  const mark = useMarkMilestone(application.id);
  const [note, setNote] = useState('');
  return (
    <ConfirmDialog
      opened
      onClose={onClose}
      onConfirm={() => mark.mutate({ milestoneId: milestone.id, status, note: note.trim() || null }, { onSuccess: onDone })}
      title={status === 'met' ? t('grantApplications.milestone.confirmMetTitle') : t('grantApplications.milestone.confirmMissedTitle')}
      confirmLabel={mark.isPending ? t('grantApplications.milestone.saving') : status === 'met' ? t('grantApplications.milestone.markMet') : t('grantApplications.milestone.markMissed')}
      pending={mark.isPending}
      destructive={status === 'missed'}
    >
      <Text fw={600} dir="auto">
        {milestone.title}
      </Text>
      <Text size="sm">{status === 'met' ? t('grantApplications.milestone.confirmMetBody') : t('grantApplications.milestone.confirmMissedBody')}</Text>
      <NoteField
        label={t('grantApplications.milestone.note')}
        hint={t('grantApplications.milestone.noteHint')}
        value={note}
        onChange={setNote}
        error={serverFieldMessage(mark.error, 'note')}
      />
      {mark.error && <ServerErrorAlert error={mark.error} title={t('grantApplications.milestone.failed')} />}
    </ConfirmDialog>
  );
}

interface PaymentErrors {
  amount?: string;
  paidOn?: string;
}

function PaymentDialog({ application, milestone, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const format = useGrantFormat();
  const money = (minor: number) => format.money(minor, application.currency);
  const pay = useRecordDisbursement(application.id);
  const remaining = milestone.trancheMinor - milestone.disbursedMinor;
  const todayDate = today();
  const [amount, setAmount] = useState(minorToAmountText(remaining));
  const [paidOn, setPaidOn] = useState(todayDate);
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<PaymentErrors>({});

  const onConfirm = () => {
    const checked = readAmount(amount, { minMinor: 1, maxMinor: remaining });
    const found: PaymentErrors = {
      amount:
        'problem' in checked
          ? checked.problem === 'outsideRange'
            ? t('grantApplications.payment.tooMuch', { remaining: money(remaining) })
            : amountProblemMessage(t, checked.problem)
          : undefined,
      paidOn: !paidOn ? t('validation.required') : paidOn > todayDate ? t('grantApplications.payment.inFuture') : undefined,
    };
    setErrors(found);
    if (found.amount || found.paidOn || 'problem' in checked) return;
    pay.mutate({ milestoneId: milestone.id, amountMinor: checked.minor, paidOn, reference: reference.trim() || null }, { onSuccess: onDone });
  };

  return (
    <ConfirmDialog
      opened
      onClose={onClose}
      onConfirm={onConfirm}
      title={t('grantApplications.payment.title')}
      confirmLabel={pay.isPending ? t('grantApplications.payment.saving') : t('grantApplications.payment.submit')}
      pending={pay.isPending}
      destructive={false}
    >
      <Text fw={600} dir="auto">
        {milestone.title}
      </Text>
      <Text size="sm">{t('grantApplications.payment.remaining', { remaining: money(remaining), tranche: money(milestone.trancheMinor) })}</Text>
      <AmountField
        label={t('grantApplications.payment.amount')}
        name="amountPaid"
        value={amount}
        onChange={setAmount}
        error={errors.amount ?? serverFieldMessage(pay.error, 'amountMinor')}
      />
      <TextInput
        type="date"
        label={t('grantApplications.payment.paidOn')}
        required
        max={todayDate}
        maw={280}
        value={paidOn}
        onChange={(event) => setPaidOn(event.currentTarget.value)}
        error={errors.paidOn ?? serverFieldMessage(pay.error, 'paidOn')}
      />
      <TextInput
        label={t('grantApplications.payment.reference')}
        description={t('grantApplications.payment.referenceHint')}
        dir="auto"
        maxLength={LIMITS.referenceMax}
        value={reference}
        onChange={(event) => setReference(event.currentTarget.value)}
        error={serverFieldMessage(pay.error, 'reference')}
      />
      {pay.error && <ServerErrorAlert error={pay.error} title={t('grantApplications.payment.failed')} />}
    </ConfirmDialog>
  );
}
