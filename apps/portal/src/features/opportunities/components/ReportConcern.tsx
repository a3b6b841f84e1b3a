import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { CONCERN_CATEGORIES, type ConcernCategory } from '@onward/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/errors';
import { ErrorAlert, serverFieldError } from '../../shell/components/ErrorAlert';
import { useReportConcern } from '../hooks/useReportConcern';
import { oneOf } from '../searchCriteria';
import { PHONE_QUERY, TOUCH_CHOICE_STYLES, TOUCH_SIZE } from '../layout';

// The API's limits on `details`.
const DETAILS_MIN = 3;
const DETAILS_MAX = 4000;

interface FieldErrors {
  category?: string;
  details?: string;
}

/** "Report a concern about this employer": a dialog; the employer is never told who reported. */
export function ReportConcern({ employerId }: { employerId: string }) {
  const { t, i18n } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const fullScreen = useMediaQuery(PHONE_QUERY, undefined, { getInitialValueInEffect: false });
  const report = useReportConcern(employerId);
  const [category, setCategory] = useState<ConcernCategory | null>(null);
  const [details, setDetails] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const closeButtonRef = useRef<HTMLButtonElement>(null);

  // The form is replaced by the confirmation: focus must not be left on a button that is gone.
  useEffect(() => {
    if (report.isSuccess) closeButtonRef.current?.focus();
  }, [report.isSuccess]);

  const onOpen = () => {
    report.reset();
    setCategory(null);
    setDetails('');
    setFieldErrors({});
    open();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = details.trim();
    const errors: FieldErrors = {
      category: category ? undefined : t('opportunities.concern.chooseCategory'),
      details: !trimmed
        ? t('validation.required')
        : trimmed.length < DETAILS_MIN
          ? t('opportunities.concern.detailsTooShort', { count: DETAILS_MIN })
          : trimmed.length > DETAILS_MAX
            ? t('opportunities.concern.detailsTooLong', { count: DETAILS_MAX })
            : undefined,
    };
    setFieldErrors(errors);
    if (errors.category || errors.details || !category) return;
    report.mutate({ category, details: trimmed });
  };

  const tooMany = report.error instanceof ApiError && report.error.status === 429;
  // The API's own words are English only; other languages get the same words from the locale.
  const confirmation = report.data && (i18n.resolvedLanguage === 'en' ? report.data.message : t('opportunities.concern.sentBody'));

  return (
    <>
      <Button
        variant="default"
        mih={TOUCH_SIZE}
        h="auto"
        py={8}
        w="fit-content"
        maw="100%"
        aria-haspopup="dialog"
        onClick={onOpen}
        styles={{ label: { whiteSpace: 'normal', lineHeight: 1.4 } }}
      >
        {t('opportunities.concern.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('opportunities.concern.title')}
        size="lg"
        fullScreen={fullScreen}
        closeButtonProps={{ 'aria-label': t('opportunities.concern.close') }}
      >
        {report.isSuccess ? (
          <Stack gap="md">
            <Alert color="teal" variant="light" role="status" title={t('opportunities.concern.sentTitle')}>
              {confirmation}
            </Alert>
            <Button ref={closeButtonRef} mih={TOUCH_SIZE} w="fit-content" onClick={close}>
              {t('opportunities.concern.done')}
            </Button>
          </Stack>
        ) : (
          <form method="post" noValidate onSubmit={onSubmit}>
            <Stack gap="md">
              <Text>{t('opportunities.concern.intro')}</Text>
              {report.error &&
                (tooMany ? (
                  <Alert color="red" variant="light" role="alert" title={t('opportunities.concern.errorTitle')}>
                    {t('opportunities.concern.tooMany')}
                  </Alert>
                ) : (
                  <ErrorAlert error={report.error} title={t('opportunities.concern.errorTitle')} />
                ))}
              <Radio.Group
                label={t('opportunities.concern.category')}
                name="category"
                required
                value={category ?? ''}
                onChange={(value) => setCategory(oneOf(CONCERN_CATEGORIES, value))}
                error={fieldErrors.category ?? serverFieldError(t, report.error, 'category')}
              >
                <Stack gap={0} mt="xs">
                  {CONCERN_CATEGORIES.map((value) => (
                    <Radio key={value} value={value} label={t(`reference.concernCategories.${value}`)} size="md" styles={TOUCH_CHOICE_STYLES} />
                  ))}
                </Stack>
              </Radio.Group>
              <Textarea
                label={t('opportunities.concern.details')}
                description={t('opportunities.concern.detailsHint')}
                name="details"
                dir="auto"
                required
                rows={5}
                resize="vertical"
                maxLength={DETAILS_MAX}
                value={details}
                onChange={(event) => setDetails(event.currentTarget.value)}
                error={fieldErrors.details ?? serverFieldError(t, report.error, 'details')}
              />
              <Group gap="sm">
                <Button type="submit" mih={TOUCH_SIZE} disabled={report.isPending}>
                  {report.isPending ? t('opportunities.concern.submitting') : t('opportunities.concern.submit')}
                </Button>
                <Button variant="default" mih={TOUCH_SIZE} onClick={close}>
                  {t('opportunities.concern.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  );
}
