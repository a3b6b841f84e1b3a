import { Anchor, Button, Fieldset, Group, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../../api/errors';
import { PersonPicker, type PersonChoice } from '../../caseload';
import { ServerErrorAlert } from '../../employers/components/ServerErrorAlert';
import { serverFieldMessage } from '../../employers/serverErrors';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { LIMITS, amountProblemMessage, checkBusinessPlan, readAmount } from '../grantApplicationForm';
import { useGrantFormat } from '../hooks/useGrantFormat';
import { useOpenApplicationTo, useOpenProgrammes, useSubmitGrantApplication } from '../hooks/useGrantApplications';
import { GRANT_APPLICATION_PATHS } from '../navigation';
import { AmountField, BusinessPlanField } from './ApplicationFields';

type Field = 'survivorId' | 'programmeId' | 'survivorAgreement' | 'businessPlan' | 'requestedMinor';
type FieldErrors = Partial<Record<Field, string>>;

/** `/caseworker/grant-applications/new`: a caseworker applies on a person's behalf, with their agreement. */
export function NewGrantApplicationPage() {
  const { t } = useTranslation();
  usePageTitle(t('grantApplications.new.title'));
  const navigate = useNavigate();
  const format = useGrantFormat();
  const programmes = useOpenProgrammes();
  const submit = useSubmitGrantApplication();

  const [person, setPerson] = useState<PersonChoice | null>(null);
  const [programmeId, setProgrammeId] = useState('');
  const [agreement, setAgreement] = useState('');
  const [businessPlan, setBusinessPlan] = useState('');
  const [amount, setAmount] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  const programme = programmes.data?.find((candidate) => candidate.id === programmeId);
  const rangeWords = programme && {
    min: format.money(programme.amount.minMinor, programme.amount.currency),
    max: format.money(programme.amount.maxMinor, programme.amount.currency),
  };

  // Already applied: find the application that still counts, to link to it.
  const conflict = submit.error instanceof ApiError && submit.error.status === 409;
  const existing = useOpenApplicationTo(programmeId, { survivorId: person?.id, enabled: conflict && Boolean(person) });

  const errorFor = (field: Field) => fieldErrors[field] ?? serverFieldMessage(submit.error, field);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = readAmount(amount, programme?.amount);
    const errors: FieldErrors = {
      survivorId: person ? undefined : t('grantApplications.new.choosePerson'),
      programmeId: programmeId ? undefined : t('grantApplications.new.chooseProgramme'),
      survivorAgreement: agreement.trim() ? undefined : t('validation.required'),
      businessPlan: checkBusinessPlan(t, businessPlan),
      requestedMinor: 'problem' in checked ? amountProblemMessage(t, checked.problem, rangeWords) : undefined,
    };
    setFieldErrors(errors);
    if (Object.values(errors).some(Boolean) || !person || 'problem' in checked) return;
    submit.mutate(
      { programmeId, survivorId: person.id, survivorAgreement: agreement.trim(), businessPlan: businessPlan.trim(), requestedMinor: checked.minor },
      { onSuccess: (application) => void navigate(GRANT_APPLICATION_PATHS.caseworkerApplication(application.id), { state: { notice: 'created' } }) },
    );
  };

  return (
    <Stack gap="lg" maw={760}>
      <Anchor component={Link} to={GRANT_APPLICATION_PATHS.caseworkerList} size="sm" w="fit-content">
        {t('grantApplications.detail.back')}
      </Anchor>
      <Title order={1}>{t('grantApplications.new.heading')}</Title>
      <Text>{t('grantApplications.new.intro')}</Text>

      {submit.error && (
        <Stack gap="xs">
          <ServerErrorAlert error={submit.error} title={t('grantApplications.new.failed')} />
          {conflict && existing.data && (
            <Anchor component={Link} to={GRANT_APPLICATION_PATHS.caseworkerApplication(existing.data.id)} w="fit-content" fw={600}>
              {t('grantApplications.new.openExisting')}
            </Anchor>
          )}
        </Stack>
      )}

      <form method="post" noValidate onSubmit={onSubmit}>
        <Stack gap="lg">
          <PersonPicker
            labels={{
              legend: t('grantApplications.new.personLegend'),
              search: t('grantApplications.new.search'),
              searchHint: t('grantApplications.new.searchHint'),
              person: t('grantApplications.new.person'),
              nobody: () => t('grantApplications.new.nobodyFound'),
            }}
            value={person}
            onChange={setPerson}
            error={errorFor('survivorId')}
          />

          <Fieldset legend={t('grantApplications.new.applicationLegend')}>
            <Stack gap="md">
              {programmes.error ? (
                <ErrorAlert error={programmes.error} onRetry={() => void programmes.refetch()} />
              ) : (
                <NativeSelect
                  size="md"
                  label={t('grantApplications.new.programme')}
                  name="programmeId"
                  required
                  disabled={programmes.isPending}
                  description={
                    programme
                      ? t('grantApplications.new.programmeHint', {
                          funder: programme.funderName,
                          deadline: programme.deadline ? format.date(programme.deadline) : t('grantApplications.new.noDeadline'),
                        })
                      : !programmes.isPending && programmes.data?.length === 0
                        ? t('grantApplications.new.noProgrammes')
                        : undefined
                  }
                  value={programmeId}
                  onChange={(event) => setProgrammeId(event.currentTarget.value)}
                  error={errorFor('programmeId')}
                  data={[{ value: '', label: t('grantApplications.new.chooseProgrammeOption') }, ...(programmes.data ?? []).map((choice) => ({ value: choice.id, label: choice.title }))]}
                />
              )}
              <Textarea
                size="md"
                label={t('grantApplications.new.agreement')}
                description={t('grantApplications.new.agreementHint')}
                name="survivorAgreement"
                dir="auto"
                required
                resize="vertical"
                rows={2}
                maxLength={LIMITS.agreementMax}
                value={agreement}
                onChange={(event) => setAgreement(event.currentTarget.value)}
                error={errorFor('survivorAgreement')}
              />
              <BusinessPlanField
                label={t('grantApplications.new.businessPlan')}
                hint={t('grantApplications.new.businessPlanHint')}
                value={businessPlan}
                onChange={setBusinessPlan}
                error={errorFor('businessPlan')}
              />
              <AmountField
                label={t('grantApplications.new.amount')}
                hint={rangeWords ? t('grantApplications.new.amountHint', rangeWords) : undefined}
                name="requestedAmount"
                value={amount}
                onChange={setAmount}
                error={errorFor('requestedMinor')}
              />
            </Stack>
          </Fieldset>

          <Group gap="sm">
            <Button type="submit" disabled={submit.isPending}>
              {submit.isPending ? t('grantApplications.new.sending') : t('grantApplications.new.submit')}
            </Button>
            <Button component={Link} to={GRANT_APPLICATION_PATHS.caseworkerList} variant="default">
              {t('grantApplications.new.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
