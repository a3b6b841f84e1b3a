import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { mockApi, renderApp, type MockRoute } from '../../../test/render';

const RESET_PATH = '/api/v1/auth/password-reset';
const signedOut: MockRoute[] = [
  { path: '/api/v1/auth/me', status: 401, body: { statusCode: 401, code: 'unauthenticated', message: '' } },
  { path: '/api/v1/auth/csrf', body: { token: 'csrf-1' } },
];
// The API answers 202 { received: true } whether or not the address has an account.
const received: MockRoute = { method: 'POST', path: RESET_PATH, status: 202, body: { received: true } };
const CONFIRMATION = 'If an account uses this address, we have sent a link to choose a new password. It works for an hour.';

async function askForLink(email: string) {
  await userEvent.type(await screen.findByRole('textbox', { name: /^Email/ }), email);
  await userEvent.click(screen.getByRole('button', { name: 'Send the link' }));
}

describe('ForgotPasswordPage', () => {
  it('is linked from sign-in, with quick exit and a title that says only what the page is', async () => {
    mockApi(signedOut);
    const { router } = renderApp('/sign-in');
    await userEvent.click(await screen.findByRole('link', { name: 'Forgot your password?' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/forgot-password');
    expect(screen.getByRole('textbox', { name: /^Email/ })).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByRole('button', { name: 'Quick exit' })).toBeVisible();
    await waitFor(() => expect(document.title).toBe('Forgot your password? · Onward'));
  });

  it.each(['survivor@example.org', 'nobody-here@example.org'])(
    'gives the same calm confirmation for any address (%s), without repeating it',
    async (email) => {
      const { requests } = mockApi([...signedOut, received]);
      renderApp('/forgot-password');
      await askForLink(email);

      const confirmation = await screen.findByRole('status');
      expect(confirmation).toHaveTextContent(`Check your email${CONFIRMATION}`);
      await waitFor(() => expect(confirmation).toHaveFocus());
      expect(screen.getByRole('main')).not.toHaveTextContent(email);
      expect(screen.queryByRole('textbox', { name: /^Email/ })).not.toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Back to sign in' })).toHaveAttribute('href', '/sign-in');

      const sent = requests.find((request) => request.url.endsWith(RESET_PATH));
      expect(sent?.headers.get('X-CSRF-Token')).toBe('csrf-1');
      expect(await sent?.clone().json()).toEqual({ email });
      expect(window.location.href).not.toContain(email.split('@')[0]);
    },
  );

  it('says clearly when there have been too many requests, and keeps the form', async () => {
    mockApi([...signedOut, { method: 'POST', path: RESET_PATH, status: 429, body: { statusCode: 429, code: 'rate_limited', message: 'Too many' } }]);
    renderApp('/forgot-password');
    await askForLink('survivor@example.org');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('There have been too many requests. Please wait up to an hour and try again.');
    await waitFor(() => expect(alert.parentElement).toHaveFocus());
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Email/ })).toBeInTheDocument();
  });

  it('checks the address before calling the API, and points at the field', async () => {
    const { requests } = mockApi(signedOut);
    renderApp('/forgot-password');
    await userEvent.click(await screen.findByRole('button', { name: 'Send the link' }));
    const email = screen.getByRole('textbox', { name: /^Email/ });
    expect(email).toHaveAccessibleDescription('This field is required.');
    expect(email).toHaveFocus();

    await askForLink('not-an-address');
    expect(email).toHaveAccessibleDescription('Enter an email address, like name@example.org.');
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('reads right to left in Arabic', async () => {
    await i18n.changeLanguage('ar');
    mockApi([...signedOut, received]);
    renderApp('/forgot-password');
    expect(await screen.findByRole('heading', { level: 1, name: 'هل نسيت كلمة المرور؟' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    await userEvent.type(screen.getByRole('textbox', { name: /^البريد الإلكتروني/ }), 'survivor@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'إرسال الرابط' }));
    expect(await screen.findByRole('status')).toHaveTextContent('إذا كان هناك حساب يستخدم هذا العنوان');
  });
});
