import { Button, Fieldset, MultiSelect, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, SECTORS, type Sector } from '@onward/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { looksLikeEmail } from '../../../lib/validation';
import { useRegions } from '../../reference';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { PasswordField } from '../../shell/components/PasswordField';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { homePathFor } from '../../shell/navigation';
import { useRegisterEmployer } from '../hooks/useEmployerStanding';
import { serverFieldMessage } from '../serverErrors';
import { ServerErrorAlert } from './ServerErrorAlert';
import { AccountEmailField } from '../../shell/components/AccountEmailField';

type TextField =
  | 'organisationName'
  | 'legalName'
  | 'registrationNumber'
  | 'contactName'
  | 'contactEmail'
  | 'contactPhone'
  | 'displayName'
  | 'email'
  | 'password'
  | 'confirmPassword';
type Field = TextField | 'sector' | 'regions';
type FieldErrors = Partial<Record<Field, string>>;

/** The API's own check, so a mistake shows before the form is sent. */
const PHONE = /^\+?[0-9 ()-]{6,30}$/;

/** Where the API reports each field: the account's fields are nested under `account`. */
const SERVER_FIELD: Record<Field, string> = {
  organisationName: 'organisationName',
  legalName: 'legalName',
  registrationNumber: 'registrationNumber',
  sector: 'sector',
  regions: 'regions',
  contactName: 'contactName',
  contactEmail: 'contactEmail',
  contactPhone: 'contactPhone',
  displayName: 'account.displayName',
  email: 'account.email',
  password: 'account.password',
  confirmPassword: 'confirmPassword', // never sent: only checked here
};

const EMPTY: Record<TextField, string> = {
  organisationName: '',
  legalName: '',
  registrationNumber: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  displayName: '',
  email: '',
  password: '',
  confirmPassword: '',
};

/** Public: an employer signs up, is signed in at once and waits for vetting. */
export function RegisterEmployerPage() {
  const { t } = useTranslation();
  usePageTitle(t('employers.register.title'));
  const navigate = useNavigate();
  const register = useRegisterEmployer();
  const regions = useRegions();
  const [values, setValues] = useState(EMPTY);
  const [sector, setSector] = useState<Sector | ''>('');
  const [regionCodes, setRegionCodes] = useState<string[]>([]);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  const errorFor = (field: Field) => fieldErrors[field] ?? serverFieldMessage(register.error, SERVER_FIELD[field]);
  const bind = (field: TextField) => ({
    name: field,
    value: values[field],
    error: errorFor(field),
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [field]: value }));
    },
  });

  const validate = (): FieldErrors => {
    const required = t('validation.required');
    const errors: FieldErrors = {};
    for (const field of ['organisationName', 'legalName', 'registrationNumber', 'contactName', 'displayName'] as const) {
      if (!values[field].trim()) errors[field] = required;
    }
    if (!sector) errors.sector = required;
    if (regionCodes.length === 0) errors.regions = t('employers.register.regionsRequired');
    for (const field of ['contactEmail', 'email'] as const) {
      if (!values[field].trim()) errors[field] = required;
      else if (!looksLikeEmail(values[field])) errors[field] = t('validation.email');
    }
    if (!values.contactPhone.trim()) errors.contactPhone = required;
    else if (!PHONE.test(values.contactPhone.trim())) errors.contactPhone = t('employers.register.phoneInvalid');
    if (values.password.length < PASSWORD_MIN_LENGTH) {
      errors.password = t('validation.passwordTooShort', { count: PASSWORD_MIN_LENGTH });
    } else if (values.password.length > PASSWORD_MAX_LENGTH) {
      errors.password = t('validation.passwordTooLong', { count: PASSWORD_MAX_LENGTH });
    }
    if (values.confirmPassword !== values.password) errors.confirmPassword = t('validation.passwordsDiffer');
    return errors;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = validate();
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0 || !sector) return;
    register.mutate(
      {
        organisationName: values.organisationName.trim(),
        legalName: values.legalName.trim(),
        registrationNumber: values.registrationNumber.trim(),
        sector,
        regions: regionCodes,
        contactName: values.contactName.trim(),
        contactEmail: values.contactEmail.trim(),
        contactPhone: values.contactPhone.trim(),
        account: { displayName: values.displayName.trim(), email: values.email.trim(), password: values.password },
      },
      { onSuccess: (me) => void navigate(homePathFor(me.role), { replace: true }) },
    );
  };

  return (
    <Stack gap="lg">
      <Title order={1}>{t('employers.register.heading')}</Title>
      <Text>{t('employers.register.intro')}</Text>
      {register.error && <ServerErrorAlert error={register.error} title={t('employers.register.errorTitle')} />}
      {/* method="post": should scripts fail, a native submit must never put these details in the URL. */}
      <form method="post" noValidate onSubmit={onSubmit}>
        <Stack gap="lg">
          <Fieldset legend={t('employers.register.organisationLegend')}>
            <Stack gap="md">
              <TextInput
                label={t('employers.register.organisationName')}
                description={t('employers.register.organisationNameHint')}
                autoComplete="organization"
                required
                maxLength={120}
                {...bind('organisationName')}
              />
              <TextInput label={t('employers.register.legalName')} required maxLength={200} {...bind('legalName')} />
              <TextInput
                label={t('employers.register.registrationNumber')}
                description={t('employers.register.registrationNumberHint')}
                required
                maxLength={50}
                {...bind('registrationNumber')}
              />
              <NativeSelect
                label={t('employers.register.sector')}
                name="sector"
                required
                value={sector}
                onChange={(event) => setSector(event.currentTarget.value as Sector | '')}
                error={errorFor('sector')}
                data={[
                  { value: '', label: t('employers.common.choose') },
                  ...SECTORS.map((value) => ({ value, label: t(`reference.sectors.${value}`) })),
                ]}
              />
              {regions.error ? (
                <ErrorAlert error={regions.error} onRetry={() => void regions.refetch()} />
              ) : (
                <MultiSelect
                  size="md"
                  label={t('employers.register.regions')}
                  description={t('employers.register.regionsHint')}
                  required
                  searchable
                  hidePickedOptions
                  disabled={regions.isPending}
                  nothingFoundMessage={t('employers.common.nothingFound')}
                  value={regionCodes}
                  onChange={setRegionCodes}
                  error={errorFor('regions')}
                  data={regions.regions.map((region) => ({ value: region.code, label: region.name }))}
                />
              )}
            </Stack>
          </Fieldset>

          <Fieldset legend={t('employers.register.contactLegend')}>
            <Stack gap="md">
              <Text size="sm">{t('employers.register.contactHint')}</Text>
              <TextInput label={t('employers.register.contactName')} autoComplete="off" required maxLength={100} {...bind('contactName')} />
              <TextInput
                label={t('employers.register.contactEmail')}
                type="email"
                inputMode="email"
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                required
                maxLength={254}
                {...bind('contactEmail')}
              />
              <TextInput
                label={t('employers.register.contactPhone')}
                type="tel"
                inputMode="tel"
                autoComplete="off"
                required
                maxLength={30}
                {...bind('contactPhone')}
              />
            </Stack>
          </Fieldset>

          <Fieldset legend={t('employers.register.accountLegend')}>
            <Stack gap="md">
              <TextInput
                label={t('employers.register.displayName')}
                description={t('employers.register.displayNameHint')}
                autoComplete="name"
                required
                maxLength={100}
                {...bind('displayName')}
              />
              <AccountEmailField
                label={t('employers.register.email')}
                required
                maxLength={254}
                {...bind('email')}
              />
              <PasswordField
                label={t('employers.register.password')}
                description={t('employers.register.passwordHint', { count: PASSWORD_MIN_LENGTH })}
                autoComplete="new-password"
                required
                {...bind('password')}
              />
              <PasswordField
                label={t('employers.register.confirmPassword')}
                autoComplete="new-password"
                required
                {...bind('confirmPassword')}
              />
            </Stack>
          </Fieldset>

          <Button type="submit" disabled={register.isPending}>
            {register.isPending ? t('employers.register.submitting') : t('employers.register.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
