import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderApp, type MockRoute } from '../../../test/render';
import { baseRoutes, PROFILE_PATH, survivor } from '../../profile/testFixtures';

const REQUEST_PATH = '/api/v1/survivors/me/erasure-request';
const routes = (...extra: MockRoute[]): MockRoute[] => [...baseRoutes, { path: PROFILE_PATH, body: survivor() }, ...extra];

async function openOwnData() {
  renderApp('/survivor/profile');
  return within(await screen.findByRole('region', { name: 'Your information' }));
}

describe('OwnDataSection', () => {
  it('offers the download as a plain link the browser saves', async () => {
    mockApi(routes());
    const section = await openOwnData();
    const link = section.getByRole('link', { name: 'Download my data' });
    expect(link).toHaveAttribute('href', '/api/v1/survivors/me/export');
    expect(link).toHaveAttribute('download');
    expect(link).toHaveAccessibleDescription(/Anyone who uses this device may be able to open it/);
  });

  it('explains calmly that the caseworker will do it, and sends the request only when confirmed', async () => {
    const { requests } = mockApi(routes({ method: 'POST', path: REQUEST_PATH, status: 202, body: { requestedAt: '2026-03-01T10:00:00.000Z' } }));
    const section = await openOwnData();
    await userEvent.click(section.getByRole('button', { name: 'Ask to delete my data' }));

    const dialog = within(await screen.findByRole('dialog', { name: 'Ask to delete your data' }));
    expect(dialog.getByText(/Your caseworker will contact you first/)).toBeInTheDocument();
    expect(dialog.getByText(/Nothing is deleted now/)).toBeInTheDocument();
    // Cancel leaves everything as it was.
    await userEvent.click(dialog.getByRole('button', { name: 'Cancel' }));
    expect(requests.filter((request) => request.method === 'POST' && new URL(request.url).pathname === REQUEST_PATH)).toHaveLength(0);

    await userEvent.click(section.getByRole('button', { name: 'Ask to delete my data' }));
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Ask to delete your data' })).getByRole('button', { name: 'Send the request' }));
    expect(await section.findByRole('status')).toHaveTextContent('Your request has been sent. Your caseworker will contact you.');
    expect(requests.filter((request) => request.method === 'POST' && new URL(request.url).pathname === REQUEST_PATH)).toHaveLength(1);
  });

  it('says so in the dialog when the request fails, in the reader’s words', async () => {
    mockApi(routes({ method: 'POST', path: REQUEST_PATH, status: 500, body: { statusCode: 500, code: 'internal_error', message: 'Something went wrong on our side.', errorId: 'e-1' } }));
    const section = await openOwnData();
    await userEvent.click(section.getByRole('button', { name: 'Ask to delete my data' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Ask to delete your data' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Send the request' }));
    const alert = await dialog.findByRole('alert');
    expect(alert).toHaveTextContent('The request was not sent');
    expect(alert).toHaveTextContent('Something went wrong on our side. Please try again later.');
  });
});
