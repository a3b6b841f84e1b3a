import { Button, Group, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuickExit } from '../hooks/QuickExitContext';

export function QuickExitButton() {
  const { t } = useTranslation();
  const exit = useQuickExit();
  const hintId = useId();
  return (
    <Group gap="xs" wrap="nowrap">
      <Button color="red.9" size="sm" onClick={exit} aria-describedby={hintId}>
        {t('safety.quickExit')}
      </Button>
      {/* Phones rarely have an Esc key, so the hint is shown only on wider screens. */}
      <Text id={hintId} size="sm" visibleFrom="sm">
        {t('safety.quickExitHint')}
      </Text>
    </Group>
  );
}
