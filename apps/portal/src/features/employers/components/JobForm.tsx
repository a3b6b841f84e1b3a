import { Button, Checkbox, Fieldset, Group, MultiSelect, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { SECTORS, WAGE_PERIODS, WORK_LANGUAGES, hourlyWageMinor, type Sector, type WagePeriod, type WorkLanguage } from '@onward/shared';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveJobRequest } from '../../../api/types';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { formatMoney, useRegions } from '../../reference';
import { JOB_LIMITS, jobFormToRequest, validateJobForm, type JobFormErrors, type JobFormField, type JobFormValues } from '../jobForm';
import { parseAmountToMinor } from '../money';
import { serverFieldMessage } from '../serverErrors';
import { SkillsMultiSelect } from './SkillsMultiSelect';

export type JobFormIntent = 'save' | 'publish';

/** Where the API reports each field; the wage's parts and the floor all land on the amount. */
const SERVER_FIELDS: Partial<Record<JobFormField, string[]>> = {
  title: ['title'],
  description: ['description'],
  requiredSkills: ['requiredSkills'],
  preferredSkills: ['preferredSkills'],
  sector: ['sector'],
  regionCode: ['regionCode'],
  remote: ['remote'],
  wageAmount: ['wage'],
  hoursPerWeek: ['hoursPerWeek'],
  languages: ['languages'],
  trainingOffered: ['trainingOffered'],
  accommodations: ['accommodations'],
  startDate: ['startDate'],
  closingDate: ['closingDate'],
};

interface JobFormProps {
  initialValues: JobFormValues;
  onSubmit: (request: SaveJobRequest, intent: JobFormIntent) => void;
  submitLabel: string;
  /** Offers a second button that saves and then publishes. */
  publishLabel?: string;
  /** Why publishing is not possible now; the publish button is then not offered as usable. */
  publishBlocked?: boolean;
  pending: boolean;
  /** The last failed save or publish: its per-field messages show on the fields. */
  serverError: unknown;
  readOnly?: boolean;
}

export function JobForm({ initialValues, onSubmit, submitLabel, publishLabel, publishBlocked = false, pending, serverError, readOnly = false }: JobFormProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const regions = useRegions();
  const [values, setValues] = useState(initialValues);
  const [fieldErrors, setFieldErrors] = useState<JobFormErrors>({});
  const intent = useRef<JobFormIntent>('save');

  const set = <F extends JobFormField>(field: F, value: JobFormValues[F]) => setValues((current) => ({ ...current, [field]: value }));
  const errorFor = (field: JobFormField) => fieldErrors[field] ?? serverFieldMessage(serverError, ...(SERVER_FIELDS[field] ?? []));
  const bindText = (field: 'title' | 'description' | 'wageAmount' | 'hoursPerWeek' | 'trainingOffered' | 'accommodations' | 'startDate' | 'closingDate') => ({
    name: field,
    value: values[field],
    error: errorFor(field),
    onChange: (event: { currentTarget: { value: string } }) => set(field, event.currentTarget.value),
  });

  const region = regions.regions.find((candidate) => candidate.code === values.regionCode);
  const amountMinor = parseAmountToMinor(values.wageAmount);
  const hours = Number(values.hoursPerWeek);
  const hourly = amountMinor && region && Number.isInteger(hours) && hours > 0 ? hourlyWageMinor(amountMinor, values.wagePeriod, hours) : null;
  const wageHint = region
    ? [
        t('employers.jobForm.wageFloor', {
          region: region.name,
          floor: formatMoney(region.hourlyWageFloorMinor, region.currency, language),
        }),
        hourly !== null && values.wagePeriod !== 'hour'
          ? t('employers.jobForm.wageHourly', { amount: formatMoney(hourly, region.currency, language) })
          : '',
      ]
        .filter(Boolean)
        .join(' ')
    : t('employers.jobForm.wageChooseRegion');

  const onFormSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = validateJobForm(t, values);
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0 || !region) return;
    onSubmit(jobFormToRequest(values, region), intent.current);
  };

  return (
    <form method="post" noValidate onSubmit={onFormSubmit}>
      {/* A disabled fieldset makes every field read-only at once (a closed job). */}
      <Fieldset variant="unstyled" disabled={readOnly} p={0} m={0} miw={0}>
        <Stack gap="lg">
          <Fieldset legend={t('employers.jobForm.aboutLegend')}>
            <Stack gap="md">
              <TextInput label={t('employers.jobForm.title')} required maxLength={JOB_LIMITS.titleMax} {...bindText('title')} />
              <Textarea
                size="md"
                label={t('employers.jobForm.description')}
                description={t('employers.jobForm.descriptionHint', { count: JOB_LIMITS.descriptionMin })}
                required
                resize="vertical"
                rows={4}
                maxLength={JOB_LIMITS.descriptionMax}
                {...bindText('description')}
              />
              <NativeSelect
                label={t('employers.jobForm.sector')}
                name="sector"
                required
                value={values.sector}
                onChange={(event) => set('sector', event.currentTarget.value as Sector | '')}
                error={errorFor('sector')}
                data={[
                  { value: '', label: t('employers.common.choose') },
                  ...SECTORS.map((value) => ({ value, label: t(`reference.sectors.${value}`) })),
                ]}
              />
            </Stack>
          </Fieldset>

          <Fieldset legend={t('employers.jobForm.skillsLegend')}>
            <Stack gap="md">
              <SkillsMultiSelect
                label={t('employers.jobForm.requiredSkills')}
                description={t('employers.jobForm.requiredSkillsHint')}
                value={values.requiredSkills}
                onChange={(codes) => set('requiredSkills', codes)}
                error={errorFor('requiredSkills')}
                maxValues={JOB_LIMITS.skillsMax}
                disabled={readOnly}
              />
              <SkillsMultiSelect
                label={t('employers.jobForm.preferredSkills')}
                description={t('employers.jobForm.preferredSkillsHint')}
                value={values.preferredSkills}
                onChange={(codes) => set('preferredSkills', codes)}
                exclude={values.requiredSkills}
                error={errorFor('preferredSkills')}
                maxValues={JOB_LIMITS.skillsMax}
                disabled={readOnly}
              />
              <MultiSelect
                size="md"
                label={t('employers.jobForm.languages')}
                description={t('employers.jobForm.languagesHint')}
                searchable
                hidePickedOptions
                maxValues={JOB_LIMITS.languagesMax}
                nothingFoundMessage={t('employers.common.nothingFound')}
                disabled={readOnly}
                value={values.languages}
                onChange={(codes) => set('languages', codes as WorkLanguage[])}
                error={errorFor('languages')}
                data={WORK_LANGUAGES.map((code) => ({ value: code, label: t(`reference.languages.${code}`) }))}
              />
            </Stack>
          </Fieldset>

          <Fieldset legend={t('employers.jobForm.placeLegend')}>
            <Stack gap="md">
              {regions.error ? (
                <ErrorAlert error={regions.error} onRetry={() => void regions.refetch()} />
              ) : (
                <NativeSelect
                  label={t('employers.jobForm.region')}
                  name="regionCode"
                  required
                  disabled={regions.isPending}
                  value={values.regionCode}
                  onChange={(event) => set('regionCode', event.currentTarget.value)}
                  error={errorFor('regionCode')}
                  data={[
                    { value: '', label: t('employers.common.choose') },
                    ...regions.regions.map((candidate) => ({ value: candidate.code, label: candidate.name })),
                  ]}
                />
              )}
              <Checkbox
                size="md"
                label={t('employers.jobForm.remote')}
                description={t('employers.jobForm.remoteHint')}
                name="remote"
                checked={values.remote}
                onChange={(event) => set('remote', event.currentTarget.checked)}
                error={errorFor('remote')}
              />
            </Stack>
          </Fieldset>

          <Fieldset legend={t('employers.jobForm.payLegend')}>
            <Stack gap="md">
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
                <TextInput
                  label={region ? t('employers.jobForm.wageIn', { currency: region.currency }) : t('employers.jobForm.wage')}
                  description={wageHint}
                  required
                  inputMode="decimal"
                  autoComplete="off"
                  placeholder={t('employers.jobForm.wagePlaceholder')}
                  {...bindText('wageAmount')}
                />
                <NativeSelect
                  label={t('employers.jobForm.wagePeriod')}
                  name="wagePeriod"
                  required
                  value={values.wagePeriod}
                  onChange={(event) => set('wagePeriod', event.currentTarget.value as WagePeriod)}
                  data={WAGE_PERIODS.map((value) => ({ value, label: t(`reference.wagePeriods.${value}`) }))}
                />
              </SimpleGrid>
              <TextInput
                label={t('employers.jobForm.hoursPerWeek')}
                required
                inputMode="numeric"
                autoComplete="off"
                maw={200}
                {...bindText('hoursPerWeek')}
              />
            </Stack>
          </Fieldset>

          <Fieldset legend={t('employers.jobForm.moreLegend')}>
            <Stack gap="md">
              <Textarea
                size="md"
                label={t('employers.jobForm.trainingOffered')}
                resize="vertical"
                rows={2}
                maxLength={JOB_LIMITS.textMax}
                {...bindText('trainingOffered')}
              />
              <Textarea
                size="md"
                label={t('employers.jobForm.accommodations')}
                description={t('employers.jobForm.accommodationsHint')}
                resize="vertical"
                rows={2}
                maxLength={JOB_LIMITS.textMax}
                {...bindText('accommodations')}
              />
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
                <TextInput type="date" label={t('employers.jobForm.startDate')} {...bindText('startDate')} />
                <TextInput
                  type="date"
                  label={t('employers.jobForm.closingDate')}
                  description={t('employers.jobForm.closingDateHint')}
                  {...bindText('closingDate')}
                />
              </SimpleGrid>
            </Stack>
          </Fieldset>

          {!readOnly && (
            <Group gap="sm">
              <Button type="submit" variant={publishLabel ? 'default' : 'filled'} disabled={pending} onClick={() => (intent.current = 'save')}>
                {submitLabel}
              </Button>
              {publishLabel && (
                <Button type="submit" disabled={pending || publishBlocked} onClick={() => (intent.current = 'publish')}>
                  {publishLabel}
                </Button>
              )}
            </Group>
          )}
        </Stack>
      </Fieldset>
    </form>
  );
}
