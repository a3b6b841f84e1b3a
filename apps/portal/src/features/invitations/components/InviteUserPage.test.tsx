import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoUsers, mockApi, renderApp, type MockRoute } from '../../../test/render';

const admin = { ...demoUsers.caseworker, displayName: 'Ada', role: 'admin', email: 'admin@example.org' };
const organisations = {
  items: [
    { id: '00000000-0000-4000-8000-0000000000a1', name: 'Harbour Services', kind: 'service_provider' },
    { id: '00000000-0000-4000-8000-0000000000b1', name: 'Green Bakery', kind: 'employer' },
  ],
};
const common: MockRoute[] = [
  { path: '/api/v1/auth/csrf', body: { token: 'csrf-1' } },
  { path: '/api/v1/organisations', body: organisations },
];

describe('InviteUserPage', () => {
  it('lets a caseworker invite a survivor to their own organisation', async () => {
    const { requests } = mockApi([
      ...common,
      { path: '/api/v1/auth/me', body: demoUsers.caseworker },
      {
        method: 'POST',
        path: '/api/v1/invitations',
        status: 201,
        body: { id: 'i1', email: 'new@example.org', role: 'survivor', organisationId: demoUsers.caseworker.organisation.id, expiresAt: '2030-01-01T00:00:00Z' },
      },
    ]);
    renderApp('/caseworker/invite');
    expect(await screen.findByRole('heading', { level: 1, name: 'Invite someone' })).toBeInTheDocument();
    const roles = within(screen.getByRole('combobox', { name: /^Role/ })).getAllByRole('option');
    expect(roles.map((option) => option.textContent)).toEqual(['Survivor']);
    expect(screen.getByText('They will join Harbour Services.')).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText(/^Their email/), 'new@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Send invitation' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Invitation sent to new@example.org');
    const create = requests.find((request) => request.method === 'POST' && request.url.endsWith('/api/v1/invitations'));
    expect(await create?.clone().json()).toEqual({ email: 'new@example.org', role: 'survivor' });
  });

  it('lets an admin pick any role and an organisation that fits it', async () => {
    const { requests } = mockApi([
      ...common,
      { path: '/api/v1/auth/me', body: admin },
      {
        method: 'POST',
        path: '/api/v1/invitations',
        status: 201,
        body: { id: 'i2', email: 'boss@example.org', role: 'employer', organisationId: organisations.items[1].id, expiresAt: '2030-01-01T00:00:00Z' },
      },
    ]);
    renderApp('/admin/invite');
    await screen.findByRole('heading', { level: 1, name: 'Invite someone' });

    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Role/ }), 'employer');
    const organisation = screen.getByRole('combobox', { name: /^Organisation/ });
    await screen.findByRole('option', { name: 'Green Bakery (Employer)' });
    expect(within(organisation).queryByRole('option', { name: /Harbour Services/ })).not.toBeInTheDocument();

    await userEvent.type(screen.getByLabelText(/^Their email/), 'boss@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(organisation).toHaveAccessibleDescription(/This field is required/);

    await userEvent.selectOptions(organisation, organisations.items[1].id);
    await userEvent.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Invitation sent to boss@example.org');
    const create = requests.find((request) => request.method === 'POST' && request.url.endsWith('/api/v1/invitations'));
    expect(await create?.clone().json()).toEqual({ email: 'boss@example.org', role: 'employer', organisationId: organisations.items[1].id });
  });

  it('sends the user to sign in, politely, when the session has expired', async () => {
    mockApi([
      ...common,
      { path: '/api/v1/auth/me', body: demoUsers.caseworker },
      { method: 'POST', path: '/api/v1/invitations', status: 401, body: { statusCode: 401, code: 'session_expired', message: 'Session expired' } },
    ]);
    const { router, queryClient } = renderApp('/caseworker/invite');
    await userEvent.type(await screen.findByLabelText(/^Their email/), 'new@example.org');
    mockApi([
      ...common,
      { path: '/api/v1/auth/me', status: 401, body: { statusCode: 401, code: 'session_expired', message: 'Session expired' } },
      { method: 'POST', path: '/api/v1/invitations', status: 401, body: { statusCode: 401, code: 'session_expired', message: 'Session expired' } },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Send invitation' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(screen.getByRole('status')).toHaveTextContent('Your session has ended. Please sign in again.');
    expect(queryClient.getQueryData(['organisations'])).toBeUndefined();
  });
});
