import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderApp, type MockRoute } from '../../../test/render';
import { adminRoutes, DEAD_LETTER_ID, deadLetter, page, systemStatus } from '../testFixtures';

const STATUS = '/api/v1/operations/status';
const DEAD_LETTERS = '/api/v1/operations/dead-letters';
const RETRY = `${DEAD_LETTERS}/${DEAD_LETTER_ID}/retry`;

const base: MockRoute[] = [...adminRoutes, { path: STATUS, body: systemStatus() }, { path: DEAD_LETTERS, body: page([deadLetter()]) }];
const requestsTo = (requests: Request[], path: string, method = 'GET') => requests.filter((request) => request.method === method && new URL(request.url).pathname === path);

describe('SystemStatusPage', () => {
  it("shows each component's state, the queues, the scheduled jobs and the follow-up counts", async () => {
    mockApi(base);
    renderApp('/admin/system');
    expect(await screen.findByRole('heading', { level: 1, name: 'System status' })).toBeInTheDocument();
    const components = within(await screen.findByRole('table', { name: 'Components and their status' }));
    expect(components.getByRole('rowheader', { name: 'Database' }).closest('tr')).toHaveTextContent(/UpEmbedded PostgreSQLVersion 16\.4/);
    expect(components.getByRole('rowheader', { name: 'Search' }).closest('tr')).toHaveTextContent('Documents in the index: 42');
    expect(screen.getByText('Everything is working.')).toBeInTheDocument();

    const queues = within(screen.getByRole('table', { name: 'Jobs by queue' }));
    expect(queues.getByRole('rowheader', { name: /Emails/ }).closest('tr')).toHaveTextContent(/email\.send2011$/);
    const schedules = within(screen.getByRole('table', { name: 'Scheduled jobs and their last run' }));
    expect(schedules.getByRole('rowheader', { name: /Check-in scan/ }).closest('tr')).toHaveTextContent('Completed');
    expect(schedules.getByRole('rowheader', { name: /Time without work scan/ }).closest('tr')).toHaveTextContent('No run on record');
    const followUps = within(screen.getByRole('table', { name: 'Open and overdue follow-ups by level' }));
    expect(followUps.getByRole('rowheader', { name: 'Medium' }).closest('tr')).toHaveTextContent(/Medium11/);
    await waitFor(() => expect(document.title).toBe('System status · Onward'));
  });

  it('shows a component that did not answer as down, and says what that means', async () => {
    mockApi([
      ...base,
      { path: STATUS, body: systemStatus({ status: 'degraded', search: { status: 'down', engine: 'meilisearch', documents: null }, mail: { status: 'down', engine: 'smtp' } }) },
    ]);
    renderApp('/admin/system');
    const components = within(await screen.findByRole('table', { name: 'Components and their status' }));
    expect(components.getByRole('rowheader', { name: 'Search' }).closest('tr')).toHaveTextContent(/^SearchDownMeilisearch—$/);
    expect(components.getByRole('rowheader', { name: 'Email' }).closest('tr')).toHaveTextContent(/DownSMTP server/);
    expect(screen.getByText(/Some parts are down/)).toBeInTheDocument();
  });

  it('checks again on demand', async () => {
    const { requests } = mockApi(base);
    renderApp('/admin/system');
    await screen.findByRole('table', { name: 'Components and their status' });
    expect(await screen.findByText(/^Checked at /)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Check again' }));
    await waitFor(() => expect(requestsTo(requests, STATUS)).toHaveLength(2));
  });

  it('lists dead letters without what they were about, and retries one only after asking', async () => {
    const { requests } = mockApi([...base, { method: 'POST', path: RETRY, body: { id: DEAD_LETTER_ID, queue: 'email.send', retriedAt: '2026-03-03T14:06:00.000Z' } }]);
    renderApp('/admin/system');
    const table = within(await screen.findByRole('table', { name: 'Dead letters' }));
    const row = table.getByRole('rowheader', { name: /Emails/ }).closest('tr')!;
    expect(row).toHaveTextContent('Delivery of email [id] failed');
    expect(row).toHaveTextContent('9');

    const retry = within(row as HTMLElement).getByRole('button', { name: /^Retry the dead letter of Emails that failed at / });
    await userEvent.click(retry);
    let dialog = await screen.findByRole('dialog', { name: 'Retry this job?' });
    expect(dialog).toHaveTextContent('It goes back to the queue “Emails” as it was first sent.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // Nothing happened: focus goes back to the button.
    await waitFor(() => expect(retry).toHaveFocus());
    expect(requestsTo(requests, RETRY, 'POST')).toHaveLength(0);

    await userEvent.click(retry);
    dialog = await screen.findByRole('dialog', { name: 'Retry this job?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry the job' }));
    const notice = await screen.findByText('Sent again to the queue “Emails”.');
    expect(notice.closest('[role="status"]')).not.toBeNull();
    await waitFor(() => expect(notice.closest('[role="status"]')).toHaveFocus());
    expect(requestsTo(requests, RETRY, 'POST')).toHaveLength(1);
    // The list and the counts are read again.
    await waitFor(() => expect(requestsTo(requests, DEAD_LETTERS).length).toBeGreaterThanOrEqual(2));
    await waitFor(() => expect(requestsTo(requests, STATUS).length).toBeGreaterThanOrEqual(2));
  });

  it('says so, calmly, when the dead letter was already retried', async () => {
    mockApi([...base, { method: 'POST', path: RETRY, status: 404, body: { statusCode: 404, code: 'not_found', message: 'The dead letter was not found.' } }]);
    renderApp('/admin/system');
    const table = within(await screen.findByRole('table', { name: 'Dead letters' }));
    await userEvent.click(table.getByRole('button', { name: /^Retry/ }));
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Retry this job?' })).getByRole('button', { name: 'Retry the job' }));
    expect(await screen.findByText(/This job was already retried, or is no longer here/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('keeps the dialog open with the reason when a retry fails otherwise', async () => {
    mockApi([...base, { method: 'POST', path: RETRY, status: 500, body: { statusCode: 500, code: 'internal_error', message: 'Something went wrong.', errorId: 'err-1' } }]);
    renderApp('/admin/system');
    await userEvent.click(within(await screen.findByRole('table', { name: 'Dead letters' })).getByRole('button', { name: /^Retry/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Retry this job?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry the job' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The job could not be retried');
  });

  it('says when there is no dead letter', async () => {
    mockApi([...base, { path: DEAD_LETTERS, body: page([]) }]);
    renderApp('/admin/system');
    expect(await screen.findByText(/No dead letters/)).toBeInTheDocument();
  });
});
