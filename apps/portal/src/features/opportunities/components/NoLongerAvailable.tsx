import { Button, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { opportunityKeys } from '../api/opportunitiesApi';
import { useFocusWhenReady } from '../hooks/useFocusWhenReady';
import { OPPORTUNITY_PATHS } from '../navigation';
import { FOCUSED_HEADING_STYLE, TOUCH_SIZE } from '../layout';

/** A job or grant that was closed or taken down (its employer may have been suspended). */
export function NoLongerAvailable() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const headingRef = useFocusWhenReady<HTMLHeadingElement>(true);
  // Results loaded earlier may still list it: fetch them again before the person goes back.
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: opportunityKeys.searches });
  }, [queryClient]);
  return (
    <Stack gap="md" maw={640}>
      <Title order={1} ref={headingRef} tabIndex={-1} style={FOCUSED_HEADING_STYLE}>
        {t('opportunities.detail.notAvailableTitle')}
      </Title>
      <Text>{t('opportunities.detail.notAvailableBody')}</Text>
      <Button component={Link} to={OPPORTUNITY_PATHS.search} mih={TOUCH_SIZE} w="fit-content">
        {t('opportunities.detail.notAvailableLink')}
      </Button>
    </Stack>
  );
}
