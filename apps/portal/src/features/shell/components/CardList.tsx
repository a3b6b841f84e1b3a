import { Card, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

interface CardListProps<Item> {
  items: readonly Item[];
  /** The list's name, for screen readers. */
  label: string;
  /** Each card's contents, stacked. */
  children: (item: Item) => ReactNode;
}

/** A list of records on a phone, where a table would not fit: one card each, in a labelled list. */
export function CardList<Item extends { id: string }>({ items, label, children }: CardListProps<Item>) {
  return (
    <Stack gap="sm" component="ul" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item) => (
        <Card key={item.id} component="li" withBorder padding="sm">
          <Stack gap="sm">{children(item)}</Stack>
        </Card>
      ))}
    </Stack>
  );
}
