import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ProductName() {
  const { t } = useTranslation();
  return (
    <Text fw={700} size="lg" component="span">
      {t('app.name')}
    </Text>
  );
}
