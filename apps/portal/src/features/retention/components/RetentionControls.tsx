import { Button, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterControl } from '../../applications/components/FilterControl';
import { GROUPINGS, SUBJECTS, rangeIsReversed, type RetentionView } from '../retentionView';

interface RetentionControlsProps {
  view: RetentionView;
  onChange: (changes: Partial<RetentionView>) => void;
  /** The CSV of the figures shown; null while the choices cannot be asked for. */
  csvHref: string | null;
}

/** What the figures are about, how they are grouped and over which starts; and the download. */
export function RetentionControls({ view, onChange, csvHref }: RetentionControlsProps) {
  const { t } = useTranslation();
  const downloadHintId = useId();
  const { subject } = view;
  const reversed = rangeIsReversed(view);

  return (
    <Stack gap="md">
      <FilterControl
        legend={t('retention.controls.subject')}
        value={subject}
        onChange={(next) => onChange({ subject: next })}
        options={SUBJECTS.map((value) => ({ value, label: t(`retention.${value}.choice`) }))}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" maw={900}>
        <NativeSelect
          label={t('retention.controls.groupBy')}
          value={view.groupBy ?? ''}
          onChange={(event) => onChange({ groupBy: GROUPINGS.find((grouping) => grouping === event.currentTarget.value) ?? null })}
          data={[
            { value: '', label: t('retention.controls.noGrouping') },
            // For grants the API groups by funder and programme: the same codes, named for them.
            ...GROUPINGS.map((value) => ({ value, label: t(`retention.groupings.${subject}.${value}`) })),
          ]}
        />
        <TextInput
          type="date"
          label={t(`retention.${subject}.from`)}
          value={view.from}
          max={view.to || undefined}
          onChange={(event) => onChange({ from: event.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t(`retention.${subject}.to`)}
          value={view.to}
          min={view.from || undefined}
          onChange={(event) => onChange({ to: event.currentTarget.value })}
          error={reversed ? t('retention.controls.toBeforeFrom') : undefined}
        />
      </SimpleGrid>
      {csvHref && (
        <Stack gap={4} align="flex-start">
          <Button component="a" href={csvHref} download variant="default" aria-describedby={downloadHintId}>
            {t('retention.controls.download')}
          </Button>
          <Text id={downloadHintId} size="sm" c="dimmed">
            {t('retention.controls.downloadHint')}
          </Text>
        </Stack>
      )}
    </Stack>
  );
}
