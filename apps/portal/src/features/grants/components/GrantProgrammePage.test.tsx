import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoUsers, mockApi, renderApp, type MockRoute } from '../../../test/render';
import { bodyOf, referenceRoutes } from '../../employers/testFixtures';
import { FUNDER_ID, PROGRAMME_ID, programme } from '../testFixtures';

const PATH = `/api/v1/grant-programmes/${PROGRAMME_ID}`;
const admin = { ...demoUsers.caseworker, displayName: 'Ada', role: 'admin', email: 'admin@example.org' };
const base: MockRoute[] = [
  ...referenceRoutes,
  { path: '/api/v1/auth/me', body: admin },
  { path: '/api/v1/organisations/funders', body: { items: [{ id: FUNDER_ID, name: 'Seed Fund', kind: 'funder' }] } },
  { path: '/api/v1/grant-programmes', body: [programme()] },
  { path: PATH, body: programme() },
  { method: 'PUT', path: PATH, body: programme() },
];

describe('GrantProgrammePage', () => {
  it('saves, then opens the programme, showing a refused deadline on its field', async () => {
    const message = 'The deadline has passed. Choose a later date to open the programme.';
    const { requests } = mockApi([
      ...base,
      { method: 'POST', path: `${PATH}/open`, status: 400, body: { statusCode: 400, code: 'validation_failed', message, fields: { deadline: [message] } } },
    ]);
    renderApp(`/admin/grants/${PROGRAMME_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Start-up grants for small food businesses' })).toBeInTheDocument();
    expect(await screen.findByDisplayValue('500.00')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save and open for applications' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The programme was not opened');
    expect(screen.getByLabelText(/^Last day to apply/)).toHaveAccessibleDescription(new RegExp(message));
    expect(await bodyOf(requests, 'PUT', PATH)).toMatchObject({
      funderId: FUNDER_ID,
      amount: { minMinor: 50000, maxMinor: 250000, currency: 'GBP' },
      requiredDocuments: ['A short business plan (one page)'],
      sector: 'food',
      regionCode: 'north-west',
      deadline: '2030-03-31',
    });
  });

  it('asks before closing an open programme', async () => {
    const { requests } = mockApi([
      ...base,
      { path: PATH, body: programme({ status: 'open', openedAt: '2026-01-02T10:00:00.000Z' }) },
      { method: 'POST', path: `${PATH}/close`, body: programme({ status: 'closed', closedAt: '2026-02-02T10:00:00.000Z' }) },
    ]);
    renderApp(`/admin/grants/${PROGRAMME_ID}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Close programme' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Close this programme?' }));
    expect(requests.some((request) => request.url.endsWith('/close'))).toBe(false);
    await userEvent.click(dialog.getByRole('button', { name: 'Close programme' }));

    expect(await screen.findByRole('status')).toHaveTextContent('The programme is closed.');
    expect(screen.getByLabelText(/^Title/)).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
  });

  it('lists programmes with their funder and amounts', async () => {
    mockApi(base);
    renderApp('/admin/grants');
    const list = within(await screen.findByRole('list', { name: 'Grant programmes' }));
    expect(list.getByRole('link', { name: 'Start-up grants for small food businesses' })).toHaveAttribute('href', `/admin/grants/${PROGRAMME_ID}`);
    expect(list.getByText('Funder: Seed Fund')).toBeInTheDocument();
    expect(list.getByText(/£500.00 to £2,500.00/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New programme' })).toHaveAttribute('href', '/admin/grants/new');
  });
});
