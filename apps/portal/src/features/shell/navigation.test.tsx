import { ROLES, type OrganisationKind } from '@onward/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../api/types';
import { i18n } from '../../i18n/i18n';
import { demoUsers, mockApi, renderApp } from '../../test/render';
import { accountNavItems, homePathFor, navItemsFor, redirectForRole } from './navigation';

const me = (user: object) => ({ path: '/api/v1/auth/me', body: user });
const admin = { ...demoUsers.caseworker, displayName: 'Ada', role: 'admin', email: 'admin@example.org' };

describe('role navigation rules', () => {
  it('gives every role its own home', () => {
    expect(['survivor', 'employer', 'caseworker', 'admin'].map((role) => homePathFor(role as never))).toEqual([
      '/survivor',
      '/employer',
      '/caseworker',
      '/admin',
    ]);
  });

  it("sends a user away from another role's page to their own home", () => {
    expect(redirectForRole('survivor', 'admin')).toBe('/survivor');
    expect(redirectForRole('employer', 'caseworker')).toBe('/employer');
    expect(redirectForRole('admin', 'admin')).toBeNull();
  });

  const kindOf = (role: Role) => (role === 'employer' ? 'employer' : 'service_provider');
  const paths = (role: Role, kind: OrganisationKind = kindOf(role)) => navItemsFor({ role, organisation: { kind } }).map((item) => item.to);
  const labelKeys = (role: Role) => navItemsFor({ role, organisation: { kind: kindOf(role) } }).map((item) => item.labelKey as string);

  it('puts Home first, and offers invitations only to caseworkers and admins, last', () => {
    for (const role of ROLES) expect(paths(role)[0]).toBe(homePathFor(role));
    expect(paths('survivor').filter((path) => path.endsWith('/invite'))).toEqual([]);
    expect(paths('employer').filter((path) => path.endsWith('/invite'))).toEqual([]);
    expect(paths('caseworker').at(-1)).toBe('/caseworker/invite');
    expect(paths('admin').at(-1)).toBe('/admin/invite');
  });

  it("offers an employer's members their organisation and jobs, and a funder's members grant programmes", () => {
    expect(paths('employer', 'employer')).toEqual(expect.arrayContaining(['/employer/organisation', '/employer/jobs']));
    expect(paths('employer', 'employer')).not.toContain('/employer/grants');
    expect(paths('employer', 'funder')).toContain('/employer/grants');
    expect(paths('employer', 'funder')).not.toEqual(expect.arrayContaining(['/employer/jobs']));
  });

  it('offers caseworkers and admins vetting, concerns and grant programmes under their own home', () => {
    for (const role of ['caseworker', 'admin'] as const) {
      expect(paths(role)).toEqual(expect.arrayContaining([`/${role}/employers`, `/${role}/concerns`, `/${role}/grants`]));
    }
  });

  it('offers survivors none of the employer, vetting or grant programme pages', () => {
    expect(labelKeys('survivor').filter((key) => /^(employers|vetting|grants)\./.test(key))).toEqual([]);
  });

  it('labels every entry with a translated string', () => {
    for (const role of ROLES) {
      for (const key of labelKeys(role)) expect(i18n.exists(key), key).toBe(true);
    }
    for (const item of accountNavItems()) expect(i18n.exists(item.labelKey), item.labelKey).toBe(true);
  });
});

describe('role routes', () => {
  it('shows a caseworker the vetting, concerns and grant programme links', async () => {
    mockApi([me(demoUsers.caseworker), { path: '/api/v1/employers', body: [] }]);
    renderApp('/caseworker/employers');
    expect(await screen.findByRole('heading', { level: 1, name: 'Employer vetting' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Employer vetting' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Concerns' })).toHaveAttribute('href', '/caseworker/concerns');
    expect(screen.getByRole('link', { name: 'Grant programmes' })).toHaveAttribute('href', '/caseworker/grants');
  });

  it("sends an employer away from the caseworkers' vetting pages", async () => {
    mockApi([me({ ...demoUsers.caseworker, role: 'employer', organisation: { ...demoUsers.caseworker.organisation, kind: 'funder' } })]);
    const { router } = renderApp('/caseworker/employers');
    expect(await screen.findByRole('heading', { level: 1, name: 'Employer home' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/employer');
  });

  it("redirects a survivor who opens the admin home to their own, greeting them", async () => {
    mockApi([me(demoUsers.survivor)]);
    const { router } = renderApp('/admin');
    expect(await screen.findByRole('heading', { level: 1, name: 'Survivor home' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/survivor');
    expect(screen.getByText('Hello, Sam')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Invite someone' })).not.toBeInTheDocument();
    // The title is set in an effect, which may run just after the heading shows.
    await waitFor(() => expect(document.title).toBe('Survivor home · Onward'));
  });

  it("redirects a caseworker away from the admin's invite page", async () => {
    mockApi([me(demoUsers.caseworker)]);
    const { router } = renderApp('/admin/invite');
    expect(await screen.findByRole('heading', { level: 1, name: 'Caseworker home' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/caseworker');
  });

  it('sends / to the home of the signed-in user', async () => {
    mockApi([me(admin)]);
    const { router } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Admin home' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin');
    expect(screen.getAllByRole('link', { name: 'Invite someone' })[0]).toHaveAttribute('href', '/admin/invite');
    expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  });

  it('sends visitors without a session to sign-in', async () => {
    mockApi([{ path: '/api/v1/auth/me', status: 401, body: { statusCode: 401, code: 'unauthenticated', message: '' } }]);
    const { router } = renderApp('/employer');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it.each([
    ['survivor', demoUsers.survivor, 'Survivor home'],
    ['admin', admin, 'Admin home'],
  ])('offers a %s their own account after the pages of their role', async (_role, user, heading) => {
    mockApi([me(user), { path: '/api/v1/survivors/me/check-ins', body: { items: [] } }]);
    renderApp(homePathFor(user.role as Role));
    await screen.findByRole('heading', { level: 1, name: heading });
    const links = within(screen.getByRole('navigation', { name: 'Main' })).getAllByRole('link');
    expect(links.at(-1)).toHaveAccessibleName('Change password');
    expect(links.at(-1)).toHaveAttribute('href', '/account/password');
  });

  it('shows quick exit, sign-out and one main landmark on signed-in pages', async () => {
    mockApi([me(demoUsers.caseworker)]);
    renderApp('/caseworker');
    await screen.findByRole('heading', { level: 1, name: 'Caseworker home' });
    expect(screen.getByRole('button', { name: 'Quick exit' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Sign out' }).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('main')).toHaveLength(1);
  });
});
