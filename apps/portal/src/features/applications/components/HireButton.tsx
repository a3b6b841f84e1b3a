import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { HOURS_PER_WEEK_MAX, WAGE_PERIODS, type WagePeriod } from '@onward/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import { useJob } from '../../employers/hooks/useJobs';
import { minorToAmountText, parseAmountToMinor } from '../../employers/money';
import { serverFieldMessage } from '../../employers/serverErrors';
import { PHONE_QUERY } from '../../opportunities/layout';
import { useRegions } from '../../reference';
import { aYearAgoIso } from '../format';
import { useHire } from '../hooks/useApplications';

/** When the job cannot be read, the currency is asked for; most of Onward's regions pay in pounds. */
export const DEFAULT_CURRENCY = 'GBP';

interface Values {
  startDate: string;
  amount: string;
  currency: string;
  period: WagePeriod;
  hours: string;
}

type Errors = Partial<Record<keyof Values, string>>;

interface HireButtonProps {
  applicationId: string;
  jobId: string;
  pseudonym: string;
  onHired: () => void;
}

/**
 * "Hire": the start date and the agreed pay and hours. The pay is typed in major units
 * ("12.50") and sent in minor units (1250), in the job's currency; the job's own pay and hours
 * are offered to begin with.
 */
export function HireButton({ applicationId, jobId, pseudonym, onHired }: HireButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const fullScreen = useMediaQuery(PHONE_QUERY, undefined, { getInitialValueInEffect: false });
  const job = useJob(jobId);
  const { regions } = useRegions();
  const hire = useHire(applicationId);
  const [values, setValues] = useState<Values>({ startDate: '', amount: '', currency: DEFAULT_CURRENCY, period: 'hour', hours: '' });
  const [errors, setErrors] = useState<Errors>({});
  const jobCurrency = job.data?.wage.currency;
  const currency = jobCurrency ?? values.currency;
  const currencies = [...new Set([DEFAULT_CURRENCY, ...regions.map((region) => region.currency)])];
  const earliest = aYearAgoIso();

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((current) => ({ ...current, [key]: value }));

  const onOpen = () => {
    hire.reset();
    setErrors({});
    setValues({
      startDate: '',
      amount: job.data ? minorToAmountText(job.data.wage.amountMinor) : '',
      currency: job.data?.wage.currency ?? DEFAULT_CURRENCY,
      period: job.data?.wage.period ?? 'hour',
      hours: job.data ? String(job.data.hoursPerWeek) : '',
    });
    open();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const amountMinor = parseAmountToMinor(values.amount);
    const hours = Number(values.hours);
    const found: Errors = {
      startDate: !values.startDate ? t('validation.required') : values.startDate < earliest ? t('applications.hire.startTooEarly') : undefined,
      amount: !values.amount.trim() ? t('validation.required') : amountMinor === null || amountMinor <= 0 ? t('applications.hire.amountInvalid') : undefined,
      hours:
        !values.hours.trim()
          ? t('validation.required')
          : !Number.isInteger(hours) || hours < 1 || hours > HOURS_PER_WEEK_MAX
            ? t('applications.hire.hoursInvalid', { max: HOURS_PER_WEEK_MAX })
            : undefined,
    };
    setErrors(found);
    if (Object.values(found).some(Boolean) || amountMinor === null) return;
    try {
      await hire.mutateAsync({ startDate: values.startDate, wage: { amountMinor, currency, period: values.period }, hoursPerWeek: hours });
      close();
      onHired();
    } catch {
      // Shown in the dialog, which stays open for another try.
    }
  };

  return (
    <>
      <Button onClick={onOpen} aria-haspopup="dialog">
        {t('applications.hire.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('applications.hire.title', { pseudonym })}
        size="lg"
        fullScreen={fullScreen}
        closeButtonProps={{ 'aria-label': t('applications.common.close') }}
      >
        <form method="post" noValidate onSubmit={(event) => void onSubmit(event)}>
          <Stack gap="md">
            <Text>{t('applications.hire.intro')}</Text>
            <TextInput
              type="date"
              label={t('applications.hire.startDate')}
              name="startDate"
              required
              min={earliest}
              maw={240}
              value={values.startDate}
              onChange={(event) => set('startDate', event.currentTarget.value)}
              error={errors.startDate ?? serverFieldMessage(hire.error, 'startDate')}
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
              <TextInput
                label={t('applications.hire.amount')}
                description={t('applications.hire.amountHint', { currency })}
                name="amount"
                inputMode="decimal"
                autoComplete="off"
                required
                value={values.amount}
                onChange={(event) => set('amount', event.currentTarget.value)}
                error={errors.amount ?? serverFieldMessage(hire.error, 'wage')}
              />
              <NativeSelect
                label={t('applications.hire.period')}
                name="period"
                required
                value={values.period}
                onChange={(event) => set('period', WAGE_PERIODS.find((period) => period === event.currentTarget.value) ?? 'hour')}
                data={WAGE_PERIODS.map((value) => ({ value, label: t(`applications.hire.periods.${value}`) }))}
              />
            </SimpleGrid>
            {jobCurrency ? (
              <Text size="sm">{t('applications.hire.currencyOfJob', { currency: jobCurrency })}</Text>
            ) : (
              <NativeSelect
                label={t('applications.hire.currency')}
                description={t('applications.hire.currencyHint')}
                name="currency"
                required
                maw={240}
                value={values.currency}
                onChange={(event) => set('currency', event.currentTarget.value)}
                data={currencies}
                error={serverFieldMessage(hire.error, 'wage.currency')}
              />
            )}
            <TextInput
              type="number"
              label={t('applications.hire.hours')}
              name="hoursPerWeek"
              required
              min={1}
              max={HOURS_PER_WEEK_MAX}
              step={1}
              maw={240}
              value={values.hours}
              onChange={(event) => set('hours', event.currentTarget.value)}
              error={errors.hours ?? serverFieldMessage(hire.error, 'hoursPerWeek')}
            />
            {hire.error && <ServerErrorAlert error={hire.error} title={t('applications.hire.failed')} />}
            <Group gap="sm">
              <Button type="submit" disabled={hire.isPending}>
                {hire.isPending ? t('applications.hire.sending') : t('applications.hire.submit')}
              </Button>
              <Button variant="default" onClick={close}>
                {t('applications.common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
