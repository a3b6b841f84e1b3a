import { Fieldset, SegmentedControl } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { NARROW_QUERY, PHONE_QUERY } from '../../opportunities/layout';

interface FilterControlProps<T extends string> {
  legend: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
  /** Many options need a wide screen to sit side by side: stack them below tablet width too. */
  stackWhenNarrow?: boolean;
}

/** One choice among a few, as a segmented control in a fieldset; stacked on a phone. */
export function FilterControl<T extends string>({ legend, value, options, onChange, stackWhenNarrow = false }: FilterControlProps<T>) {
  const isPhone = useMediaQuery(stackWhenNarrow ? NARROW_QUERY : PHONE_QUERY, undefined, { getInitialValueInEffect: false }) ?? false;
  return (
    <Fieldset legend={legend} variant="unstyled" p={0} m={0} miw={0} styles={{ legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 4 } }}>
      <SegmentedControl
        value={value}
        onChange={(next) => onChange(options.find((option) => option.value === next)?.value ?? value)}
        data={options}
        orientation={isPhone ? 'vertical' : 'horizontal'}
        fullWidth={isPhone}
      />
    </Fieldset>
  );
}
