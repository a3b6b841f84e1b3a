import { Button, Checkbox, Fieldset, Group, MultiSelect, NativeSelect, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { SAFETY_EXCLUSIONS_MAX, SECTORS, SHIFTS, WORKPLACE_PREFERENCES, type Sector, type Shift, type WorkplacePreference } from '@onward/shared';
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/errors';
import { useRegions } from '../../reference';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { useEmployerChoices } from '../hooks/useSurvivors';
import { SURVIVOR_LIMITS, validateSurvivorForm, type PersonalValues, type SurvivorFormErrors, type SurvivorFormValues } from '../survivorForm';
import { LanguagesField } from './LanguagesField';
import { SkillsField } from './SkillsField';

interface SurvivorFormProps {
  initialValues: SurvivorFormValues;
  /** Creating a profile can also invite the person; an existing profile has its own button. */
  withInvitation: boolean;
  submitLabel: string;
  pending: boolean;
  /** The last failed save: its per-field messages show on the fields. */
  serverError: unknown;
  onSubmit: (values: SurvivorFormValues) => void;
  /** Shown beside the submit button (Cancel, when editing). */
  secondaryAction?: ReactNode;
  /** Employers already excluded, named, so one no longer vetted still shows as chosen. */
  excludedEmployers?: readonly { id: string; name: string }[];
}

const NONE: readonly { id: string; name: string }[] = [];

/** The API's messages for exactly this field (a skill row's messages are not the list's). */
function serverMessage(error: unknown, field: string): string | undefined {
  const messages = error instanceof ApiError ? error.fields[field] : undefined;
  return messages?.length ? messages.join(' ') : undefined;
}

/** Create and edit a profile: the same sections in the same order, so nothing is missed. */
export function SurvivorForm({ initialValues, withInvitation, submitLabel, pending, serverError, onSubmit, secondaryAction, excludedEmployers = NONE }: SurvivorFormProps) {
  const { t } = useTranslation();
  const regions = useRegions();
  const employers = useEmployerChoices();
  const [values, setValues] = useState(initialValues);
  const [fieldErrors, setFieldErrors] = useState<SurvivorFormErrors>({});
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  const set = <F extends keyof SurvivorFormValues>(field: F, value: SurvivorFormValues[F]) => setValues((current) => ({ ...current, [field]: value }));
  const setPersonal = (field: keyof PersonalValues, value: string) => setValues((current) => ({ ...current, personal: { ...current.personal, [field]: value } }));
  const errorFor = (field: string) => fieldErrors[field] ?? serverMessage(serverError, field);

  // After a refused submit, take the person to the first field to fix.
  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, serverError]);

  const region = regions.regions.find((candidate) => candidate.code === values.regionCode);
  const regionOptions = regions.regions.map((candidate) => ({ value: candidate.code, label: candidate.name }));
  const sectorOptions = SECTORS.map((value) => ({ value, label: t(`reference.sectors.${value}`) }));
  const employerOptions = useMemo(() => {
    const named = new Map(excludedEmployers.map((employer) => [employer.id, employer.name]));
    for (const employer of employers.data ?? []) named.set(employer.id, employer.name);
    return [...named].map(([value, label]) => ({ value, label: label || value }));
  }, [employers.data, excludedEmployers]);

  const onFormSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = validateSurvivorForm(t, values, { invite: withInvitation });
    setFieldErrors(errors);
    setAttempt((count) => count + 1);
    if (Object.keys(errors).length === 0) onSubmit(values);
  };

  const personalInput = (field: keyof PersonalValues, label: string, extra: { type?: string; inputMode?: 'tel' | 'email'; maxLength?: number; description?: string } = {}) => (
    <TextInput
      label={label}
      name={`personal.${field}`}
      // Sealed details must not be remembered by this browser for anyone else to pick.
      autoComplete="off"
      value={values.personal[field]}
      onChange={(event) => setPersonal(field, event.currentTarget.value)}
      error={errorFor(`personal.${field}`)}
      {...extra}
    />
  );

  return (
    <form ref={formRef} method="post" noValidate onSubmit={onFormSubmit}>
      <Stack gap="lg">
        <Fieldset legend={t('caseload.form.nameLegend')}>
          <TextInput
            label={t('caseload.form.pseudonym')}
            description={t('caseload.form.pseudonymHint')}
            name="pseudonym"
            required
            autoComplete="off"
            maxLength={SURVIVOR_LIMITS.pseudonymMax}
            value={values.pseudonym}
            onChange={(event) => set('pseudonym', event.currentTarget.value)}
            error={errorFor('pseudonym')}
          />
        </Fieldset>

        <Fieldset legend={t('caseload.form.personalLegend')}>
          <Stack gap="md">
            <Text size="sm">{t('caseload.form.personalHint')}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {personalInput('legalName', t('caseload.form.legalName'), { maxLength: SURVIVOR_LIMITS.legalNameMax })}
              {personalInput('dateOfBirth', t('caseload.form.dateOfBirth'), { type: 'date' })}
              {personalInput('phone', t('caseload.form.phone'), { type: 'tel', inputMode: 'tel', maxLength: 25 })}
              {personalInput('email', t('caseload.form.email'), { type: 'email', inputMode: 'email', maxLength: SURVIVOR_LIMITS.emailMax })}
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('caseload.form.skillsLegend')}>
          <SkillsField rows={values.skills} onChange={(rows) => set('skills', rows)} errorFor={errorFor} />
        </Fieldset>

        <Fieldset legend={t('caseload.form.languagesLegend')}>
          <LanguagesField rows={values.languages} onChange={(rows) => set('languages', rows)} errorFor={errorFor} />
        </Fieldset>

        <Fieldset legend={t('caseload.form.regionLegend')}>
          {regions.error ? (
            <ErrorAlert error={regions.error} onRetry={() => void regions.refetch()} />
          ) : (
            <NativeSelect
              label={t('caseload.form.region')}
              description={t('caseload.form.regionHint')}
              name="regionCode"
              disabled={regions.isPending}
              value={values.regionCode}
              onChange={(event) => set('regionCode', event.currentTarget.value)}
              error={errorFor('regionCode')}
              data={[{ value: '', label: t('caseload.form.noRegion') }, ...regionOptions]}
            />
          )}
        </Fieldset>

        <Fieldset legend={t('caseload.form.availabilityLegend')}>
          <Stack gap="md">
            <TextInput
              label={t('caseload.form.hoursPerWeek')}
              description={t('caseload.form.hoursPerWeekHint')}
              name="hoursPerWeek"
              inputMode="numeric"
              autoComplete="off"
              maxLength={2}
              maw={240}
              value={values.hoursPerWeek}
              onChange={(event) => set('hoursPerWeek', event.currentTarget.value)}
              error={errorFor('availability.hoursPerWeek')}
            />
            <Checkbox.Group
              label={t('caseload.form.shifts')}
              description={t('caseload.form.shiftsHint')}
              value={values.shifts}
              onChange={(shifts) => set('shifts', shifts as Shift[])}
              error={errorFor('availability.shifts')}
            >
              <Group gap="md" mt="xs">
                {SHIFTS.map((shift) => (
                  <Checkbox key={shift} value={shift} label={t(`caseload.shifts.${shift}`)} />
                ))}
              </Group>
            </Checkbox.Group>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('caseload.form.preferencesLegend')}>
          <Stack gap="md">
            <MultiSelect
              size="md"
              label={t('caseload.form.preferredSectors')}
              description={t('caseload.form.preferredSectorsHint')}
              searchable
              hidePickedOptions
              nothingFoundMessage={t('caseload.form.nothingFound')}
              data={sectorOptions}
              value={values.preferredSectors}
              onChange={(sectors) => set('preferredSectors', sectors as Sector[])}
              error={errorFor('preferences.sectors')}
            />
            <Radio.Group
              label={t('caseload.form.workplace')}
              value={values.workplace}
              onChange={(workplace) => set('workplace', workplace as WorkplacePreference)}
              error={errorFor('preferences.workplace')}
            >
              <Group gap="md" mt="xs">
                {WORKPLACE_PREFERENCES.map((workplace) => (
                  <Radio key={workplace} value={workplace} label={t(`caseload.workplaces.${workplace}`)} />
                ))}
              </Group>
            </Radio.Group>
            <TextInput
              label={region ? t('caseload.form.minimumWageIn', { currency: region.currency }) : t('caseload.form.minimumWage')}
              description={region ? t('caseload.form.minimumWageHint') : t('caseload.form.minimumWageChooseRegion')}
              name="minimumHourlyWage"
              inputMode="decimal"
              autoComplete="off"
              maw={320}
              placeholder={t('caseload.form.minimumWagePlaceholder')}
              value={values.minimumHourlyWage}
              onChange={(event) => set('minimumHourlyWage', event.currentTarget.value)}
              error={errorFor('preferences.minimumHourlyWageMinor')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('caseload.form.exclusionsLegend')}>
          <Stack gap="md">
            <Text size="sm">{t('caseload.form.exclusionsHint')}</Text>
            <MultiSelect
              size="md"
              label={t('caseload.form.excludedRegions')}
              searchable
              hidePickedOptions
              maxValues={SAFETY_EXCLUSIONS_MAX}
              nothingFoundMessage={t('caseload.form.nothingFound')}
              disabled={regions.isPending}
              data={regionOptions}
              value={values.excludedRegionCodes}
              onChange={(codes) => set('excludedRegionCodes', codes)}
              error={errorFor('exclusions.regionCodes')}
            />
            {employers.error ? (
              <ErrorAlert error={employers.error} title={t('caseload.form.employersFailed')} onRetry={() => void employers.refetch()} />
            ) : (
              <MultiSelect
                size="md"
                label={t('caseload.form.excludedEmployers')}
                description={t('caseload.form.excludedEmployersHint')}
                searchable
                hidePickedOptions
                maxValues={SAFETY_EXCLUSIONS_MAX}
                nothingFoundMessage={t('caseload.form.nothingFound')}
                disabled={employers.isPending}
                data={employerOptions}
                value={values.excludedEmployerIds}
                onChange={(ids) => set('excludedEmployerIds', ids)}
                error={errorFor('exclusions.employerIds')}
              />
            )}
            <MultiSelect
              size="md"
              label={t('caseload.form.excludedSectors')}
              searchable
              hidePickedOptions
              nothingFoundMessage={t('caseload.form.nothingFound')}
              data={sectorOptions}
              value={values.excludedSectors}
              onChange={(sectors) => set('excludedSectors', sectors as Sector[])}
              error={errorFor('exclusions.sectors')}
            />
          </Stack>
        </Fieldset>

        {withInvitation && (
          <Fieldset legend={t('caseload.form.invitationLegend')}>
            <TextInput
              label={t('caseload.form.inviteEmail')}
              description={t('caseload.form.inviteEmailHint')}
              name="inviteEmail"
              type="email"
              inputMode="email"
              autoComplete="off"
              maxLength={SURVIVOR_LIMITS.emailMax}
              value={values.inviteEmail}
              onChange={(event) => set('inviteEmail', event.currentTarget.value)}
              error={errorFor('inviteEmail')}
            />
          </Fieldset>
        )}

        <Group gap="sm">
          <Button type="submit" disabled={pending}>
            {submitLabel}
          </Button>
          {secondaryAction}
        </Group>
      </Stack>
    </form>
  );
}
