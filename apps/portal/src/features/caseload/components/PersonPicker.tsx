import { Fieldset, Radio, Stack, Text, TextInput } from '@mantine/core';
import { PSEUDONYM_MAX_LENGTH } from '@onward/shared';
import { TOUCH_CHOICE_STYLES } from '../../opportunities/layout';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import type { SurvivorSummary } from '../api/types';
import { useSurvivorList } from '../hooks/useSurvivors';
import { useSurvivorSearch, type SurvivorSearch } from '../hooks/useSurvivorSearch';

/** How many people a search offers to choose from. */
const CHOICES_SHOWN = 10;

export type PersonChoice = Pick<SurvivorSummary, 'id' | 'pseudonym'>;

interface SurvivorSearchFieldProps {
  label: string;
  description: string;
  search: SurvivorSearch;
}

/** The search box for people by the name shown. Enter searches at once, and never sends a form around it. */
export function SurvivorSearchField({ label, description, search }: SurvivorSearchFieldProps) {
  return (
    <TextInput
      label={label}
      description={description}
      type="search"
      name="q"
      autoComplete="off"
      dir="auto"
      maxLength={PSEUDONYM_MAX_LENGTH}
      value={search.draft}
      onChange={(event) => search.setDraft(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        search.searchNow();
      }}
    />
  );
}

/** The words of the form the picker sits in: each feature says it its own way. */
export interface PersonPickerLabels {
  legend: string;
  search: string;
  searchHint: string;
  /** The list of people to choose from. */
  person: string;
  /** Said when there is nobody to choose; `searched` is '' before any search. */
  nobody: (searched: string) => string;
  /** The title of the alert when the search failed; left out, the generic one. */
  searchFailed?: string;
}

interface PersonPickerProps {
  labels: PersonPickerLabels;
  value: PersonChoice | null;
  onChange: (person: PersonChoice | null) => void;
  error?: string;
}

/** A caseworker chooses one of the people their organisation serves: a search, then a list to choose from. */
export function PersonPicker({ labels, value, onChange, error }: PersonPickerProps) {
  const search = useSurvivorSearch();
  const { searched } = search;
  const people = useSurvivorList({ ...(searched && { q: searched }), limit: CHOICES_SHOWN });
  const found: PersonChoice[] = people.data?.items ?? [];
  // The chosen person stays a choice while another search shows other people.
  const choices = value && !found.some((candidate) => candidate.id === value.id) ? [value, ...found] : found;

  return (
    <Fieldset legend={labels.legend}>
      <Stack gap="md">
        <SurvivorSearchField label={labels.search} description={labels.searchHint} search={search} />
        {people.error ? (
          <ErrorAlert error={people.error} title={labels.searchFailed} onRetry={() => void people.refetch()} />
        ) : (
          <Radio.Group
            label={labels.person}
            name="survivorId"
            required
            value={value?.id ?? ''}
            onChange={(id) => onChange(choices.find((candidate) => candidate.id === id) ?? null)}
            error={error}
          >
            <Stack gap={0} mt="xs" aria-busy={people.isFetching}>
              {choices.length === 0 && !people.isPending ? (
                <Text size="sm">{labels.nobody(searched)}</Text>
              ) : (
                choices.map((candidate) => (
                  <Radio key={candidate.id} value={candidate.id} label={<bdi>{candidate.pseudonym}</bdi>} size="md" styles={TOUCH_CHOICE_STYLES} />
                ))
              )}
            </Stack>
          </Radio.Group>
        )}
      </Stack>
    </Fieldset>
  );
}
