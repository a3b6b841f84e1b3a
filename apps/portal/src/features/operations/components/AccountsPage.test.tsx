import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderApp, type MockRoute } from '../../../test/render';
import { bodyOf } from '../../employers/testFixtures';
import { adminRoutes, adminUser, CASEWORKER_ID, EMPLOYER_ORG_ID, organisation, page, PROVIDER_ID, SURVIVOR_ACCOUNT_ID, survivorAccount, userOverview } from '../testFixtures';

const ORGANISATIONS = '/api/v1/operations/organisations';
const USERS = '/api/v1/operations/users';

const base: MockRoute[] = [
  ...adminRoutes,
  {
    path: '/api/v1/organisations',
    body: {
      items: [
        { id: PROVIDER_ID, name: 'Harbour Services', kind: 'service_provider' },
        { id: EMPLOYER_ORG_ID, name: 'Green Valley Foods', kind: 'employer' },
      ],
    },
  },
  {
    path: ORGANISATIONS,
    body: page([organisation(), organisation({ id: EMPLOYER_ORG_ID, name: 'Green Valley Foods', kind: 'employer', vetting: { status: 'pending', vettedUntil: null }, users: { survivor: 0, employer: 1, caseworker: 0, admin: 0, disabled: 0 } })]),
  },
  { path: USERS, body: page([userOverview(), survivorAccount(), userOverview({ id: adminUser.id, role: 'admin', displayName: 'Ada', email: 'admin@example.org' })]) },
];

const lastQuery = (requests: Request[], path: string) => new URL(requests.filter((request) => new URL(request.url).pathname === path).at(-1)!.url).searchParams;
const rowOf = (table: HTMLElement, name: RegExp | string) => within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;

describe('AccountsPage', () => {
  it("lists organisations with their vetting and accounts by role, and survivors' accounts without email or name", async () => {
    mockApi(base);
    renderApp('/admin/accounts');
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisations and users' })).toBeInTheDocument();
    const organisations = await screen.findByRole('table', { name: 'Organisations' });
    expect(rowOf(organisations, 'Harbour Services')).toHaveTextContent('Survivor: 3 · Caseworker: 2 · Admin: 1');
    expect(rowOf(organisations, 'Harbour Services')).toHaveTextContent('Not an employer');
    expect(rowOf(organisations, 'Green Valley Foods')).toHaveTextContent('Waiting for review');

    const accounts = await screen.findByRole('table', { name: 'Accounts' });
    expect(rowOf(accounts, /Casey/)).toHaveTextContent('casey@example.org');
    const survivor = rowOf(accounts, /Survivor account 5e1f0c2a/);
    expect(survivor).toHaveTextContent('Email and name not shown');
    expect(within(survivor).getByRole('group', { name: 'Actions for Survivor account 5e1f0c2a' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Organisations and users · Onward'));
  });

  it('offers each account the actions that fit it: never disabling yourself, supervisor for caseworkers only', async () => {
    mockApi(base);
    renderApp('/admin/accounts');
    const accounts = await screen.findByRole('table', { name: 'Accounts' });
    const names = (group: HTMLElement) => within(group).getAllByRole('button').map((button) => button.textContent);
    expect(names(within(rowOf(accounts, /Casey/)).getByRole('group'))).toEqual(['Disable', 'End sessions', 'Make supervisor']);
    expect(names(within(rowOf(accounts, /Survivor account/)).getByRole('group'))).toEqual(['Disable', 'End sessions']);
    expect(names(within(rowOf(accounts, /Ada/)).getByRole('group'))).toEqual(['End sessions']);
  });

  it("ends a survivor's sessions by the account's id, after asking, and says how many ended", async () => {
    const revoke = `/api/v1/users/${SURVIVOR_ACCOUNT_ID}/sessions/revoke`;
    const { requests } = mockApi([...base, { method: 'POST', path: revoke, body: { id: SURVIVOR_ACCOUNT_ID, disabledAt: null, sessionsEnded: 2 } }]);
    renderApp('/admin/accounts');
    const accounts = await screen.findByRole('table', { name: 'Accounts' });
    await userEvent.click(within(rowOf(accounts, /Survivor account/)).getByRole('button', { name: 'End sessions' }));
    const dialog = await screen.findByRole('dialog', { name: 'End every session of this account?' });
    expect(dialog).toHaveTextContent('Survivor account 5e1f0c2a is signed out on every device now');
    await userEvent.click(within(dialog).getByRole('button', { name: 'End sessions' }));
    const notice = await screen.findByText('Sessions ended: 2.');
    await waitFor(() => expect(notice.closest('[role="status"]')).toHaveFocus());
    expect(requests.filter((request) => request.method === 'POST' && new URL(request.url).pathname === revoke)).toHaveLength(1);
    // The list is read again, to show the account's sessions gone.
    await waitFor(() => expect(requests.filter((request) => new URL(request.url).pathname === USERS).length).toBeGreaterThanOrEqual(2));
  });

  it('makes a caseworker a supervisor through PUT /users/{id}/supervisor', async () => {
    const supervisor = `/api/v1/users/${CASEWORKER_ID}/supervisor`;
    const { requests } = mockApi([...base, { method: 'PUT', path: supervisor, body: { id: CASEWORKER_ID, displayName: 'Casey', role: 'caseworker', organisationId: PROVIDER_ID, isSupervisor: true } }]);
    renderApp('/admin/accounts');
    const accounts = await screen.findByRole('table', { name: 'Accounts' });
    await userEvent.click(within(rowOf(accounts, /Casey/)).getByRole('button', { name: 'Make supervisor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Make this caseworker a supervisor?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Make supervisor' }));
    expect(await screen.findByText('The caseworker is now a supervisor.')).toBeInTheDocument();
    expect(await bodyOf(requests, 'PUT', supervisor)).toEqual({ supervisor: true });
  });

  it('shows why a change was refused, in the dialog', async () => {
    const disable = `/api/v1/users/${CASEWORKER_ID}/disable`;
    mockApi([...base, { method: 'POST', path: disable, status: 409, body: { statusCode: 409, code: 'conflict', message: 'You cannot disable your own account.' } }]);
    renderApp('/admin/accounts');
    const accounts = await screen.findByRole('table', { name: 'Accounts' });
    await userEvent.click(within(rowOf(accounts, /Casey/)).getByRole('button', { name: 'Disable' }));
    const dialog = await screen.findByRole('dialog', { name: 'Disable this account?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Disable the account' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('You cannot disable your own account.');
  });

  it('filters accounts by organisation, role and status, kept in the address as ids and fixed words', async () => {
    const { requests } = mockApi(base);
    const { router } = renderApp('/admin/accounts');
    await screen.findByRole('table', { name: 'Accounts' });
    await userEvent.selectOptions(screen.getByLabelText('Role'), 'survivor');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'disabled');
    await waitFor(() => expect(lastQuery(requests, USERS).get('status')).toBe('disabled'));
    expect(lastQuery(requests, USERS).get('role')).toBe('survivor');
    expect(router.state.location.search).toBe('?role=survivor&status=disabled');

    // "Show accounts" on an organisation narrows the list to it, and takes focus to the list.
    const organisations = await screen.findByRole('table', { name: 'Organisations' });
    await userEvent.click(within(rowOf(organisations, 'Green Valley Foods')).getByRole('button', { name: 'Show accounts of Green Valley Foods' }));
    await waitFor(() => expect(lastQuery(requests, USERS).get('organisationId')).toBe(EMPLOYER_ORG_ID));
    expect(lastQuery(requests, USERS).get('role')).toBeNull();
    expect(router.state.location.search).toBe(`?organisation=${EMPLOYER_ORG_ID}`);
    expect(screen.getByRole('heading', { level: 2, name: 'Accounts' })).toHaveFocus();
    expect(screen.getByLabelText('Organisation')).toHaveValue(EMPLOYER_ORG_ID);

    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('');
  });

  it('searches organisations by name and kind without putting the name in the address', async () => {
    const { requests } = mockApi(base);
    const { router } = renderApp('/admin/accounts');
    await screen.findByRole('table', { name: 'Organisations' });
    await userEvent.selectOptions(screen.getByLabelText('Kind'), 'employer');
    await userEvent.type(screen.getByLabelText('Name contains'), 'Valley');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(lastQuery(requests, ORGANISATIONS).get('q')).toBe('Valley'));
    expect(lastQuery(requests, ORGANISATIONS).get('kind')).toBe('employer');
    expect(router.state.location.search).toBe('?kind=employer');
  });

  it('ignores filters in the address that are not ids or known words', async () => {
    const { requests } = mockApi(base);
    const { router } = renderApp('/admin/accounts');
    await screen.findByRole('table', { name: 'Accounts' });
    await router.navigate('/admin/accounts?organisation=Harbour&role=boss&status=gone&kind=person');
    await waitFor(() => expect(router.state.location.search).toContain('organisation=Harbour'));
    const query = lastQuery(requests, USERS);
    expect([query.get('organisationId'), query.get('role'), query.get('status')]).toEqual([null, null, null]);
    expect(lastQuery(requests, ORGANISATIONS).get('kind')).toBeNull();
  });
});
