import { Checkbox, Fieldset, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { TOUCH_CHOICE_STYLES } from '../../opportunities/layout';

export interface Choice<T extends string> {
  value: T;
  label: string;
  description?: string;
}

interface FieldsetFrameProps {
  legend: string;
  description?: string;
  error?: string;
  disabled?: boolean;
  children: ReactNode;
}

/** A fieldset whose legend names the group, with its hint and error read out with it. */
function FieldsetFrame({ legend, description, error, disabled, children }: FieldsetFrameProps) {
  const descriptionId = useId();
  const errorId = useId();
  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <Fieldset legend={legend} aria-describedby={describedBy} disabled={disabled} variant="unstyled" p={0} m={0} miw={0} styles={{ legend: { fontWeight: 700 } }}>
      <Stack gap={4}>
        {description && (
          <Text id={descriptionId} size="sm" c="dimmed">
            {description}
          </Text>
        )}
        {children}
        {error && (
          <Text id={errorId} size="sm" c="var(--mantine-color-error)">
            {error}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}

interface CheckboxFieldsetProps<T extends string> extends Omit<FieldsetFrameProps, 'children'> {
  choices: Choice<T>[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  /** Two columns from the `xs` breakpoint up, for short labels. */
  columns?: 1 | 2;
}

/** Checkboxes for a set of codes; the value keeps the choices' order. */
export function CheckboxFieldset<T extends string>({ choices, value, onChange, columns = 1, ...frame }: CheckboxFieldsetProps<T>) {
  const chosen = new Set(value);
  const toggle = (code: T, on: boolean) => onChange(choices.map((choice) => choice.value).filter((candidate) => (candidate === code ? on : chosen.has(candidate))));
  return (
    <FieldsetFrame {...frame}>
      <SimpleGrid cols={{ base: 1, xs: columns }} spacing="md" verticalSpacing={0}>
        {choices.map((choice) => (
          <Checkbox
            key={choice.value}
            size="md"
            styles={TOUCH_CHOICE_STYLES}
            label={choice.label}
            description={choice.description}
            checked={chosen.has(choice.value)}
            onChange={(event) => toggle(choice.value, event.currentTarget.checked)}
          />
        ))}
      </SimpleGrid>
    </FieldsetFrame>
  );
}

interface RadioFieldsetProps<T extends string> extends Omit<FieldsetFrameProps, 'children'> {
  name: string;
  choices: Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}

export function RadioFieldset<T extends string>({ name, choices, value, onChange, ...frame }: RadioFieldsetProps<T>) {
  return (
    <FieldsetFrame {...frame}>
      {choices.map((choice) => (
        <Radio
          key={choice.value}
          size="md"
          styles={TOUCH_CHOICE_STYLES}
          name={name}
          value={choice.value}
          label={choice.label}
          description={choice.description}
          checked={value === choice.value}
          onChange={() => onChange(choice.value)}
        />
      ))}
    </FieldsetFrame>
  );
}
