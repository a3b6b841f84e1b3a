import { Button, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TOUCH_SIZE } from '../layout';

interface SearchResultsEmptyProps {
  hasText: boolean;
  hasFilters: boolean;
  onClearFilters: () => void;
}

/** Nothing matched: say what could help, and offer the one-tap way out. */
export function SearchResultsEmpty({ hasText, hasFilters, onClearFilters }: SearchResultsEmptyProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" py="md">
      <Title order={3} size="h4">
        {t('opportunities.results.emptyHeading')}
      </Title>
      {hasText || hasFilters ? (
        <>
          <Text>{t('opportunities.results.emptyIntro')}</Text>
          <List>
            {hasText && <List.Item>{t('opportunities.results.tipFewerWords')}</List.Item>}
            {hasText && <List.Item>{t('opportunities.results.tipOtherWords')}</List.Item>}
            {hasFilters && <List.Item>{t('opportunities.results.tipClearFilters')}</List.Item>}
          </List>
        </>
      ) : (
        <Text>{t('opportunities.results.emptyLater')}</Text>
      )}
      {hasFilters && (
        <Button variant="default" mih={TOUCH_SIZE} w="fit-content" onClick={onClearFilters}>
          {t('opportunities.filters.clear')}
        </Button>
      )}
    </Stack>
  );
}
