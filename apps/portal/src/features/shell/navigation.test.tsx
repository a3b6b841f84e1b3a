import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoUsers, mockApi, renderApp } from '../../test/render';
import { homePathFor, navItemsFor, redirectForRole } from './navigation';

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

  it('offers invitations only to caseworkers and admins', () => {
    expect(navItemsFor('survivor').map((item) => item.to)).toEqual(['/survivor']);
    expect(navItemsFor('employer').map((item) => item.to)).toEqual(['/employer']);
    expect(navItemsFor('caseworker').map((item) => item.to)).toEqual(['/caseworker', '/caseworker/invite']);
    expect(navItemsFor('admin').map((item) => item.to)).toEqual(['/admin', '/admin/invite']);
  });
});

describe('role routes', () => {
  it("redirects a survivor who opens the admin home to their own, greeting them", async () => {
    mockApi([me(demoUsers.survivor)]);
    const { router } = renderApp('/admin');
    expect(await screen.findByRole('heading', { level: 1, name: 'Survivor home' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/survivor');
    expect(screen.getByText('Hello, Sam')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Invite someone' })).not.toBeInTheDocument();
    expect(document.title).toBe('Survivor home · Onward');
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

  it('shows quick exit, sign-out and one main landmark on signed-in pages', async () => {
    mockApi([me(demoUsers.caseworker)]);
    renderApp('/caseworker');
    await screen.findByRole('heading', { level: 1, name: 'Caseworker home' });
    expect(screen.getByRole('button', { name: 'Quick exit' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Sign out' }).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('main')).toHaveLength(1);
  });
});
