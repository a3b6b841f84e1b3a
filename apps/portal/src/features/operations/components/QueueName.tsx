import { Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { queueLabelKey } from '../format';

/** A queue by its label, with its technical name under it (what the logs and the README call it). */
export function QueueName({ name }: { name: string }) {
  const { t } = useTranslation();
  const key = queueLabelKey(name);
  return (
    <Stack gap={2} component="span">
      {key && (
        <Text span fw={600} size="sm">
          {t(key)}
        </Text>
      )}
      <Code dir="ltr" style={{ width: 'fit-content' }}>
        {name}
      </Code>
    </Stack>
  );
}
