import { Button, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../employers/components/ConfirmDialog';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import { serverFieldMessage } from '../../employers/serverErrors';
import { DetailSection } from '../../opportunities/components/DetailParts';
import type { GrantApplication } from '../api/types';
import { today } from '../grantApplicationForm';
import { useRecordTradingEnded } from '../hooks/useGrantApplications';
import { useGrantFormat } from '../hooks/useGrantFormat';

interface TradingEndedActionProps {
  /** Awarded, and still trading as far as anyone has said. */
  application: GrantApplication;
  onDone: () => void;
}

/** "Record that the business stopped trading": its last day, which ends its run in the outcomes figures. */
export function TradingEndedAction({ application, onDone }: TradingEndedActionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <DetailSection heading={t('grantApplications.trading.heading')}>
      <Text>{t('grantApplications.trading.intro')}</Text>
      <Button variant="outline" w="fit-content" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('grantApplications.trading.open')}
      </Button>
      {open && (
        <TradingEndedDialog
          application={application}
          onClose={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            onDone();
          }}
        />
      )}
    </DetailSection>
  );
}

function TradingEndedDialog({ application, onClose, onDone }: TradingEndedActionProps & { onClose: () => void }) {
  const { t } = useTranslation();
  const format = useGrantFormat();
  const record = useRecordTradingEnded(application.id);
  const todayDate = today();
  // The API counts from the award's day (UTC), and refuses a last day before it.
  const awardDay = application.decidedAt?.slice(0, 10);
  const [endedOn, setEndedOn] = useState(todayDate);
  const [error, setError] = useState<string | undefined>();

  const onConfirm = async () => {
    const found = !endedOn
      ? t('validation.required')
      : awardDay && endedOn < awardDay
        ? t('grantApplications.trading.beforeAward', { date: format.date(awardDay) })
        : endedOn > todayDate
          ? t('grantApplications.trading.inFuture')
          : undefined;
    setError(found);
    if (found) return;
    try {
      // Awaited rather than an onSuccess option: the saved application no longer offers this
      // step, so this dialog unmounts with it and its own callbacks would never run.
      await record.mutateAsync({ endedOn });
      onDone();
    } catch {
      // Shown in the dialog, which stays open for another try.
    }
  };

  return (
    <ConfirmDialog
      opened
      onClose={onClose}
      onConfirm={() => void onConfirm()}
      title={t('grantApplications.trading.title')}
      confirmLabel={record.isPending ? t('grantApplications.trading.saving') : t('grantApplications.trading.submit')}
      pending={record.isPending}
    >
      <Text size="sm">{t('grantApplications.trading.body')}</Text>
      <TextInput
        type="date"
        label={t('grantApplications.trading.endedOn')}
        required
        min={awardDay}
        max={todayDate}
        maw={280}
        value={endedOn}
        onChange={(event) => setEndedOn(event.currentTarget.value)}
        error={error ?? serverFieldMessage(record.error, 'endedOn')}
      />
      {record.error && <ServerErrorAlert error={record.error} title={t('grantApplications.trading.failed')} />}
    </ConfirmDialog>
  );
}
