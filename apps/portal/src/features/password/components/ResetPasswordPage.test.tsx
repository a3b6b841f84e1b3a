import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockApi, renderApp, type MockRoute } from '../../../test/render';

// Shaped like the API's tokens: 43 base64url characters.
const TOKEN = 'cmVzZXQtZm9yLXRlc3RzLW9ubHktbm90LWEtcmVhbC0';
const CONFIRM_PATH = '/api/v1/auth/password-reset/confirm';
const NEW_PASSWORD = 'a-long-enough-password';
const base: MockRoute[] = [
  { path: '/api/v1/auth/me', status: 401, body: { statusCode: 401, code: 'unauthenticated', message: '' } },
  { path: '/api/v1/auth/csrf', body: { token: 'csrf-1' } },
];

async function choosePassword(password = NEW_PASSWORD, again = password) {
  await userEvent.type(await screen.findByLabelText(/^New password/), password);
  await userEvent.type(screen.getByLabelText(/^Confirm new password/), again);
  await userEvent.click(screen.getByRole('button', { name: 'Save the new password' }));
}

describe('ResetPasswordPage', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', `/reset-password#${TOKEN}`);
  });

  it('takes the token from the fragment, removes it from the address bar, and saves the new password', async () => {
    const { requests } = mockApi([...base, { method: 'POST', path: CONFIRM_PATH, status: 204 }]);
    renderApp('/reset-password');

    expect(await screen.findByRole('heading', { level: 1, name: 'Choose a new password' })).toBeInTheDocument();
    expect(window.location.hash).toBe('');
    expect(window.location.href).not.toContain(TOKEN);
    expect(document.title).not.toContain(TOKEN);
    expect(screen.getByLabelText(/^New password/)).toHaveAccessibleDescription('At least 12 characters.');
    expect(screen.getByLabelText(/^New password/)).toHaveAttribute('autocomplete', 'new-password');
    expect(screen.getByRole('button', { name: 'Quick exit' })).toBeInTheDocument();

    await choosePassword();
    const done = await screen.findByRole('status');
    expect(done).toHaveTextContent('Your password has changed');
    expect(done).toHaveTextContent('Every device that was signed in to your account has been signed out.');
    await waitFor(() => expect(done).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    const confirm = requests.find((request) => request.url.endsWith(CONFIRM_PATH));
    expect(await confirm?.clone().json()).toEqual({ token: TOKEN, newPassword: NEW_PASSWORD });
  });

  it('checks the two passwords before calling the API', async () => {
    const { requests } = mockApi(base);
    renderApp('/reset-password');
    await choosePassword('short', 'different');
    expect(screen.getByLabelText(/^New password/)).toHaveAccessibleDescription(/Use at least 12 characters\./);
    expect(screen.getByLabelText(/^New password/)).toHaveFocus();
    expect(screen.getByLabelText(/^Confirm new password/)).toHaveAccessibleDescription('The passwords do not match.');
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it.each([
    ['used or expired', { statusCode: 400, code: 'reset_link_invalid', message: 'This link has expired or was already used.' }],
    ['cut short', { statusCode: 400, code: 'validation_failed', message: 'Invalid', fields: { token: ['This link is not valid.'] } }],
  ])('explains a link that is %s, and offers a new one', async (_case, body) => {
    mockApi([...base, { method: 'POST', path: CONFIRM_PATH, status: 400, body }]);
    renderApp('/reset-password');
    await choosePassword();

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('This link does not work')).toBeInTheDocument();
    expect(alert).toHaveTextContent('It may have expired (a link works for an hour) or already been used.');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');
    expect(screen.queryByLabelText(/^New password/)).not.toBeInTheDocument();
  });

  it('explains a link without a token, without calling the API', async () => {
    window.history.replaceState(null, '', '/reset-password');
    const { requests } = mockApi(base);
    renderApp('/reset-password');
    expect(await screen.findByRole('alert')).toHaveTextContent('This link does not work');
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toBeInTheDocument();
    expect(requests.some((request) => request.url.includes('/password-reset'))).toBe(false);
  });

  it('shows a password the API refused on the new-password field', async () => {
    mockApi([
      ...base,
      { method: 'POST', path: CONFIRM_PATH, status: 400, body: { statusCode: 400, code: 'validation_failed', message: 'Invalid', fields: { newPassword: ['Use at least 12 characters.'] } } },
    ]);
    renderApp('/reset-password');
    await choosePassword();
    const field = screen.getByLabelText(/^New password/);
    await waitFor(() => expect(field).toHaveAccessibleDescription(/Use at least 12 characters\./));
    await waitFor(() => expect(field).toHaveFocus());
    expect(screen.getByRole('alert')).toHaveTextContent('Some details need fixing.');
  });

  it('says clearly when there have been too many tries', async () => {
    mockApi([...base, { method: 'POST', path: CONFIRM_PATH, status: 429, body: { statusCode: 429, code: 'rate_limited', message: 'Too many' } }]);
    renderApp('/reset-password');
    await choosePassword();
    expect(await screen.findByRole('alert')).toHaveTextContent('There have been too many tries. Please wait a minute and try again.');
    expect(screen.getByLabelText(/^New password/)).toBeInTheDocument();
  });
});
