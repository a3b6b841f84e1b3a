import { Button, Checkbox, NativeSelect, Stack } from '@mantine/core';
import { SEARCH_SORTS, type SearchSort } from '@onward/shared';
import { useTranslation } from 'react-i18next';
import { useRegions } from '../../reference';
import { activeFilterCount, facetOptions, FILTER_VALUES, NO_FILTERS, oneOf, type FacetOption, type Facets, type SearchFilters as Filters } from '../searchCriteria';
import { TOUCH_CHOICE_STYLES, TOUCH_SIZE, TOUCH_INPUT_STYLES } from '../layout';

interface SearchFiltersProps {
  filters: Filters;
  /** Counts from the latest results; undefined before the first answer. */
  facets: Facets | undefined;
  onChange: (filters: Filters) => void;
}

/** One-choice filters as native selects: the phone's own picker, big and familiar. */
export function SearchFilters({ filters, facets, onChange }: SearchFiltersProps) {
  const { t } = useTranslation();
  const { regions, regionName } = useRegions();
  const set = (change: Partial<Filters>) => onChange({ ...filters, ...change });

  const options = <T extends string>(facetValues: FacetOption<T>[], label: (value: T) => string, anyLabel: string) => [
    { value: '', label: anyLabel },
    ...facetValues.map(({ value, count }) => ({
      value,
      label: count === undefined ? label(value) : t('opportunities.filters.withCount', { label: label(value), count }),
    })),
  ];

  const regionCodes = regions.map((region) => region.code);
  const remoteCount = filters.remoteOnly || !facets ? undefined : (facets.remote.find((facet) => facet.value === 'true')?.count ?? 0);

  return (
    <Stack gap="md">
      <NativeSelect
        label={t('opportunities.filters.type')}
        value={filters.type ?? ''}
        onChange={(event) => {
          const type = oneOf(FILTER_VALUES.type, event.currentTarget.value);
          // Grants have no wage: a pay filter would leave nothing.
          set({ type, ...(type === 'grant' && { wageBand: null }) });
        }}
        data={options(facetOptions(FILTER_VALUES.type, facets?.type, filters.type), (type) => t(`reference.opportunityTypes.${type}`), t('opportunities.filters.anyType'))}
        styles={TOUCH_INPUT_STYLES}
      />
      <NativeSelect
        label={t('opportunities.filters.sector')}
        value={filters.sector ?? ''}
        onChange={(event) => set({ sector: oneOf(FILTER_VALUES.sector, event.currentTarget.value) })}
        data={options(facetOptions(FILTER_VALUES.sector, facets?.sector, filters.sector), (sector) => t(`reference.sectors.${sector}`), t('reference.anySector'))}
        styles={TOUCH_INPUT_STYLES}
      />
      <NativeSelect
        label={t('opportunities.filters.region')}
        value={filters.region ?? ''}
        onChange={(event) => set({ region: oneOf(regionCodes, event.currentTarget.value) })}
        data={options(facetOptions(regionCodes, facets?.region, filters.region), regionName, t('reference.anyRegion'))}
        styles={TOUCH_INPUT_STYLES}
      />
      <Checkbox
        label={
          remoteCount === undefined
            ? t('opportunities.filters.remoteOnly')
            : t('opportunities.filters.withCount', { label: t('opportunities.filters.remoteOnly'), count: remoteCount })
        }
        checked={filters.remoteOnly}
        onChange={(event) => set({ remoteOnly: event.currentTarget.checked })}
        size="md"
        styles={TOUCH_CHOICE_STYLES}
      />
      <NativeSelect
        label={t('opportunities.filters.language')}
        value={filters.language ?? ''}
        onChange={(event) => set({ language: oneOf(FILTER_VALUES.language, event.currentTarget.value) })}
        data={options(
          facetOptions(FILTER_VALUES.language, facets?.languages, filters.language),
          (language) => t(`reference.languages.${language}`),
          t('opportunities.filters.anyLanguage'),
        )}
        styles={TOUCH_INPUT_STYLES}
      />
      <NativeSelect
        label={t('opportunities.filters.wage')}
        description={t('opportunities.filters.wageHint')}
        value={filters.wageBand ?? ''}
        disabled={filters.type === 'grant'}
        onChange={(event) => set({ wageBand: oneOf(FILTER_VALUES.wageBand, event.currentTarget.value) })}
        data={options(facetOptions(FILTER_VALUES.wageBand, facets?.wage, filters.wageBand), (band) => t(`reference.wageBands.${band}`), t('opportunities.filters.anyWage'))}
        styles={TOUCH_INPUT_STYLES}
      />
      <Button variant="default" mih={TOUCH_SIZE} disabled={activeFilterCount(filters) === 0} onClick={() => onChange(NO_FILTERS)}>
        {t('opportunities.filters.clear')}
      </Button>
    </Stack>
  );
}

interface SortSelectProps {
  value: SearchSort;
  onChange: (sort: SearchSort) => void;
}

export function SortSelect({ value, onChange }: SortSelectProps) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('opportunities.sort.label')}
      value={value}
      onChange={(event) => onChange(oneOf(SEARCH_SORTS, event.currentTarget.value) ?? 'relevance')}
      data={SEARCH_SORTS.map((sort) => ({ value: sort, label: t(`opportunities.sort.${sort}`) }))}
      styles={TOUCH_INPUT_STYLES}
    />
  );
}
