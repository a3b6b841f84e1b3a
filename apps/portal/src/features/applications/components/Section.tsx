import { Stack, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** A part of a page under its own heading, named by it for screen readers. */
export function Section({ heading, children }: { heading: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h3" id={headingId}>
        {heading}
      </Title>
      {children}
    </Stack>
  );
}
