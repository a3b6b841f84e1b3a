import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { demoUsers, mockApi, renderApp, type MockRoute } from '../../../test/render';
import { employerUser } from '../../employers/testFixtures';

const CHANGE_PATH = '/api/v1/auth/password';
const PAGE = '/account/password';
const admin = { ...demoUsers.caseworker, displayName: 'Ada', role: 'admin', email: 'admin@example.org' };
const signedIn = (user: object = demoUsers.survivor): MockRoute[] => [
  { path: '/api/v1/auth/me', body: user },
  { path: '/api/v1/auth/csrf', body: { token: 'csrf-1' } },
];
const refused = (fields: Record<string, string[]>): MockRoute => ({
  method: 'POST',
  path: CHANGE_PATH,
  status: 400,
  body: { statusCode: 400, code: 'validation_failed', message: 'Invalid', fields },
});

async function fill({ current = 'the-current-password', next = 'a-brand-new-password', again }: { current?: string; next?: string; again?: string } = {}) {
  await userEvent.type(await screen.findByLabelText(/^Current password/), current);
  await userEvent.type(screen.getByLabelText(/^New password/), next);
  await userEvent.type(screen.getByLabelText(/^Confirm new password/), again ?? next);
  await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('ChangePasswordPage', () => {
  it.each([
    ['survivor', demoUsers.survivor],
    ['employer', employerUser],
    ['caseworker', demoUsers.caseworker],
    ['admin', admin],
  ])('is open to a %s, from the navigation, with quick exit', async (_role, user) => {
    mockApi(signedIn(user));
    renderApp(PAGE);
    expect(await screen.findByRole('heading', { level: 1, name: 'Change password' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Change password' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'Quick exit' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Current password/)).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByLabelText(/^New password/)).toHaveAccessibleDescription('At least 12 characters.');
    await waitFor(() => expect(document.title).toBe('Change password · Onward'));
  });

  it('changes the password and says that other devices were signed out', async () => {
    const { requests } = mockApi([...signedIn(), { method: 'POST', path: CHANGE_PATH, status: 204 }]);
    const { router } = renderApp(PAGE);
    await fill();

    const done = await screen.findByRole('status');
    expect(done).toHaveTextContent('Your password has changed');
    expect(done).toHaveTextContent('Every other device that was signed in to your account has been signed out. You are still signed in here.');
    await waitFor(() => expect(done).toHaveFocus());
    expect(screen.queryByLabelText(/^Current password/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to your home page' })).toHaveAttribute('href', '/survivor');
    expect(router.state.location.pathname).toBe(PAGE);

    const change = requests.find((request) => request.url.endsWith(CHANGE_PATH));
    expect(change?.headers.get('X-CSRF-Token')).toBe('csrf-1');
    expect(await change?.clone().json()).toEqual({ currentPassword: 'the-current-password', newPassword: 'a-brand-new-password' });
  });

  it('shows a wrong current password on that field, and takes the person there', async () => {
    mockApi([...signedIn(), refused({ currentPassword: ['The current password is not correct.'] })]);
    renderApp(PAGE);
    await fill();

    const current = screen.getByLabelText(/^Current password/);
    await waitFor(() => expect(current).toHaveAccessibleDescription('This is not your current password.'));
    await waitFor(() => expect(current).toHaveFocus());
    expect(current).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^New password/)).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Some details need fixing.');
  });

  it('shows a new password the API refused on the new-password field', async () => {
    mockApi([...signedIn(), refused({ newPassword: ['Choose a password different from the current one.'] })]);
    renderApp(PAGE);
    await fill();

    const next = screen.getByLabelText(/^New password/);
    await waitFor(() => expect(next).toHaveAccessibleDescription(/Choose a different password, at least 12 characters long\./));
    expect(screen.getByLabelText(/^Current password/)).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('checks the fields before calling the API', async () => {
    const { requests } = mockApi(signedIn());
    renderApp(PAGE);
    await userEvent.click(await screen.findByRole('button', { name: 'Change password' }));
    expect(screen.getByLabelText(/^Current password/)).toHaveAccessibleDescription('This field is required.');
    expect(screen.getByLabelText(/^Current password/)).toHaveFocus();
    expect(screen.getByLabelText(/^New password/)).toHaveAccessibleDescription(/Use at least 12 characters\./);

    await userEvent.clear(screen.getByLabelText(/^Current password/));
    await fill({ current: 'the-same-password', next: 'the-same-password' });
    expect(screen.getByLabelText(/^New password/)).toHaveAccessibleDescription(/Choose a password different from your current one\./);

    await userEvent.clear(screen.getByLabelText(/^Current password/));
    await userEvent.clear(screen.getByLabelText(/^New password/));
    await userEvent.clear(screen.getByLabelText(/^Confirm new password/));
    await fill({ next: 'a-brand-new-password', again: 'a-different-password' });
    expect(screen.getByLabelText(/^Confirm new password/)).toHaveAccessibleDescription('The passwords do not match.');
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('says clearly when there have been too many tries', async () => {
    mockApi([...signedIn(), { method: 'POST', path: CHANGE_PATH, status: 429, body: { statusCode: 429, code: 'rate_limited', message: 'Too many' } }]);
    renderApp(PAGE);
    await fill();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('There have been too many tries. Please wait 15 minutes and try again.');
    await waitFor(() => expect(alert.parentElement).toHaveFocus());
  });

  it('reads right to left in Arabic', async () => {
    await i18n.changeLanguage('ar');
    mockApi(signedIn());
    renderApp(PAGE);
    expect(await screen.findByRole('heading', { level: 1, name: 'تغيير كلمة المرور' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(screen.getByLabelText(/^كلمة المرور الحالية/)).toBeInTheDocument();
  });
});
