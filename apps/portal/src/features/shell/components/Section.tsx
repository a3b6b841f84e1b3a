import { Stack, Text, Title, type TitleSize } from '@mantine/core';
import { useId, type ReactNode } from 'react';

interface SectionProps {
  heading: string;
  /** A sentence under the heading. */
  intro?: string;
  /** 3 for a part of a part. */
  order?: 2 | 3;
  size?: TitleSize;
  children: ReactNode;
}

/** A part of a page under its own heading, named by it for screen readers. */
export function Section({ heading, intro, order = 2, size = 'h3', children }: SectionProps) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={order} size={size} id={headingId}>
        {heading}
      </Title>
      {intro && <Text>{intro}</Text>}
      {children}
    </Stack>
  );
}
