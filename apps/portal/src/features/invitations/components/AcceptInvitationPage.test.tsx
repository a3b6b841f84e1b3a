import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoUsers, mockApi, renderApp, type MockRoute } from '../../../test/render';

// Shaped like the API's tokens: 43 base64url characters.
const TOKEN = 'Zm9yLXRlc3RzLW9ubHktbm90LWEtcmVhbC10b2tlbi0';
const base: MockRoute[] = [
  { path: '/api/v1/auth/me', status: 401, body: { statusCode: 401, code: 'unauthenticated', message: '' } },
  { path: '/api/v1/auth/csrf', body: { token: 'csrf-1' } },
  {
    method: 'POST',
    path: '/api/v1/invitations/lookup',
    body: { email: 'survivor@example.org', role: 'survivor', organisationName: 'Harbour Services', expiresAt: '2030-01-15T12:00:00.000Z' },
  },
];

describe('AcceptInvitationPage', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', `/invite#${TOKEN}`);
  });

  it('takes the token from the fragment, removes it from the address bar and shows the invitation', async () => {
    const { requests } = mockApi(base);
    renderApp('/invite');

    expect(await screen.findByRole('heading', { level: 1, name: 'Create your account' })).toBeInTheDocument();
    expect(window.location.hash).toBe('');
    expect(window.location.href).not.toContain(TOKEN);
    expect(screen.getByText('You have been invited to join Harbour Services.')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveValue('survivor@example.org');
    expect(screen.getByText('Job seeker')).toBeInTheDocument();
    const lookup = requests.find((request) => request.url.endsWith('/invitations/lookup'));
    expect(await lookup?.clone().json()).toEqual({ token: TOKEN });
    expect(screen.getByRole('button', { name: 'Quick exit' })).toBeInTheDocument();
  });

  it('checks the passwords, then creates the account and goes home', async () => {
    const { requests } = mockApi([...base, { method: 'POST', path: '/api/v1/invitations/accept', body: { user: demoUsers.survivor } }]);
    const { router } = renderApp('/invite');
    await userEvent.type(await screen.findByLabelText(/^Name to show/), 'Sam');
    await userEvent.type(screen.getByLabelText(/^Password/), 'short');
    await userEvent.type(screen.getByLabelText(/^Confirm password/), 'different');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(screen.getByLabelText(/^Password/)).toHaveAccessibleDescription(/Use at least 12 characters/);
    expect(screen.getByLabelText(/^Confirm password/)).toHaveAccessibleDescription('The passwords do not match.');

    await userEvent.clear(screen.getByLabelText(/^Password/));
    await userEvent.type(screen.getByLabelText(/^Password/), 'a-long-enough-password');
    await userEvent.clear(screen.getByLabelText(/^Confirm password/));
    await userEvent.type(screen.getByLabelText(/^Confirm password/), 'a-long-enough-password');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Survivor home' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/survivor');
    const accept = requests.find((request) => request.url.endsWith('/invitations/accept'));
    expect(await accept?.clone().json()).toEqual({ token: TOKEN, displayName: 'Sam', password: 'a-long-enough-password' });
    // The used-up invitation is not looked up again on the way out.
    expect(requests.filter((request) => request.url.endsWith('/invitations/lookup'))).toHaveLength(1);
  });

  it.each([
    [410, { statusCode: 410, code: 'invitation_invalid', message: 'Expired' }],
    [400, { statusCode: 400, code: 'invitation_invalid', message: 'Unknown' }],
    [400, { statusCode: 400, code: 'validation_failed', message: 'Invalid', fields: { token: ['This invitation link is not valid.'] } }],
  ])('explains a link that does not work (%i %o)', async (status, body) => {
    mockApi([...base, { method: 'POST', path: '/api/v1/invitations/lookup', status, body }]);
    renderApp('/invite');
    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation link does not work');
    expect(screen.queryByRole('button', { name: 'Create account' })).not.toBeInTheDocument();
  });

  it('follows a second link opened in the same tab (only the fragment changes)', async () => {
    mockApi([
      ...base,
      { method: 'POST', path: '/api/v1/invitations/lookup', status: 410, body: { statusCode: 410, code: 'invitation_invalid', message: 'Used' } },
    ]);
    renderApp('/invite');
    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation link does not work');

    mockApi(base);
    window.location.hash = 'c2Vjb25kLWxpbmstZm9yLXRlc3RzLW9ubHktbm90LXJ';
    expect(await screen.findByRole('heading', { level: 1, name: 'Create your account' })).toBeInTheDocument();
    expect(window.location.hash).toBe('');
  });

  it('explains a link without a token', async () => {
    window.history.replaceState(null, '', '/invite');
    mockApi(base);
    renderApp('/invite');
    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation link does not work');
  });
});
