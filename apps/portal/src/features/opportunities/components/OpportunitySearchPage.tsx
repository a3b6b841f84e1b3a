import { Alert, Box, Button, Drawer, Group, Pagination, Stack, Text, TextInput, Title, VisuallyHidden, rem } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { SEARCH_QUERY_MAX_LENGTH } from '@onward/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shell/components/ErrorAlert';
import { HEADER_HEIGHT } from '../../shell/components/PublicLayout';
import { usePageTitle } from '../../shell/hooks/usePageTitle';
import { useOpportunitySearch } from '../hooks/useOpportunitySearch';
import { useSearchCriteria } from '../hooks/SearchCriteriaContext';
import { isSearchUnavailable } from '../opportunityErrors';
import { activeFilterCount, NO_FILTERS, pageCount, type SearchCriteria, type SearchFilters as Filters } from '../searchCriteria';
import { FOCUSED_HEADING_STYLE, NARROW_QUERY, TOUCH_INPUT_STYLES, TOUCH_SIZE } from '../layout';
import { OpportunityCard } from './OpportunityCard';
import { SearchFilters, SortSelect } from './SearchFilters';
import { SearchResultsEmpty } from './SearchResultsEmpty';

function filtersOf(criteria: SearchCriteria): Filters {
  const { type, sector, region, language, wageBand, remoteOnly } = criteria;
  return { type, sector, region, language, wageBand, remoteOnly };
}

export function OpportunitySearchPage() {
  const { t } = useTranslation();
  usePageTitle(t('opportunities.search.title'));
  const { criteria, setCriteria, lastOpenedId, setLastOpenedId } = useSearchCriteria();
  const [draft, setDraft] = useState(criteria.text);
  const search = useOpportunitySearch(criteria);
  const filtersInDrawer = useMediaQuery(NARROW_QUERY, undefined, { getInitialValueInEffect: false });
  const [drawerOpened, drawer] = useDisclosure(false);
  const resultsHeadingId = useId();
  const filtersHeadingId = useId();
  const resultsHeadingRef = useRef<HTMLHeadingElement>(null);
  const lastOpenedLinkRef = useRef<HTMLAnchorElement>(null);

  // Back from a job or grant: focus returns to its card rather than to the top of the page.
  useEffect(() => {
    lastOpenedLinkRef.current?.focus();
  }, []);

  const filters = filtersOf(criteria);
  const filterCount = activeFilterCount(filters);
  const setFilters = (next: Filters) => setCriteria((previous) => ({ ...previous, ...next, page: 1 }));
  const clearFilters = () => setFilters(NO_FILTERS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Searching the same words again asks again: what was there a minute ago may be gone.
    if (draft === criteria.text && criteria.page === 1) void search.refetch();
    else setCriteria((previous) => ({ ...previous, text: draft, page: 1 }));
  };

  const goToPage = (page: number) => {
    setCriteria((previous) => ({ ...previous, page }));
    resultsHeadingRef.current?.focus();
  };

  const { data, error } = search;
  const pages = data ? pageCount(data.total, data.pageSize) : 0;

  // Results can shrink while someone reads page 3 (jobs close): go back to the first page.
  const pastTheEnd = Boolean(data && data.hits.length === 0 && data.total > 0 && criteria.page > 1);
  useEffect(() => {
    if (pastTheEnd) setCriteria((previous) => ({ ...previous, page: 1 }));
  }, [pastTheEnd, setCriteria]);
  const searching = search.isPending || (search.isFetching && search.isPlaceholderData);
  const status = error
    ? ''
    : !data || searching
      ? t('opportunities.results.searching')
      : pages > 1
        ? t('opportunities.results.countWithPage', { total: data.total, page: criteria.page, pages })
        : t('opportunities.results.count', { total: data.total });

  const filterControls = <SearchFilters filters={filters} facets={data?.facets} onChange={setFilters} />;

  return (
    <Stack gap="lg">
      <Title order={1}>{t('opportunities.search.heading')}</Title>

      {/* method="post": should scripts fail, a native submit must never put the words in the URL. */}
      <form role="search" method="post" noValidate onSubmit={onSubmit}>
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput
            flex={1}
            miw={0}
            label={t('opportunities.search.label')}
            description={t('opportunities.search.hint')}
            name="q"
            type="search"
            dir="auto"
            enterKeyHint="search"
            // The browser must not remember what was searched: someone else may use the phone.
            autoComplete="off"
            maxLength={SEARCH_QUERY_MAX_LENGTH}
            value={draft}
            onChange={(event) => setDraft(event.currentTarget.value)}
            styles={TOUCH_INPUT_STYLES}
          />
          <Button type="submit" mih={TOUCH_SIZE}>
            {t('opportunities.search.submit')}
          </Button>
        </Group>
      </form>

      {filtersInDrawer && (
        <>
          <Button variant="default" mih={TOUCH_SIZE} w="fit-content" aria-haspopup="dialog" onClick={drawer.open}>
            {filterCount > 0 ? t('opportunities.filters.openWithCount', { count: filterCount }) : t('opportunities.filters.open')}
          </Button>
          <Drawer
            opened={drawerOpened}
            onClose={drawer.close}
            position="bottom"
            size="100%"
            title={t('opportunities.filters.heading')}
            closeButtonProps={{ 'aria-label': t('opportunities.filters.close') }}
          >
            <Stack gap="md">
              {filterControls}
              <Box pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)">
                <Button fullWidth mih={TOUCH_SIZE} onClick={drawer.close}>
                  {searching || !data ? t('opportunities.results.searching') : t('opportunities.filters.showResults', { count: data.total })}
                </Button>
              </Box>
              {/* The page behind the open drawer is hidden from screen readers: counts are told here. */}
              <VisuallyHidden role="status">{status}</VisuallyHidden>
            </Stack>
          </Drawer>
        </>
      )}

      <Group align="flex-start" wrap="nowrap" gap="xl">
        {!filtersInDrawer && (
          <Box component="section" aria-labelledby={filtersHeadingId} w={rem(280)} flex="none">
            <Title order={2} size="h3" id={filtersHeadingId} mb="sm">
              {t('opportunities.filters.heading')}
            </Title>
            {filterControls}
          </Box>
        )}

        <Box component="section" aria-labelledby={resultsHeadingId} aria-busy={searching} flex={1} miw={0}>
          <Stack gap="md">
            <Group justify="space-between" align="flex-end" gap="sm">
              <div>
                <Title
                  order={2}
                  size="h3"
                  id={resultsHeadingId}
                  ref={resultsHeadingRef}
                  tabIndex={-1}
                  style={{ ...FOCUSED_HEADING_STYLE, scrollMarginTop: rem(HEADER_HEIGHT + 16) }}
                >
                  {t('opportunities.results.heading')}
                </Title>
                <Text role="status">{drawerOpened && filtersInDrawer ? '' : status}</Text>
              </div>
              <SortSelect value={criteria.sort} onChange={(sort) => setCriteria((previous) => ({ ...previous, sort, page: 1 }))} />
            </Group>

            {error &&
              (isSearchUnavailable(error) ? (
                <Alert color="orange" variant="light" role="alert" title={t('opportunities.results.unavailableTitle')}>
                  <Stack gap="xs">
                    <Text size="sm">{t('opportunities.results.unavailableBody')}</Text>
                    <Button variant="default" size="sm" mih={TOUCH_SIZE} w="fit-content" onClick={() => void search.refetch()}>
                      {t('errors.retry')}
                    </Button>
                  </Stack>
                </Alert>
              ) : (
                <ErrorAlert error={error} title={t('opportunities.results.errorTitle')} onRetry={() => void search.refetch()} />
              ))}

            {data && !error && data.total === 0 && (
              <SearchResultsEmpty hasText={criteria.text.trim() !== ''} hasFilters={filterCount > 0} onClearFilters={clearFilters} />
            )}

            {data && !error && data.hits.length > 0 && (
              <Stack component="ol" role="list" gap="md" p={0} m={0} style={{ listStyle: 'none', opacity: searching ? 0.6 : 1 }}>
                {data.hits.map((hit) => (
                  <li key={`${hit.type}-${hit.id}`}>
                    <OpportunityCard hit={hit} onOpen={setLastOpenedId} linkRef={hit.id === lastOpenedId ? lastOpenedLinkRef : undefined} />
                  </li>
                ))}
              </Stack>
            )}

            {data && !error && pages > 1 && (
              <nav aria-label={t('opportunities.results.pages')}>
                <Pagination
                  total={pages}
                  value={Math.min(criteria.page, pages)}
                  onChange={goToPage}
                  size="xl"
                  layout="responsive"
                  formatLabel={({ page, totalPages }) => t('opportunities.results.pageOf', { page, total: totalPages })}
                  getItemProps={(page) => ({ 'aria-label': t('opportunities.results.page', { page }) })}
                  getControlProps={(control) =>
                    control === 'previous'
                      ? { 'aria-label': t('opportunities.results.previous') }
                      : control === 'next'
                        ? { 'aria-label': t('opportunities.results.next') }
                        : {}
                  }
                />
              </nav>
            )}
          </Stack>
        </Box>
      </Group>
    </Stack>
  );
}
