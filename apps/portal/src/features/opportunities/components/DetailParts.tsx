import { Anchor, Box, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OPPORTUNITY_PATHS } from '../navigation';
import { TOUCH_SIZE } from '../layout';

export function BackToSearchLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={OPPORTUNITY_PATHS.search} w="fit-content" mih={TOUCH_SIZE} display="inline-flex" style={{ alignItems: 'center' }}>
      {t('opportunities.detail.back')}
    </Anchor>
  );
}

export interface Fact {
  label: string;
  value: ReactNode;
}

/** The short facts of a job or grant, as a description list a screen reader can read in pairs. */
export function FactList({ heading, facts }: { heading: string; facts: Fact[] }) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md">
      <Title order={2} size="h4" id={headingId} mb="sm">
        {heading}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="sm" m={0}>
        {facts.map((fact) => (
          <div key={fact.label}>
            <Text component="dt" fw={700}>
              {fact.label}
            </Text>
            <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
              {fact.value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}

export function DetailSection({ heading, children }: { heading: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={2} size="h3" id={headingId}>
        {heading}
      </Title>
      {children}
    </Stack>
  );
}

/** Text an employer or funder wrote, keeping their line breaks and its own writing direction. */
export function WrittenText({ children }: { children: string }) {
  return (
    <Box component="p" m={0} dir="auto" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
      {children}
    </Box>
  );
}
