import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderApp } from '../../../test/render';
import { bodyOf, fill } from '../../employers/testFixtures';
import { todayIso } from '../format';
import { PLACEMENT_ID, PLACEMENTS_PATH, caseworkerBase, employerBase, employerPlacement, page, paramsOf, placement, survivorBase } from '../testFixtures';

const END_PATH = `/api/v1/placements/${PLACEMENT_ID}/end`;
const ended = placement({ active: false, endDate: '2025-06-30', endReason: 'resigned', endedByRole: 'survivor' });

describe('MyWorkPage', () => {
  it('shows current and past work with start, pay and hours', async () => {
    mockApi([...survivorBase, { path: PLACEMENTS_PATH, body: page([placement(), placement({ ...ended, id: 'other', job: { ...placement().job, title: 'Cleaner' } })]) }]);
    renderApp('/survivor/work');
    const current = within(await screen.findByRole('list', { name: 'Current work' }));
    expect(current.getByRole('heading', { name: 'Kitchen assistant' })).toBeInTheDocument();
    expect(current.getByText('£13.00 an hour')).toBeInTheDocument();
    expect(current.getByText('30 hours a week')).toBeInTheDocument();
    expect(current.getByText('Jan 6, 2025')).toBeInTheDocument();
    const past = within(screen.getByRole('list', { name: 'Past work' }));
    expect(past.getByText('I chose to leave')).toBeInTheDocument();
    expect(past.queryByRole('button', { name: 'I left / I lost this job' })).not.toBeInTheDocument();
  });

  it('"I left / I lost this job": last day, what happened in plain words, and a note', async () => {
    const { requests } = mockApi([
      ...survivorBase,
      { path: PLACEMENTS_PATH, body: page([placement()]) },
      { method: 'POST', path: END_PATH, body: ended },
    ]);
    renderApp('/survivor/work');
    await userEvent.click(await screen.findByRole('button', { name: 'I left / I lost this job' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tell us this job has ended' });
    expect(within(dialog).getByLabelText(/Your last day of work/)).toHaveValue(todayIso());

    // Nothing is sent until it says what happened.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send' }));
    expect(within(dialog).getByText('Choose what happened.')).toBeInTheDocument();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
    // An employer's suspension is not the person's to report.
    expect(within(dialog).queryByLabelText(/stopped from using Onward/)).not.toBeInTheDocument();

    await userEvent.click(within(dialog).getByLabelText('I did not feel safe there'));
    await fill(within(dialog).getByLabelText(/Anything else/), 'They shouted at me.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send' }));

    expect(await screen.findByText('Thank you for telling us')).toBeInTheDocument();
    expect(await bodyOf(requests, 'POST', END_PATH)).toEqual({ endDate: todayIso(), reason: 'unsafe', note: 'They shouted at me.' });
  });
});

describe('EmployerPlacementsPage', () => {
  it('records that a job ended; the reason comes back, the note never does', async () => {
    const { requests } = mockApi([
      ...employerBase,
      { path: PLACEMENTS_PATH, body: page([employerPlacement()]) },
      { method: 'POST', path: END_PATH, body: employerPlacement({ endDate: '2025-06-30', endReason: 'contract_ended' }) },
    ]);
    renderApp('/employer/placements');
    const table = within(await screen.findByRole('table', { name: 'Placements' }));
    expect(table.getByText('Sunflower')).toBeInTheDocument();
    expect(table.getByText('Still working')).toBeInTheDocument();

    await userEvent.click(table.getByRole('button', { name: 'Record that this job ended' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record that this job ended' });
    expect(within(dialog).getByText("For the person's caseworker. It is not shown to you again.")).toBeInTheDocument();
    const lastDay = within(dialog).getByLabelText(/Last day of work/);
    await userEvent.clear(lastDay);
    await fill(lastDay, '2025-06-30');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Contract ended' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record the end' }));

    expect(await screen.findByText('Recorded. The job now shows as ended.')).toBeInTheDocument();
    expect(await bodyOf(requests, 'POST', END_PATH)).toEqual({ endDate: '2025-06-30', reason: 'contract_ended', note: null });
  });

  it('refuses a last day before the start without asking the API', async () => {
    const { requests } = mockApi([...employerBase, { path: PLACEMENTS_PATH, body: page([employerPlacement()]) }]);
    renderApp('/employer/placements');
    await userEvent.click(await screen.findByRole('button', { name: 'Record that this job ended' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record that this job ended' });
    const lastDay = within(dialog).getByLabelText(/Last day of work/);
    await userEvent.clear(lastDay);
    await fill(lastDay, '2024-12-31');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Resigned' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record the end' }));
    expect(within(dialog).getByText('The last day cannot be before the start date.')).toBeInTheDocument();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });
});

describe('CaseworkerPlacementsPage', () => {
  it('shows current placements first, and ended ones on request', async () => {
    const { requests } = mockApi([...caseworkerBase, { path: PLACEMENTS_PATH, body: page([placement()]) }]);
    const { router } = renderApp('/caseworker/placements');
    const table = within(await screen.findByRole('table', { name: 'Placements' }));
    expect(table.getByRole('link', { name: 'Sunflower' })).toHaveAttribute('href', `/caseworker/survivors/${placement().survivor.id}`);
    expect(paramsOf(requests, PLACEMENTS_PATH)[0].get('active')).toBe('true');

    await userEvent.click(screen.getByRole('radio', { name: 'Ended' }));
    await waitFor(() => expect(paramsOf(requests, PLACEMENTS_PATH).at(-1)?.get('active')).toBe('false'));
    expect(router.state.location.search).toBe('?show=ended');
    await userEvent.click(screen.getByRole('radio', { name: 'All' }));
    await waitFor(() => expect(paramsOf(requests, PLACEMENTS_PATH).at(-1)?.has('active')).toBe(false));
  });

  it('goes back to the last page when the list is shorter than the address says', async () => {
    const { requests } = mockApi([...caseworkerBase, { path: PLACEMENTS_PATH, body: { items: [], total: 30 } }]);
    const { router } = renderApp('/caseworker/placements');
    await screen.findByRole('table', { name: 'Placements' });
    // An old link, or people ended since: the third page of a list that now has two.
    await act(() => router.navigate('/caseworker/placements?page=3'));
    await waitFor(() => expect(router.state.location.search).toBe('?page=2'));
    await waitFor(() => expect(paramsOf(requests, PLACEMENTS_PATH).at(-1)?.get('offset')).toBe('25'));
    expect(await screen.findByRole('navigation', { name: 'Pages' })).toBeInTheDocument();
  });
});
