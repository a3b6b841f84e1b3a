import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoUsers, mockApi, renderApp, type MockRoute } from '../../../test/render';
import { fill, referenceRoutes } from '../../employers/testFixtures';
import { setScreenWidth } from '../../opportunities/testFixtures';
import { SURVIVOR_ID } from '../../profile/testFixtures';
import { OTHER_SURVIVOR_ID, survivorSummary } from '../testFixtures';

const people = [
  survivorSummary(),
  survivorSummary({ id: OTHER_SURVIVOR_ID, pseudonym: 'Amal', regionCode: null, regionName: null, skillCount: 0, caseworker: null, hasAccount: true }),
];

const base: MockRoute[] = [
  ...referenceRoutes,
  { path: '/api/v1/auth/me', body: demoUsers.caseworker },
  { path: '/api/v1/survivors', body: { items: people, total: 2 } },
];

const listQueries = (requests: Request[]) =>
  requests.filter((request) => new URL(request.url).pathname === '/api/v1/survivors').map((request) => Object.fromEntries(new URL(request.url).searchParams));

describe('SurvivorsPage', () => {
  it("lists the caseworker's own people first, each linking to their profile", async () => {
    const { requests } = mockApi(base);
    renderApp('/caseworker/survivors');
    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeInTheDocument();
    const table = within(await screen.findByRole('table', { name: 'People supported by Harbour Services' }));
    const rows = table.getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByRole('link', { name: 'Rosa' })).toHaveAttribute('href', `/caseworker/survivors/${SURVIVOR_ID}`);
    expect(within(rows[1]).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['North West', '2', 'Casey', 'No account yet']);
    expect(within(rows[2]).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Not set', '0', 'Nobody assigned', 'Has an account']);
    expect(screen.getByText('Showing 1 to 2 of 2')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add a person' })).toHaveAttribute('href', '/caseworker/survivors/new');
    expect(screen.getByRole('link', { name: 'People' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Candidates' })).toHaveAttribute('href', '/caseworker/candidates');
    expect(listQueries(requests)).toEqual([{ mine: 'true', limit: '20', offset: '0' }]);
  });

  it('shows everyone in the organisation, and searches by the name shown once typing pauses', async () => {
    const { requests } = mockApi(base);
    renderApp('/caseworker/survivors');
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('switch', { name: 'Only mine' }));
    await waitFor(() => expect(listQueries(requests).at(-1)).toEqual({ mine: 'false', limit: '20', offset: '0' }));

    await fill(screen.getByRole('searchbox', { name: /^Search by name shown/ }), '  Ros ');
    await waitFor(() => expect(listQueries(requests).at(-1)).toEqual({ mine: 'false', q: 'Ros', limit: '20', offset: '0' }));
    // The address never carries the search words.
    expect(window.location.search).not.toContain('Ros');
  });

  it('pages through a long list', async () => {
    const { requests } = mockApi([...base, { path: '/api/v1/survivors', body: { items: people, total: 45 } }]);
    renderApp('/caseworker/survivors');
    const pages = within(await screen.findByRole('navigation', { name: 'Pages of people' }));
    await userEvent.click(pages.getByRole('button', { name: 'Page 3' }));
    await waitFor(() => expect(listQueries(requests).at(-1)).toEqual({ mine: 'true', limit: '20', offset: '40' }));
  });

  it('shows one card a person on a phone', async () => {
    setScreenWidth(375);
    mockApi(base);
    renderApp('/caseworker/survivors');
    const cards = within(await screen.findByRole('list', { name: 'People supported by Harbour Services' }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const [rosa, amal] = cards.getAllByRole('listitem');
    expect(within(rosa).getByRole('link', { name: 'Rosa' })).toHaveAttribute('href', `/caseworker/survivors/${SURVIVOR_ID}`);
    expect(within(rosa).getByText('Region: North West')).toBeInTheDocument();
    expect(within(rosa).getByText('Skills: 2')).toBeInTheDocument();
    expect(within(amal).getByText('Caseworker: Nobody assigned')).toBeInTheDocument();
    expect(within(amal).getByText('Has an account')).toBeInTheDocument();
  });

  it('says when nobody is assigned to the caseworker yet', async () => {
    mockApi([...base, { path: '/api/v1/survivors', body: { items: [], total: 0 } }]);
    renderApp('/caseworker/survivors');
    expect(await screen.findByText(/Nobody is assigned to you yet/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('keeps the pages from other roles', async () => {
    const { requests } = mockApi([...base, { path: '/api/v1/auth/me', body: demoUsers.survivor }]);
    const { router } = renderApp('/caseworker/survivors');
    await waitFor(() => expect(router.state.location.pathname).toBe('/survivor'));
    expect(requests.some((request) => new URL(request.url).pathname === '/api/v1/survivors')).toBe(false);
  });
});
