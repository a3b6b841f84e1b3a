import { Fieldset, Radio, rem, SimpleGrid, Text } from '@mantine/core';
import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

interface YesNoQuestionProps {
  /** The radios' shared name. */
  name: string;
  question: string;
  value: boolean | undefined;
  onChange: (value: boolean) => void;
  /** Shown under the choices and read out with each of them. */
  error?: string;
  /** The "Yes" radio, to move focus to an unanswered question. */
  ref?: Ref<HTMLInputElement>;
}

const OPTIONS = [
  { value: true, key: 'yes' },
  { value: false, key: 'no' },
] as const;

/**
 * One question as a fieldset named by its legend, with Yes and No as two wide boxes: the whole
 * box takes the tap, and it is at least 48px high for a thumb on a small phone.
 */
export function YesNoQuestion({ name, question, value, onChange, error, ref }: YesNoQuestionProps) {
  const { t } = useTranslation();
  const errorId = useId();
  return (
    <Fieldset
      legend={question}
      variant="unstyled"
      p={0}
      m={0}
      miw={0}
      // A long question wraps on a phone instead of widening the page.
      styles={{ legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)', marginBottom: 'var(--mantine-spacing-xs)', padding: 0, maxWidth: '100%', whiteSpace: 'normal' } }}
    >
      <SimpleGrid cols={2} spacing="sm" maw={rem(400)}>
        {OPTIONS.map((option) => {
          const checked = value === option.value;
          return (
            <Radio
              key={option.key}
              ref={option.value ? ref : undefined}
              name={name}
              value={option.key}
              size="md"
              label={t(`checkIns.form.${option.key}`)}
              checked={checked}
              onChange={() => onChange(option.value)}
              aria-describedby={error ? errorId : undefined}
              styles={{
                root: {
                  // Gray 7 keeps the box's edge at 3:1 or more against the page (WCAG 1.4.11).
                  border: `${rem(checked ? 2 : 1)} solid ${error ? 'var(--mantine-color-error)' : checked ? 'var(--mantine-primary-color-filled)' : 'var(--mantine-color-gray-7)'}`,
                  borderRadius: 'var(--mantine-radius-md)',
                  paddingInlineStart: 'var(--mantine-spacing-sm)',
                  background: checked ? 'var(--mantine-primary-color-light)' : undefined,
                },
                body: { alignItems: 'center' },
                labelWrapper: { flex: 1 },
                label: { minHeight: rem(48), display: 'flex', alignItems: 'center', cursor: 'pointer', fontSize: 'var(--mantine-font-size-md)' },
              }}
            />
          );
        })}
      </SimpleGrid>
      {error && (
        <Text id={errorId} size="sm" mt={6} c="var(--mantine-color-error)">
          {error}
        </Text>
      )}
    </Fieldset>
  );
}
