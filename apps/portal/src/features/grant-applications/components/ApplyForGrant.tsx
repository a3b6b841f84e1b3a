import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../api/errors';
import { useGrantOpportunity } from '../../opportunities/hooks/useOpportunity';
import { FOCUSED_HEADING_STYLE, TOUCH_SIZE } from '../../opportunities/layout';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import type { GrantApplicationSummary } from '../api/types';
import { LIMITS, amountProblemMessage, checkBusinessPlan, readAmount } from '../grantApplicationForm';
import { useGrantFormat } from '../hooks/useGrantFormat';
import { useOpenApplicationTo, useSubmitGrantApplication } from '../hooks/useGrantApplications';
import { GRANT_APPLICATION_PATHS } from '../navigation';
import { AmountField, BusinessPlanField } from './ApplicationFields';
import { GrantApplicationStatusBadge } from './GrantApplicationStatusBadge';

interface FieldErrors {
  businessPlan?: string;
  amount?: string;
}

/** The API's field messages are English and written for staff: the person gets their own words. */
function refusedField(error: unknown, field: string): boolean {
  return error instanceof ApiError && error.code === 'validation_failed' && Boolean(error.fields[field]?.length);
}

/**
 * "Apply for this grant", on the grant's page: the person writes their business idea and the
 * amount they need, and can then follow the application under "My grant applications".
 */
export function ApplyForGrant({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const format = useGrantFormat();
  const programme = useGrantOpportunity(programmeId);
  const existing = useOpenApplicationTo(programmeId);
  const submit = useSubmitGrantApplication();
  const [opened, setOpened] = useState(false);
  const [businessPlan, setBusinessPlan] = useState('');
  const [amount, setAmount] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const openButtonRef = useRef<HTMLButtonElement>(null);
  const wasOpened = useRef(false);

  // Opening the form takes focus to it; cancelling returns focus to the button that opened it.
  useEffect(() => {
    if (opened) headingRef.current?.focus();
    else if (wasOpened.current) openButtonRef.current?.focus();
    wasOpened.current = opened;
  }, [opened]);

  useEffect(() => {
    if (submit.isSuccess) doneRef.current?.focus();
  }, [submit.isSuccess]);

  const range = programme.data?.amount;
  const rangeWords = range && {
    min: format.money(range.minMinor, range.currency),
    max: format.money(range.maxMinor, range.currency),
  };

  if (submit.data) {
    return (
      <Paper component="section" aria-labelledby={headingId} withBorder p="md">
        <Stack gap="sm">
          <Title order={2} size="h3" id={headingId} ref={doneRef} tabIndex={-1} style={FOCUSED_HEADING_STYLE}>
            {t('grantApplications.apply.sentTitle')}
          </Title>
          <Text>{t('grantApplications.apply.sentBody')}</Text>
          <Anchor component={Link} to={GRANT_APPLICATION_PATHS.survivorApplication(submit.data.id)} w="fit-content" fw={600}>
            {t('grantApplications.apply.seeApplication')}
          </Anchor>
        </Stack>
      </Paper>
    );
  }

  if (existing.data && !opened) return <AlreadyApplied application={existing.data} />;

  if (!opened) {
    return (
      <Button
        ref={openButtonRef}
        size="md"
        mih={TOUCH_SIZE}
        w="fit-content"
        maw="100%"
        disabled={existing.isPending}
        onClick={() => {
          submit.reset();
          setFieldErrors({});
          setOpened(true);
        }}
      >
        {t('grantApplications.apply.open')}
      </Button>
    );
  }

  const error = submit.error;
  const conflict = error instanceof ApiError && error.status === 409;
  const closed = error instanceof ApiError && error.status === 404;
  const notForYou = refusedField(error, 'programmeId');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = readAmount(amount, range);
    const errors: FieldErrors = {
      businessPlan: checkBusinessPlan(t, businessPlan),
      amount: 'problem' in checked ? amountProblemMessage(t, checked.problem, rangeWords) : undefined,
    };
    setFieldErrors(errors);
    if (errors.businessPlan || 'problem' in checked) return;
    submit.mutate(
      { programmeId, businessPlan: businessPlan.trim(), requestedMinor: checked.minor },
      {
        onError: (failure) => {
          // Already applied (perhaps from another device): the list now holds the application to link to.
          if (failure instanceof ApiError && failure.status === 409) void existing.refetch();
        },
      },
    );
  };

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md">
      <form method="post" noValidate onSubmit={onSubmit}>
        <Stack gap="md">
          <Title order={2} size="h3" id={headingId} ref={headingRef} tabIndex={-1} style={FOCUSED_HEADING_STYLE}>
            {t('grantApplications.apply.heading')}
          </Title>
          <Text>{t('grantApplications.apply.intro')}</Text>
          {conflict ? (
            <Alert color="blue" variant="light" role="alert" title={t('grantApplications.apply.alreadyTitle')}>
              <Stack gap="xs">
                <Text size="sm">{t('grantApplications.apply.alreadyBody')}</Text>
                {existing.data && (
                  <Anchor component={Link} to={GRANT_APPLICATION_PATHS.survivorApplication(existing.data.id)} size="sm" fw={600}>
                    {t('grantApplications.apply.seeApplication')}
                  </Anchor>
                )}
              </Stack>
            </Alert>
          ) : closed ? (
            <Alert color="red" variant="light" role="alert" title={t('grantApplications.apply.failed')}>
              {t('grantApplications.apply.closed')}
            </Alert>
          ) : notForYou ? (
            <Alert color="red" variant="light" role="alert" title={t('grantApplications.apply.failed')}>
              {t('grantApplications.apply.notForYou')}
            </Alert>
          ) : (
            error && <ErrorAlert error={error} title={t('grantApplications.apply.failed')} />
          )}
          <BusinessPlanField
            label={t('grantApplications.apply.businessPlan')}
            hint={t('grantApplications.apply.businessPlanHint')}
            value={businessPlan}
            onChange={setBusinessPlan}
            error={fieldErrors.businessPlan ?? (refusedField(error, 'businessPlan') ? t('grantApplications.form.planTooShort', { min: LIMITS.planMin }) : undefined)}
          />
          <AmountField
            label={t('grantApplications.apply.amount')}
            hint={rangeWords ? t('grantApplications.apply.amountHint', rangeWords) : undefined}
            name="requestedAmount"
            value={amount}
            onChange={setAmount}
            error={fieldErrors.amount ?? (refusedField(error, 'requestedMinor') ? amountProblemMessage(t, 'outsideRange', rangeWords) : undefined)}
          />
          <Group gap="sm">
            <Button type="submit" size="md" mih={TOUCH_SIZE} disabled={submit.isPending}>
              {submit.isPending ? t('grantApplications.apply.sending') : t('grantApplications.apply.submit')}
            </Button>
            <Button variant="default" size="md" mih={TOUCH_SIZE} onClick={() => setOpened(false)} disabled={submit.isPending}>
              {t('grantApplications.apply.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** The person has an application to this programme that still counts: link to it instead. */
function AlreadyApplied({ application }: { application: GrantApplicationSummary }) {
  const { t } = useTranslation();
  const format = useGrantFormat();
  return (
    <Paper withBorder p="md">
      <Stack gap="xs" align="flex-start">
        <Text fw={700}>{t('grantApplications.apply.appliedOn', { date: format.date(application.createdAt) })}</Text>
        <GrantApplicationStatusBadge status={application.status} audience="survivor" />
        <Anchor component={Link} to={GRANT_APPLICATION_PATHS.survivorApplication(application.id)} fw={600}>
          {t('grantApplications.apply.seeApplication')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
