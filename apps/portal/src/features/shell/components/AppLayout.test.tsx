import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoUsers, mockApi, renderApp } from '../../../test/render';
import { employerUser } from '../../employers/testFixtures';

const me = (user: object) => ({ path: '/api/v1/auth/me', body: user });

describe('AppLayout header', () => {
  it('gives survivors "I don\'t feel safe" beside Quick exit, which stays last', async () => {
    mockApi([me(demoUsers.survivor), { path: '/api/v1/survivors/me/check-ins', body: { items: [] } }]);
    renderApp('/survivor');
    await screen.findByRole('heading', { level: 1, name: 'Survivor home' });
    const alarm = screen.getByRole('button', { name: "I don't feel safe" });
    const quickExit = screen.getByRole('button', { name: 'Quick exit' });
    expect(alarm.compareDocumentPosition(quickExit) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it.each([
    ['caseworker', demoUsers.caseworker, '/caseworker', 'Caseworker home'],
    ['employer', employerUser, '/employer', 'Employer home'],
  ])('does not show it to a %s', async (_role, user, path, heading) => {
    mockApi([me(user), { path: '/api/v1/employers/me', status: 404, body: { statusCode: 404, code: 'not_found', message: '' } }]);
    renderApp(path);
    await screen.findByRole('heading', { level: 1, name: heading });
    expect(screen.getByRole('button', { name: 'Quick exit' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: "I don't feel safe" })).not.toBeInTheDocument();
  });
});
