import { Select, Stack, Text, type ComboboxData } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TOUCH_INPUT_STYLES } from '../../opportunities/layout';

interface ChosenListProps<Item extends { code: string }> {
  /** The list's name, for screen readers: the section's heading. */
  label: string;
  /** Said when nothing is chosen yet. */
  none: string;
  items: Item[];
  /** One chosen item; `remove` takes it off the list. */
  renderItem: (item: Item, index: number, remove: () => void) => ReactNode;
  onRemove: (index: number) => void;
  /** A problem with the list as a whole. */
  error?: string;
  add: { label: string; description: string; options: ComboboxData; onAdd: (code: string) => void; disabled?: boolean };
}

/**
 * What the person has chosen, one row each, and a search box that adds one more. On a phone a
 * multi-select of a long list would be cramped; this way each item gets its own row.
 */
export function ChosenList<Item extends { code: string }>({ label, none, items, renderItem, onRemove, error, add }: ChosenListProps<Item>) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const addRef = useRef<HTMLInputElement>(null);

  // The removed row's button goes with it: focus moves to the picker rather than to the page.
  const remove = (index: number) => {
    onRemove(index);
    addRef.current?.focus();
  };

  return (
    <>
      {items.length === 0 ? (
        <Text c="dimmed">{none}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
          {items.map((item, index) => (
            <li key={item.code}>{renderItem(item, index, () => remove(index))}</li>
          ))}
        </Stack>
      )}
      {error && (
        <Text size="sm" c="var(--mantine-color-error)">
          {error}
        </Text>
      )}
      <Select
        ref={addRef}
        size="md"
        styles={TOUCH_INPUT_STYLES}
        label={add.label}
        description={add.description}
        searchable
        data={add.options}
        value={null}
        searchValue={search}
        onSearchChange={setSearch}
        onOptionSubmit={(code) => {
          add.onAdd(code);
          setSearch('');
        }}
        maxDropdownHeight={280}
        nothingFoundMessage={t('employers.common.nothingFound')}
        disabled={add.disabled}
      />
    </>
  );
}
