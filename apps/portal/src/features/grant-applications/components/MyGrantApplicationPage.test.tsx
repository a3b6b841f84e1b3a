import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoUsers, mockApi, renderApp, type MockRoute } from '../../../test/render';
import { bodyOf, fill } from '../../employers/testFixtures';
import { APPLICATION_ID, APPLICATION_PATH, LIST_PATH, awardedApplication, grantApplication, summaryOf } from '../testFixtures';

const survivor: MockRoute[] = [
  { path: '/api/v1/auth/me', body: demoUsers.survivor },
  { path: '/api/v1/auth/csrf', body: { token: 'csrf-1' } },
];
const PAGE = `/survivor/grant-applications/${APPLICATION_ID}`;
const fact = (scope: HTMLElement, term: string) => within(scope).getByText(term, { selector: 'dt' }).nextElementSibling;

describe('My grant applications', () => {
  it('lists my applications in plain words', async () => {
    mockApi([...survivor, { path: LIST_PATH, body: { items: [summaryOf(awardedApplication())], total: 1 } }]);
    renderApp('/survivor/grant-applications');
    expect(await screen.findByRole('heading', { level: 1, name: 'My grant applications' })).toBeInTheDocument();
    const [card] = within(await screen.findByRole('list', { name: 'My grant applications' })).getAllByRole('listitem');
    expect(within(card).getByRole('link', { name: 'Start-up grant for market stalls' })).toHaveAttribute('href', PAGE);
    expect(card).toHaveTextContent('Approved');
    expect(card).toHaveTextContent('You asked for £750.00. You will get £600.00.');
    expect(screen.getByRole('link', { name: 'My grant applications' })).toHaveAttribute('aria-current', 'page');
    expect(document.title).toBe('My grant applications · Onward');
  });

  it('shows the award: each step with its due date, its money and what has been paid', async () => {
    mockApi([...survivor, { path: APPLICATION_PATH, body: awardedApplication() }]);
    renderApp(PAGE);
    expect(await screen.findByRole('heading', { level: 1, name: 'Start-up grant for market stalls' })).toBeInTheDocument();
    expect(screen.getByText(/Good news: you will get this grant/)).toBeInTheDocument();
    const grant = screen.getByRole('region', { name: 'Your grant' });
    expect(fact(grant, 'You will get')).toHaveTextContent('£600.00');
    expect(fact(grant, 'Paid so far')).toHaveTextContent('£200.00');
    expect(fact(grant, 'Still to be paid')).toHaveTextContent('£400.00');

    const steps = within(screen.getByRole('region', { name: 'Steps and payments' })).getAllByRole('listitem');
    expect(steps).toHaveLength(2);
    const [licence, marketDay] = steps;
    expect(within(licence).getByRole('heading', { level: 3, name: '1. Stall licence bought' })).toBeInTheDocument();
    expect(licence).toHaveTextContent('Done');
    expect(fact(licence, 'Due by')).toHaveTextContent('Mar 1, 2030');
    expect(fact(licence, 'Money for this step')).toHaveTextContent('£200.00');
    expect(fact(licence, 'Paid so far')).toHaveTextContent('£200.00 of £200.00');
    const payments = within(within(licence).getByRole('table', { name: 'Payments for Stall licence bought' })).getAllByRole('row');
    expect(payments[1]).toHaveTextContent('Feb 21, 2026£200.00BANK-7');
    expect(marketDay).toHaveTextContent('To do');
    expect(fact(marketDay, 'Paid so far')).toHaveTextContent('£0.00 of £400.00');
    expect(marketDay).toHaveTextContent('No payments yet.');

    const history = within(screen.getByRole('region', { name: 'What has happened' })).getAllByRole('listitem');
    expect(history.map((item) => item.textContent)).toEqual([
      'Jan 12, 2026You applied.',
      'Jan 20, 2026Your caseworker started looking at your application.',
      'Feb 1, 2026Your application was approved.Note: For the stall licence and the first stock.',
    ]);
    expect(screen.queryByRole('button', { name: 'Withdraw application' })).not.toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/survivor/i);
  });

  it('withdraws after asking, with an optional reason', async () => {
    const { requests } = mockApi([
      ...survivor,
      { path: APPLICATION_PATH, body: grantApplication() },
      { method: 'POST', path: `${APPLICATION_PATH}/withdraw`, body: grantApplication({ status: 'withdrawn' }) },
    ]);
    renderApp(PAGE);
    expect(await screen.findByText('Sent')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Withdraw application' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Withdraw this application?' }));
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
    await fill(dialog.getByLabelText(/^Why\?/), 'I found work instead.');
    await userEvent.click(dialog.getByRole('button', { name: 'Withdraw application' }));

    expect(await screen.findByRole('status')).toHaveTextContent('You have withdrawn this application.');
    expect(await bodyOf(requests, 'POST', `${APPLICATION_PATH}/withdraw`)).toEqual({ note: 'I found work instead.' });
    expect(screen.getByText('This application was stopped. You can apply again if you want to.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Changed your mind?' })).not.toBeInTheDocument();
  });

  it('says plainly when the application cannot be found', async () => {
    mockApi([...survivor, { path: APPLICATION_PATH, status: 404, body: { statusCode: 404, code: 'not_found', message: 'The grant application was not found.' } }]);
    renderApp(PAGE);
    expect(await screen.findByRole('heading', { level: 1, name: 'Grant application not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to my grant applications' })).toHaveAttribute('href', '/survivor/grant-applications');
  });
});
