import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoUsers, mockApi, renderApp, type MockRoute } from '../../../test/render';
import { bodyOf, fill, referenceRoutes } from '../../employers/testFixtures';
import { SURVIVOR_ID, skillTaxonomy, survivor } from '../../profile/testFixtures';

const PATH = `/api/v1/survivors/${SURVIVOR_ID}`;
const ERASURE_PATH = `${PATH}/erasure`;
const ERASED_AT = '2026-03-02T09:30:00.000Z';
const base = (profile = survivor({ hasAccount: true })): MockRoute[] => [
  ...referenceRoutes,
  { path: '/api/v1/skills', body: skillTaxonomy },
  { path: '/api/v1/auth/me', body: demoUsers.caseworker },
  { path: '/api/v1/employers', body: [] },
  { path: PATH, body: profile },
  { path: `${PATH}/consents`, body: [] },
  { path: `${PATH}/matches`, body: { jobs: [], grants: [], profileComplete: true } },
];
const erasedProfile = survivor({
  pseudonym: 'Erased record',
  personal: { legalName: null, dateOfBirth: null, phone: null, email: null },
  erasedAt: ERASED_AT,
  erasureReason: 'Asked by phone',
});

async function openDataRights() {
  renderApp(`/caseworker/survivors/${SURVIVOR_ID}`);
  return within(await screen.findByRole('region', { name: 'Their data' }));
}

describe('SurvivorDataRights', () => {
  it('offers the complete download, and says when the person asked to be erased', async () => {
    mockApi(base(survivor({ erasureRequestedAt: '2026-03-01T10:00:00.000Z' })));
    const section = await openDataRights();
    const link = section.getByRole('link', { name: 'Download data' });
    expect(link).toHaveAttribute('href', `${PATH}/export`);
    expect(link).toHaveAttribute('download');
    expect(link).toHaveAccessibleDescription(/with follow-ups and case notes/);
    expect(section.getByText(/They asked on Mar 1, 2026.* for their record to be erased/)).toBeInTheDocument();
  });

  it('erases only once the name shown is typed and a reason given, then shows the record as erased and read-only', { timeout: 30_000 }, async () => {
    const { requests } = mockApi([...base(), { method: 'POST', path: ERASURE_PATH, body: { id: SURVIVOR_ID, erasedAt: ERASED_AT } }]);
    const section = await openDataRights();
    await userEvent.click(section.getByRole('button', { name: 'Erase record' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Erase the record of Sam' }));
    expect(dialog.getByText('This cannot be undone.')).toBeInTheDocument();

    const name = dialog.getByLabelText(/^Type the name shown, Sam, to confirm/);
    const reason = dialog.getByLabelText(/^Reason/);
    expect(reason).toHaveAccessibleDescription(/do not write their name or details/);
    await fill(name, 'Samuel');
    await userEvent.click(dialog.getByRole('button', { name: 'Erase the record' }));
    expect(name).toHaveAccessibleDescription('This is not the name shown on the record.');
    expect(reason).toHaveAccessibleDescription(/This field is required/);
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await userEvent.clear(name);
    await fill(name, ' sam ');
    await fill(reason, 'Asked by phone');
    // Once erased, the page reads the record again.
    const afterwards = mockApi([...base(erasedProfile), { method: 'POST', path: ERASURE_PATH, body: { id: SURVIVOR_ID, erasedAt: ERASED_AT } }]);
    await userEvent.click(dialog.getByRole('button', { name: 'Erase the record' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Erased record' })).toBeInTheDocument();
    const after = within(screen.getByRole('region', { name: 'Their data' }));
    expect(after.getByRole('status')).toHaveTextContent(/This record was erased on Mar 2, 2026/);
    expect(after.getByText('Reason given: Asked by phone')).toBeInTheDocument();
    expect(after.queryByRole('button', { name: 'Erase record' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit profile' })).not.toBeInTheDocument();
    expect(after.getByRole('link', { name: 'Download data' })).toBeInTheDocument();
    expect(await bodyOf(afterwards.requests, 'POST', ERASURE_PATH)).toEqual({ confirmPseudonym: 'sam', reason: 'Asked by phone' });
    expect(afterwards.requests.some((request) => request.method === 'GET' && new URL(request.url).pathname === PATH)).toBe(true);
  });

  it('shows the API’s reason when it refuses, such as a follow-up still open', async () => {
    const refusal = { statusCode: 409, code: 'conflict', message: 'This person has a follow-up that is still open. Resolve it first, then erase the record.' };
    const { requests } = mockApi([...base(), { method: 'POST', path: ERASURE_PATH, status: 409, body: refusal }]);
    const section = await openDataRights();
    await userEvent.click(section.getByRole('button', { name: 'Erase record' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Erase the record of Sam' }));
    await fill(dialog.getByLabelText(/^Type the name shown/), 'Sam');
    await fill(dialog.getByLabelText(/^Reason/), 'Asked in person');
    await userEvent.click(dialog.getByRole('button', { name: 'Erase the record' }));
    const alert = await dialog.findByRole('alert');
    expect(alert).toHaveTextContent('The record was not erased');
    expect(alert).toHaveTextContent('Resolve it first');
    expect(await bodyOf(requests, 'POST', ERASURE_PATH)).toEqual({ confirmPseudonym: 'Sam', reason: 'Asked in person' });
  });
});
