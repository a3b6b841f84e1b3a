import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoUsers, mockApi, renderApp } from '../../../test/render';
import { setScreenWidth } from '../../opportunities/testFixtures';
import { APPLICATION_ID, LIST_PATH, SURVIVOR_ID, awardedApplication, caseworkerRoutes, grantApplication, queriesOf, summaryOf } from '../testFixtures';

const page = { items: [summaryOf(grantApplication()), summaryOf(awardedApplication({ id: '00000000-0000-4000-8000-00000000d009' }))], total: 2 };

describe('GrantApplicationsPage', () => {
  it("lists the organisation's applications, each row linking to the person and the application", async () => {
    const { requests } = mockApi([...caseworkerRoutes, { path: LIST_PATH, body: page }]);
    renderApp('/caseworker/grant-applications');
    expect(await screen.findByRole('heading', { level: 1, name: 'Grant applications' })).toBeInTheDocument();
    const rows = within(await screen.findByRole('table', { name: 'Grant applications' })).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByRole('link', { name: 'Rosa' })).toHaveAttribute('href', `/caseworker/survivors/${SURVIVOR_ID}`);
    expect(within(rows[1]).getByRole('link', { name: 'Start-up grant for market stalls' })).toHaveAttribute('href', `/caseworker/grant-applications/${APPLICATION_ID}`);
    expect(within(rows[1]).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Start-up grant for market stallsNorthern Fund', '£750.00', 'Submitted', 'Jan 12, 2026']);
    expect(within(rows[2]).getAllByRole('cell')[2]).toHaveTextContent('Awarded');
    expect(screen.getByText('Showing 1 to 2 of 2')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Apply for someone' })).toHaveAttribute('href', '/caseworker/grant-applications/new');
    expect(screen.getByRole('link', { name: 'Grant applications' })).toHaveAttribute('aria-current', 'page');
    expect(queriesOf(requests, LIST_PATH)).toEqual([{ limit: '20', offset: '0' }]);
  });

  it('filters by status, asking the API for that status only', async () => {
    const { requests } = mockApi([...caseworkerRoutes, { path: LIST_PATH, body: page }]);
    renderApp('/caseworker/grant-applications');
    const filter = within(await screen.findByRole('radiogroup', { name: 'Show applications' }));
    expect(filter.getByRole('radio', { name: 'All' })).toBeChecked();
    await userEvent.click(filter.getByRole('radio', { name: 'In review' }));
    await waitFor(() => expect(queriesOf(requests, LIST_PATH).at(-1)).toEqual({ status: 'in_review', limit: '20', offset: '0' }));
    await userEvent.click(filter.getByRole('radio', { name: 'All' }));
    await waitFor(() => expect(queriesOf(requests, LIST_PATH).at(-1)).toEqual({ limit: '20', offset: '0' }));
  });

  it('says when no application has a status', async () => {
    mockApi([...caseworkerRoutes, { path: LIST_PATH, body: { items: [], total: 0 } }]);
    renderApp('/caseworker/grant-applications');
    await userEvent.click(await screen.findByRole('radio', { name: 'Declined' }));
    expect(await screen.findByText('No grant applications with the status “Declined”.')).toBeInTheDocument();
  });

  it('shows one card an application on a phone', async () => {
    setScreenWidth(360);
    mockApi([...caseworkerRoutes, { path: LIST_PATH, body: page }]);
    renderApp('/caseworker/grant-applications');
    const [first] = within(await screen.findByRole('list', { name: 'Grant applications' })).getAllByRole('listitem');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'Rosa' })).toHaveAttribute('href', `/caseworker/survivors/${SURVIVOR_ID}`);
    expect(first).toHaveTextContent('Requested: £750.00');
  });

  it('keeps survivors out', async () => {
    const { requests } = mockApi([...caseworkerRoutes, { path: '/api/v1/auth/me', body: demoUsers.survivor }]);
    const { router } = renderApp('/caseworker/grant-applications');
    await waitFor(() => expect(router.state.location.pathname).toBe('/survivor'));
    expect(queriesOf(requests, LIST_PATH)).toEqual([]);
  });
});
