import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { SECTORS, type Sector } from '@onward/shared';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveGrantProgrammeRequest } from '../../../api/types';
import { serverFieldMessage } from '../../employers/serverErrors';
import { useRegions } from '../../reference';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { GRANT_LIMITS, grantFormToRequest, validateGrantForm, type GrantFormErrors, type GrantFormField, type GrantFormValues } from '../grantForm';
import { useFunderChoices } from '../hooks/useFunderChoices';

/** Where the API reports each field. */
const SERVER_FIELDS: Record<GrantFormField, string> = {
  funderId: 'funderId',
  title: 'title',
  description: 'description',
  minAmount: 'amount.minMinor',
  maxAmount: 'amount.maxMinor',
  currency: 'amount.currency',
  eligibility: 'eligibility',
  requiredDocuments: 'requiredDocuments',
  sector: 'sector',
  regionCode: 'regionCode',
  deadline: 'deadline',
};

export type GrantFormIntent = 'save' | 'open';

interface GrantProgrammeFormProps {
  initialValues: GrantFormValues;
  /** Staff choose the funder; a funder's member always acts for their own organisation. */
  chooseFunder: boolean;
  onSubmit: (request: SaveGrantProgrammeRequest, intent: GrantFormIntent) => void;
  submitLabel: string;
  /** Offers a second button that saves and then opens the programme for applications. */
  openLabel?: string;
  pending: boolean;
  serverError: unknown;
  readOnly?: boolean;
}

export function GrantProgrammeForm({ initialValues, chooseFunder, onSubmit, submitLabel, openLabel, pending, serverError, readOnly = false }: GrantProgrammeFormProps) {
  const { t } = useTranslation();
  const regions = useRegions();
  const funders = useFunderChoices({ enabled: chooseFunder });
  const [values, setValues] = useState(initialValues);
  const [fieldErrors, setFieldErrors] = useState<GrantFormErrors>({});
  const intent = useRef<GrantFormIntent>('save');

  const currencies = [...new Set([...regions.regions.map((region) => region.currency), ...(values.currency ? [values.currency] : [])])].sort();
  // Until someone picks one, the currency of the first region (Onward's regions share one, usually).
  const currency = values.currency || regions.regions[0]?.currency || '';

  const set = <F extends GrantFormField>(field: F, value: GrantFormValues[F]) => setValues((current) => ({ ...current, [field]: value }));
  const errorFor = (field: GrantFormField) => fieldErrors[field] ?? serverFieldMessage(serverError, SERVER_FIELDS[field]);
  const bindText = (field: 'title' | 'description' | 'minAmount' | 'maxAmount' | 'eligibility' | 'requiredDocuments' | 'deadline') => ({
    name: field,
    value: values[field],
    error: errorFor(field),
    onChange: (event: { currentTarget: { value: string } }) => set(field, event.currentTarget.value),
  });

  const onRegionChange = (regionCode: string) => {
    const region = regions.regions.find((candidate) => candidate.code === regionCode);
    setValues((current) => ({ ...current, regionCode, currency: region?.currency ?? current.currency }));
  };

  const onFormSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const complete = { ...values, currency };
    const errors = validateGrantForm(t, complete, { needsFunder: chooseFunder });
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    onSubmit(grantFormToRequest(complete, { withFunder: chooseFunder }), intent.current);
  };

  return (
    <form method="post" noValidate onSubmit={onFormSubmit}>
      {/* A disabled fieldset makes every field read-only at once (a closed programme). */}
      <Fieldset variant="unstyled" disabled={readOnly} p={0} m={0} miw={0}>
        <Stack gap="lg">
          <Fieldset legend={t('grants.form.aboutLegend')}>
            <Stack gap="md">
              {chooseFunder &&
                (funders.error && funders.funders.length === 0 ? (
                  <ErrorAlert error={funders.error} onRetry={() => void funders.refetch()} />
                ) : (
                  <NativeSelect
                    label={t('grants.form.funder')}
                    name="funderId"
                    required
                    disabled={funders.isPending}
                    description={!funders.isPending && funders.funders.length === 0 ? t('grants.form.noFunders') : undefined}
                    value={values.funderId}
                    onChange={(event) => set('funderId', event.currentTarget.value)}
                    error={errorFor('funderId')}
                    data={[
                      { value: '', label: t('grants.form.choose') },
                      ...funders.funders.map((funder) => ({ value: funder.id, label: funder.name })),
                    ]}
                  />
                ))}
              <TextInput label={t('grants.form.title')} required maxLength={GRANT_LIMITS.titleMax} {...bindText('title')} />
              <Textarea
                size="md"
                label={t('grants.form.description')}
                description={t('grants.form.descriptionHint', { count: GRANT_LIMITS.descriptionMin })}
                required
                resize="vertical"
                rows={4}
                maxLength={GRANT_LIMITS.descriptionMax}
                {...bindText('description')}
              />
            </Stack>
          </Fieldset>

          <Fieldset legend={t('grants.form.amountLegend')}>
            <Stack gap="md">
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
                <TextInput
                  label={t('grants.form.minAmount')}
                  required
                  inputMode="decimal"
                  autoComplete="off"
                  placeholder={t('grants.form.amountPlaceholder')}
                  {...bindText('minAmount')}
                />
                <TextInput
                  label={t('grants.form.maxAmount')}
                  required
                  inputMode="decimal"
                  autoComplete="off"
                  placeholder={t('grants.form.amountPlaceholder')}
                  {...bindText('maxAmount')}
                />
              </SimpleGrid>
              <NativeSelect
                label={t('grants.form.currency')}
                name="currency"
                required
                maw={200}
                disabled={regions.isPending}
                value={currency}
                onChange={(event) => set('currency', event.currentTarget.value)}
                error={errorFor('currency')}
                data={currencies.length ? currencies : [{ value: '', label: t('grants.form.choose') }]}
              />
            </Stack>
          </Fieldset>

          <Fieldset legend={t('grants.form.whoLegend')}>
            <Stack gap="md">
              <Textarea
                size="md"
                label={t('grants.form.eligibility')}
                description={t('grants.form.eligibilityHint')}
                required
                resize="vertical"
                rows={3}
                maxLength={GRANT_LIMITS.eligibilityMax}
                {...bindText('eligibility')}
              />
              <Textarea
                size="md"
                label={t('grants.form.requiredDocuments')}
                description={t('grants.form.requiredDocumentsHint')}
                resize="vertical"
                rows={3}
                {...bindText('requiredDocuments')}
              />
              <NativeSelect
                label={t('grants.form.sector')}
                name="sector"
                value={values.sector}
                onChange={(event) => set('sector', event.currentTarget.value as Sector | '')}
                error={errorFor('sector')}
                data={[
                  { value: '', label: t('reference.anySector') },
                  ...SECTORS.map((value) => ({ value, label: t(`reference.sectors.${value}`) })),
                ]}
              />
              {regions.error ? (
                <ErrorAlert error={regions.error} onRetry={() => void regions.refetch()} />
              ) : (
                <NativeSelect
                  label={t('grants.form.region')}
                  name="regionCode"
                  disabled={regions.isPending}
                  value={values.regionCode}
                  onChange={(event) => onRegionChange(event.currentTarget.value)}
                  error={errorFor('regionCode')}
                  data={[
                    { value: '', label: t('reference.anyRegion') },
                    ...regions.regions.map((region) => ({ value: region.code, label: region.name })),
                  ]}
                />
              )}
              <TextInput type="date" label={t('grants.form.deadline')} description={t('grants.form.deadlineHint')} maw={240} {...bindText('deadline')} />
            </Stack>
          </Fieldset>

          {!readOnly && (
            <Group gap="sm">
              <Button type="submit" variant={openLabel ? 'default' : 'filled'} disabled={pending} onClick={() => (intent.current = 'save')}>
                {submitLabel}
              </Button>
              {openLabel && (
                <Button type="submit" disabled={pending} onClick={() => (intent.current = 'open')}>
                  {openLabel}
                </Button>
              )}
            </Group>
          )}
        </Stack>
      </Fieldset>
    </form>
  );
}
