import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoUsers, mockApi, renderApp, type MockRoute } from '../../../test/render';

const signedOut: MockRoute[] = [
  { path: '/api/v1/auth/me', status: 401, body: { statusCode: 401, code: 'unauthenticated', message: 'Sign in first' } },
  { path: '/api/v1/auth/csrf', body: { token: 'csrf-1' } },
];

async function submitCredentials(email = 'caseworker@example.org', password = 'onward-demo-password') {
  await userEvent.type(await screen.findByLabelText(/^Email/), email);
  await userEvent.type(screen.getByLabelText(/^Password/), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInPage', () => {
  it('labels its fields for password managers', async () => {
    mockApi(signedOut);
    renderApp('/sign-in');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Email/)).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText(/^Password/)).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByRole('button', { name: 'Quick exit' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeInTheDocument();
    expect(document.title).toBe('Sign in · Onward');
  });

  it('shows wrong credentials in an alert, sending the CSRF token', async () => {
    const { requests } = mockApi([
      ...signedOut,
      {
        method: 'POST',
        path: '/api/v1/auth/login',
        status: 401,
        body: { statusCode: 401, code: 'invalid_credentials', message: 'Invalid email or password' },
      },
    ]);
    renderApp('/sign-in');
    await submitCredentials('caseworker@example.org', 'wrong-password');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The email or password is not correct.')).toBeInTheDocument();
    const login = requests.find((request) => request.url.endsWith('/api/v1/auth/login'));
    expect(login?.headers.get('X-CSRF-Token')).toBe('csrf-1');
    expect(await login?.clone().json()).toEqual({ email: 'caseworker@example.org', password: 'wrong-password' });
    expect(window.location.href).not.toContain('caseworker');
  });

  it('shows rate limiting in an alert', async () => {
    mockApi([
      ...signedOut,
      { method: 'POST', path: '/api/v1/auth/login', status: 429, body: { statusCode: 429, code: 'rate_limited', message: 'Too many' } },
    ]);
    renderApp('/sign-in');
    await submitCredentials();
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Please wait a few minutes and try again.');
  });

  it('checks the fields before calling the API', async () => {
    const { requests } = mockApi(signedOut);
    renderApp('/sign-in');
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(screen.getByLabelText(/^Email/)).toHaveAccessibleDescription('This field is required.');
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it("goes to the user's home after signing in", async () => {
    mockApi([...signedOut, { method: 'POST', path: '/api/v1/auth/login', body: { user: demoUsers.caseworker } }]);
    const { router } = renderApp('/sign-in');
    await submitCredentials();
    expect(await screen.findByRole('heading', { level: 1, name: 'Caseworker home' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/caseworker');
    expect(screen.getByText('Hello, Casey')).toBeInTheDocument();
    expect(screen.getByText('Organisation: Harbour Services')).toBeInTheDocument();
  });

  it('says politely why it is shown after a session ended', async () => {
    mockApi(signedOut);
    renderApp('/sign-in', { state: { notice: 'session_expired' } });
    expect(await screen.findByRole('status')).toHaveTextContent('Your session has ended. Please sign in again.');
  });
});
