import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoUsers, mockApi, renderApp } from '../../../test/render';
import { grantHit, jobHit, JOB_ID, SEARCH_PATH, searchParams, searchResult, setScreenWidth, survivorRoutes } from '../testFixtures';

const PAGE = '/survivor/opportunities';

async function openSearch() {
  const view = renderApp(PAGE);
  await screen.findByRole('heading', { level: 1, name: 'Find work and grants' });
  await screen.findByRole('link', { name: 'Kitchen assistant' });
  return view;
}

const lastSearch = (requests: Request[]) => searchParams(requests).at(-1);

describe('OpportunitySearchPage', () => {
  it('shows each result with its pay, hours, place and closing date, linking to its page', async () => {
    const { requests } = mockApi(survivorRoutes);
    await openSearch();

    expect(document.title).toBe('Find work and grants · Onward');
    expect(screen.getByRole('status')).toHaveTextContent('Results found: 2');
    const [jobCard, grantCard] = screen.getAllByRole('article');

    expect(within(jobCard).getByRole('link', { name: 'Kitchen assistant' })).toHaveAttribute('href', `${PAGE}/jobs/${JOB_ID}`);
    expect(within(jobCard).getByText('Green Kitchen')).toBeInTheDocument();
    expect(within(jobCard).getByText('Job')).toBeInTheDocument();
    expect(within(jobCard).getByText('£13.00 an hour')).toBeInTheDocument();
    expect(within(jobCard).getByText('30 hours a week')).toBeInTheDocument();
    expect(within(jobCard).getByText('North West')).toBeInTheDocument();
    expect(within(jobCard).getByText('Apply by Jun 30, 2030')).toBeInTheDocument();

    expect(within(grantCard).getByRole('link', { name: grantHit.title })).toHaveAttribute('href', `${PAGE}/grants/${grantHit.id}`);
    expect(within(grantCard).getByText('Grant')).toBeInTheDocument();
    expect(within(grantCard).getByText('£500.00 to £2,000.00')).toBeInTheDocument();
    expect(within(grantCard).getByText('Any region')).toBeInTheDocument();

    // The first search asks for everything, ten at a time, and nothing else.
    expect(Object.fromEntries(lastSearch(requests)!)).toEqual({ sort: 'relevance', page: '1', pageSize: '10' });
  });

  it('offers the page in the survivor navigation only', async () => {
    mockApi(survivorRoutes);
    await openSearch();
    expect(screen.getByRole('link', { name: 'Find work' })).toHaveAttribute('aria-current', 'page');
  });

  it('sends words and filters as query parameters of the request, never in the page address', async () => {
    const { requests } = mockApi(survivorRoutes);
    const { router } = await openSearch();

    await userEvent.type(screen.getByRole('searchbox', { name: /What kind of work\?/ }), 'cook{Enter}');
    await waitFor(() => expect(lastSearch(requests)?.get('q')).toBe('cook'));

    // Counts from the last answer are shown beside each option.
    const sector = screen.getByRole('combobox', { name: 'Area of work' });
    expect(within(sector).getByRole('option', { name: 'Food and kitchens (1)' })).toBeInTheDocument();
    await userEvent.selectOptions(sector, 'food');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'north-west');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language at work' }), 'en');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Pay/ }), '1250_1500');
    await userEvent.click(screen.getByRole('checkbox', { name: /Remote work only/ }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'wage');

    await waitFor(() =>
      expect(Object.fromEntries(lastSearch(requests)!)).toEqual({
        q: 'cook',
        sector: 'food',
        region: 'north-west',
        language: 'en',
        // The 12.50–15.00 band: the API's wageMax is inclusive.
        wageMin: '1250',
        wageMax: '1499',
        remote: 'true',
        sort: 'wage',
        page: '1',
        pageSize: '10',
      }),
    );

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Jobs or grants' }), 'grant');
    await waitFor(() => expect(lastSearch(requests)?.get('type')).toBe('grant'));
    // Grants have no wage, so choosing grants drops the pay filter.
    expect(lastSearch(requests)?.has('wageMin')).toBe(false);
    expect(screen.getByRole('combobox', { name: /^Pay/ })).toBeDisabled();

    expect(router.state.location.pathname).toBe(PAGE);
    expect(router.state.location.search).toBe('');
    expect(window.location.href).not.toContain('cook');
    expect(window.sessionStorage.length).toBe(0);
    expect(window.localStorage.length).toBe(0);
  });

  it('asks the server again when the same words are searched again (what was there may be gone)', async () => {
    const { requests } = mockApi(survivorRoutes);
    await openSearch();
    const box = screen.getByRole('searchbox', { name: /What kind of work\?/ });
    await userEvent.type(box, 'cook{Enter}');
    await waitFor(() => expect(searchParams(requests).filter((params) => params.get('q') === 'cook')).toHaveLength(1));
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(searchParams(requests).filter((params) => params.get('q') === 'cook')).toHaveLength(2));
  });

  it('on a phone, keeps the filters in a drawer that shows the number of results', async () => {
    setScreenWidth(360);
    const { requests } = mockApi(survivorRoutes);
    await openSearch();

    expect(screen.queryByRole('combobox', { name: 'Area of work' })).not.toBeInTheDocument();
    const filtersButton = screen.getByRole('button', { name: 'Filters' });
    await userEvent.click(filtersButton);

    const drawer = await screen.findByRole('dialog', { name: 'Filters' });
    const filtered = mockApi([...survivorRoutes, { path: SEARCH_PATH, body: searchResult({ hits: [jobHit], total: 1 }) }]);
    await userEvent.selectOptions(within(drawer).getByRole('combobox', { name: 'Area of work' }), 'food');
    const showResults = await within(drawer).findByRole('button', { name: 'Show results (1)' });
    expect(within(drawer).getByRole('status')).toHaveTextContent('Results found: 1');

    await userEvent.click(showResults);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toHaveFocus();
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(searchParams(requests)).toHaveLength(1);
    expect(Object.fromEntries(lastSearch(filtered.requests)!)).toEqual({ sector: 'food', sort: 'relevance', page: '1', pageSize: '10' });
  });

  it('on a wide screen, shows the filters beside the results', async () => {
    setScreenWidth(1280);
    mockApi(survivorRoutes);
    await openSearch();
    expect(screen.getByRole('heading', { level: 2, name: 'Filters' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Area of work' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Filters' })).not.toBeInTheDocument();
  });

  it('pages through the results and takes focus to the results heading', async () => {
    const twentyFive = searchResult({ total: 25 });
    const { requests } = mockApi([...survivorRoutes, { path: SEARCH_PATH, body: twentyFive }]);
    await openSearch();
    expect(screen.getByText('Results found: 25. Page 1 of 3.')).toBeInTheDocument();

    await userEvent.click(within(screen.getByRole('navigation', { name: 'Pages' })).getByRole('button', { name: 'Page 2' }));

    await waitFor(() => expect(lastSearch(requests)?.get('page')).toBe('2'));
    expect(screen.getByRole('heading', { level: 2, name: 'Results' })).toHaveFocus();
    expect(await screen.findByText('Results found: 25. Page 2 of 3.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  });

  it('suggests what to try when nothing is found, and clears the filters in one tap', async () => {
    const { requests } = mockApi(survivorRoutes);
    await openSearch();
    mockApi([...survivorRoutes, { path: SEARCH_PATH, body: searchResult({ hits: [], total: 0 }) }]);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Area of work' }), 'food');

    expect(await screen.findByRole('heading', { name: 'Nothing found' })).toBeInTheDocument();
    expect(screen.getByText('clearing the filters')).toBeInTheDocument();
    const clearButtons = screen.getAllByRole('button', { name: 'Clear filters' });
    await userEvent.click(clearButtons.at(-1)!);

    // Back to the unfiltered search, which was answered a moment ago and is not asked again.
    expect(await screen.findAllByRole('article')).toHaveLength(2);
    expect(screen.getByRole('combobox', { name: 'Area of work' })).toHaveValue('');
    expect(searchParams(requests)).toHaveLength(1);
  });

  it('says kindly that search is resting when the search engine is down', async () => {
    mockApi([
      ...survivorRoutes,
      { path: SEARCH_PATH, status: 503, body: { statusCode: 503, code: 'search_unavailable', message: 'The search engine is not available' } },
    ]);
    renderApp(PAGE);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Search is not working right now');
    expect(alert).toHaveTextContent('Please try again in a few minutes.');
    expect(screen.queryByText(/Something went wrong/)).not.toBeInTheDocument();

    mockApi(survivorRoutes);
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Kitchen assistant' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the search while a person looks at a job and comes back, with focus on that job', async () => {
    const { requests } = mockApi(survivorRoutes);
    await openSearch();
    await userEvent.type(screen.getByRole('searchbox', { name: /What kind of work\?/ }), 'kitchen{Enter}');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Area of work' }), 'food');
    await waitFor(() => expect(lastSearch(requests)?.get('sector')).toBe('food'));

    await userEvent.click(screen.getByRole('link', { name: 'Kitchen assistant' }));
    await screen.findByRole('heading', { level: 1, name: 'Kitchen assistant' });
    await userEvent.click(screen.getByRole('link', { name: 'Back to search' }));

    expect(await screen.findByRole('searchbox', { name: /What kind of work\?/ })).toHaveValue('kitchen');
    expect(screen.getByRole('combobox', { name: 'Area of work' })).toHaveValue('food');
    expect(screen.getByRole('link', { name: 'Kitchen assistant' })).toHaveFocus();
  });

  it('is for survivors: others are sent to their own home', async () => {
    mockApi([...survivorRoutes, { path: '/api/v1/auth/me', body: demoUsers.caseworker }]);
    const { router } = renderApp(PAGE);
    expect(await screen.findByRole('heading', { level: 1, name: 'Caseworker home' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/caseworker');
    expect(screen.queryByRole('link', { name: 'Find work' })).not.toBeInTheDocument();
  });
});
