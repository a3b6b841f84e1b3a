import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoUsers, mockApi, renderApp, type MockRoute } from '../../../test/render';
import { bodyOf, fill, referenceRoutes } from '../../employers/testFixtures';
import { CONCERN_ID, EMPLOYER_ID, concern } from '../testFixtures';

const REVIEW_PATH = `/api/v1/concerns/${CONCERN_ID}/review`;
const base: MockRoute[] = [
  ...referenceRoutes,
  { path: '/api/v1/auth/me', body: demoUsers.caseworker },
  { path: '/api/v1/concerns', body: [concern()] },
];

const concernRequests = (requests: Request[]) => requests.filter((request) => request.method === 'GET' && new URL(request.url).pathname === '/api/v1/concerns');

describe('ConcernsPage', () => {
  it('lists open concerns without saying who reported them', async () => {
    const { requests } = mockApi(base);
    renderApp('/caseworker/concerns');
    const card = within((await screen.findAllByRole('listitem'))[0]);
    expect(card.getByRole('heading', { name: 'The employer keeps passports or ID documents' })).toBeInTheDocument();
    expect(card.getByText('Jobs on hold')).toBeInTheDocument();
    expect(card.getByText(/reported by: Survivor/)).toBeInTheDocument();
    expect(card.getByText(/their caseworker can follow up/)).toBeInTheDocument();
    expect(card.getByRole('link', { name: 'Green Valley Foods' })).toHaveAttribute('href', `/caseworker/employers/${EMPLOYER_ID}`);
    expect(new URL(concernRequests(requests)[0].url).searchParams.get('status')).toBe('open');
  });

  it('records a review with an outcome and a note, then refreshes the list', async () => {
    const { requests } = mockApi([...base, { method: 'POST', path: REVIEW_PATH, body: concern({ status: 'dismissed' }) }]);
    renderApp('/caseworker/concerns');
    await userEvent.click(await screen.findByRole('button', { name: 'Review' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Review this concern' }));

    await userEvent.click(dialog.getByRole('button', { name: 'Record review' }));
    expect(dialog.getByRole('radiogroup', { name: /^Outcome/ })).toHaveAccessibleDescription(/Choose an outcome/);
    expect(dialog.getByLabelText(/^Note/)).toHaveAccessibleDescription(/Write a note of at least 3 characters/);
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await userEvent.click(dialog.getByRole('radio', { name: /^Dismissed/ }));
    await fill(dialog.getByLabelText(/^Note/), 'Spoke to three workers; all hold their own documents.');
    await userEvent.click(dialog.getByRole('button', { name: 'Record review' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Review recorded: concern dismissed.');
    expect(await bodyOf(requests, 'POST', REVIEW_PATH)).toEqual({ outcome: 'dismissed', note: 'Spoke to three workers; all hold their own documents.' });
    expect(concernRequests(requests).length).toBeGreaterThan(1);
  });

  it("shows the API's answer when the concern was already reviewed", async () => {
    mockApi([
      ...base,
      { method: 'POST', path: REVIEW_PATH, status: 409, body: { statusCode: 409, code: 'conflict', message: 'This concern has already been reviewed.' } },
    ]);
    renderApp('/caseworker/concerns');
    await userEvent.click(await screen.findByRole('button', { name: 'Review' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Review this concern' }));
    await userEvent.click(dialog.getByRole('radio', { name: /^Upheld/ }));
    await fill(dialog.getByLabelText(/^Note/), 'Confirmed on a visit.');
    await userEvent.click(dialog.getByRole('button', { name: 'Record review' }));
    expect(await dialog.findByRole('alert')).toHaveTextContent('This concern has already been reviewed.');
  });

  it('shows reviewed concerns when asked, with their notes', async () => {
    const { requests } = mockApi([
      ...base,
      { path: '/api/v1/concerns', body: [concern({ status: 'upheld', reviewNote: 'Passports were in the safe.', reviewedAt: '2026-01-07T10:00:00.000Z', holdsPublication: false })] },
    ]);
    renderApp('/caseworker/concerns');
    await screen.findAllByRole('listitem');
    await userEvent.selectOptions(screen.getByLabelText('Show'), 'reviewed');
    expect(await screen.findByText('Passports were in the safe.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Review' })).not.toBeInTheDocument();
    expect(new URL(concernRequests(requests).at(-1)!.url).searchParams.get('status')).toBe('upheld,dismissed');
  });
});
