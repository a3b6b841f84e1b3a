import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderApp, type MockRoute } from '../../../test/render';
import { bodyOf, fill } from '../../employers/testFixtures';
import { FLAG_ID, FLAG_PATH, SURVIVOR_ID, casey, caseworkerBase, flagDetail } from '../testFixtures';

const PAGE = `/caseworker/flags/${FLAG_ID}`;

async function openFlag(routes: MockRoute[] = []) {
  const api = mockApi([...caseworkerBase, { path: FLAG_PATH, body: flagDetail() }, ...routes]);
  const view = renderApp(PAGE);
  await screen.findByRole('heading', { level: 1, name: 'Follow-up for Sunflower (High)' });
  return { ...api, ...view };
}

function section(name: string) {
  return within(screen.getByRole('region', { name }));
}

const resolvedEvent = {
  id: '00000000-0000-4000-8000-00000000f609',
  type: 'resolved' as const,
  at: '2026-03-02T16:00:00.000Z',
  actor: casey,
  level: null,
  signalType: null,
  note: 'Spoke to her; the employer paid the missing wages.',
};

describe('FlagPage', () => {
  it('shows why the follow-up was raised, its signals, its history and where to go next', async () => {
    await openFlag();
    // The name shown is in the heading, never in the tab title (kept in the browser's history).
    expect(screen.getByRole('heading', { level: 1, name: 'Follow-up for Sunflower (High)' })).toBeInTheDocument();
    expect(document.title).toBe('Follow-up (High) · Onward');
    expect(screen.getByRole('link', { name: 'Timeline' })).toHaveAttribute('href', `/caseworker/survivors/${SURVIVOR_ID}/timeline`);
    expect(screen.getByRole('link', { name: "The person's record" })).toHaveAttribute('href', `/caseworker/survivors/${SURVIVOR_ID}`);
    expect(screen.getByText('Assigned to').nextElementSibling).toHaveTextContent('Casey');
    expect(screen.getByText(/Mar 3, 2026/)).toBeInTheDocument();

    const reasons = section('Why');
    expect(reasons.getByText('Not paid as promised')).toBeInTheDocument();
    expect(reasons.getByText('Check-in missed (2 times)')).toBeInTheDocument();
    expect(section('Signals').getAllByRole('listitem')).toHaveLength(2);

    const history = section('History');
    expect(history.getByText('Opened, level: Medium')).toBeInTheDocument();
    expect(history.getByText('Level raised, level: High')).toBeInTheDocument();
    expect(history.getByText('Left a voicemail, will call again at 4.')).toBeInTheDocument();
    expect(history.getAllByText(/Onward, automatically/)).toHaveLength(2);
    expect(history.getByText('Casey')).toBeInTheDocument();
  });

  it('offers Acknowledge only while the flag is open', async () => {
    await openFlag();
    expect(screen.getByRole('button', { name: 'Acknowledge' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start work' })).toBeInTheDocument();
  });

  it('offers Start work but not Acknowledge once acknowledged, and neither once in progress', async () => {
    const routes: MockRoute[] = [...caseworkerBase, { path: FLAG_PATH, body: flagDetail({ status: 'acknowledged', acknowledgedAt: '2026-03-02T09:30:00.000Z' }) }];
    mockApi(routes);
    const { unmount } = renderApp(PAGE);
    expect(await screen.findByRole('button', { name: 'Start work' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Acknowledge' })).not.toBeInTheDocument();
    unmount();

    routes.push({ path: FLAG_PATH, body: flagDetail({ status: 'in_progress' }) });
    renderApp(PAGE);
    expect(await screen.findByRole('button', { name: 'Resolve' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Acknowledge' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start work' })).not.toBeInTheDocument();
  });

  it('acknowledges, and shows the flag as the API answers it', async () => {
    const acknowledged = flagDetail({
      status: 'acknowledged',
      acknowledgedAt: '2026-03-02T11:00:00.000Z',
      events: [...flagDetail().events, { id: '00000000-0000-4000-8000-00000000f604', type: 'acknowledged', at: '2026-03-02T11:00:00.000Z', actor: casey, level: null, signalType: null, note: null }],
    });
    const { requests } = await openFlag([{ method: 'POST', path: `${FLAG_PATH}/acknowledge`, body: acknowledged }]);
    await userEvent.click(screen.getByRole('button', { name: 'Acknowledge' }));

    // The button is gone: focus goes to what it did.
    expect((await screen.findByText('Acknowledged.')).closest('[role="status"]')).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Acknowledge' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start work' })).toBeInTheDocument();
    expect(section('History').getAllByText('Acknowledged')).toHaveLength(1);
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(1);
    // Taken from the answer: the flag is not read again behind the caseworker's back.
    expect(requests.filter((request) => request.method === 'GET' && new URL(request.url).pathname === FLAG_PATH)).toHaveLength(1);
  });

  it('shows the API’s reason when it refuses a step (409)', async () => {
    const { requests } = await openFlag([
      {
        method: 'POST',
        path: `${FLAG_PATH}/acknowledge`,
        status: 409,
        body: { statusCode: 409, code: 'conflict', message: 'This follow-up is in progress, so it cannot be marked acknowledged.' },
      },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Acknowledge' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('It was not acknowledged');
    expect(alert).toHaveTextContent('This follow-up is in progress, so it cannot be marked acknowledged.');
    // The flag changed meanwhile: it is read again, to show where it stands now.
    await waitFor(() => expect(requests.filter((request) => request.method === 'GET' && new URL(request.url).pathname === FLAG_PATH)).toHaveLength(2));
  });

  it('resolves only with an outcome and a note, and sends both', async () => {
    const resolved = flagDetail({ status: 'resolved', resolvedAt: resolvedEvent.at, outcome: 'support_given', events: [...flagDetail().events, resolvedEvent] });
    const { requests } = await openFlag([{ method: 'POST', path: `${FLAG_PATH}/resolve`, body: resolved }]);
    const resolve = section('Resolve');

    await userEvent.click(resolve.getByRole('button', { name: 'Resolve' }));
    expect(resolve.getByText('Choose an outcome.')).toBeInTheDocument();
    expect(resolve.getByText('Write what was done and what was found.')).toBeInTheDocument();

    await userEvent.selectOptions(resolve.getByRole('combobox', { name: /Outcome/ }), 'support_given');
    await fill(resolve.getByRole('textbox', { name: /What was done and what was found/ }), '   ');
    await userEvent.click(resolve.getByRole('button', { name: 'Resolve' }));
    expect(resolve.getByText('Write what was done and what was found.')).toBeInTheDocument();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await fill(resolve.getByRole('textbox', { name: /What was done and what was found/ }), resolvedEvent.note);
    await userEvent.click(resolve.getByRole('button', { name: 'Resolve' }));

    expect(await screen.findByText('Resolved. Notes can still be added.')).toBeInTheDocument();
    expect(await bodyOf(requests, 'POST', `${FLAG_PATH}/resolve`)).toEqual({ outcome: 'support_given', note: resolvedEvent.note, signalsSeen: flagDetail().signals.length });
    const resolution = section('How it was resolved');
    expect(resolution.getByText('Support given')).toBeInTheDocument();
    expect(resolution.getByText(resolvedEvent.note)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'What to do next' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Add a note' })).toBeInTheDocument();
  });

  it('adds a note to a resolved flag', async () => {
    const resolved = flagDetail({ status: 'resolved', resolvedAt: resolvedEvent.at, outcome: 'support_given', events: [...flagDetail().events, resolvedEvent] });
    const noted = { ...resolved, events: [...resolved.events, { ...resolvedEvent, id: '00000000-0000-4000-8000-00000000f610', type: 'note' as const, note: 'Called a week later: all fine.' }] };
    const { requests } = await openFlag([
      { path: FLAG_PATH, body: resolved },
      { method: 'POST', path: `${FLAG_PATH}/notes`, body: noted },
    ]);
    const notes = section('Add a note');
    await userEvent.click(notes.getByRole('button', { name: 'Add note' }));
    expect(notes.getByText('Write a note first.')).toBeInTheDocument();

    await fill(notes.getByRole('textbox', { name: /Note/ }), 'Called a week later: all fine.');
    await userEvent.click(notes.getByRole('button', { name: 'Add note' }));
    expect(await notes.findByText('Note added to the history.')).toBeInTheDocument();
    expect(await bodyOf(requests, 'POST', `${FLAG_PATH}/notes`)).toEqual({ note: 'Called a week later: all fine.' });
    expect(notes.getByRole('textbox', { name: /Note/ })).toHaveValue('');
    await waitFor(() => expect(section('History').getByText('Called a week later: all fine.')).toBeInTheDocument());
  });

  it('says so when the flag is not there for this caseworker (404)', async () => {
    mockApi([...caseworkerBase, { path: FLAG_PATH, status: 404, body: { statusCode: 404, code: 'not_found', message: 'The follow-up was not found' } }]);
    renderApp(PAGE);
    expect(await screen.findByRole('heading', { level: 1, name: 'Follow-up not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to follow-ups' })).toHaveAttribute('href', '/caseworker/flags');
  });
});
