import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderApp, type MockRoute } from '../../../test/render';
import { bodyOf } from '../../employers/testFixtures';
import { SURVIVOR_ID as PROFILE_ID, survivor } from '../../profile/testFixtures';
import { FLAG_ID, MISSED_CHECK_IN_ID, SURVIVOR_ID, TIMELINE_PATH, caseworkerBase, checkIn, earlierPlacement, missedCheckIn, timeline } from '../testFixtures';

const PAGE = `/caseworker/survivors/${SURVIVOR_ID}/timeline`;

function section(name: string) {
  return within(screen.getByRole('region', { name }));
}

/** The value beside a label in a list of facts. */
function fact(scope: ReturnType<typeof within>, label: string) {
  return scope.getByText(label).nextElementSibling;
}

function timelineReads(requests: Request[]) {
  return requests.filter((request) => request.method === 'GET' && new URL(request.url).pathname === TIMELINE_PATH).length;
}

describe('SurvivorTimelinePage', () => {
  it('shows time in work and the gaps between jobs, newest job first', async () => {
    mockApi([...caseworkerBase, { path: TIMELINE_PATH, body: timeline() }]);
    renderApp(PAGE);
    expect(await screen.findByRole('heading', { level: 1, name: 'Timeline for Sunflower' })).toBeInTheDocument();
    // The name shown is in the heading, never in the tab title (kept in the browser's history).
    expect(document.title).toBe('Timeline · Onward');
    expect(screen.getByRole('link', { name: "The person's record" })).toHaveAttribute('href', `/caseworker/survivors/${SURVIVOR_ID}`);

    const now = section('Work now');
    expect(fact(now, 'Current job')).toHaveTextContent('Kitchen assistant at Green Valley Foods');
    expect(fact(now, 'Days in this job')).toHaveTextContent('49');
    expect(fact(now, 'Days in work, all jobs')).toHaveTextContent('159');
    expect(now.queryByText('Days without work since the last job ended')).not.toBeInTheDocument();

    const jobs = within(screen.getByRole('region', { name: 'Jobs' }));
    const [newest, earliest] = jobs.getAllByRole('listitem');
    expect(within(newest).getByRole('heading', { level: 3, name: 'Kitchen assistant at Green Valley Foods' })).toBeInTheDocument();
    expect(fact(within(newest), 'Ended')).toHaveTextContent('Still working there');
    expect(fact(within(newest), 'Days without work before this job')).toHaveTextContent('23');
    expect(within(earliest).getByRole('heading', { level: 3, name: 'Office cleaner at Bright Cleaners' })).toBeInTheDocument();
    expect(fact(within(earliest), 'Why it ended')).toHaveTextContent('Unsafe conditions');
    expect(fact(within(earliest), 'Days in work')).toHaveTextContent('110');
    expect(fact(within(earliest), 'Days without work before this job')).toHaveTextContent('First job through Onward');

    const flags = section('Follow-ups');
    expect(flags.getByRole('link', { name: /Follow-up opened/ })).toHaveAttribute('href', `/caseworker/flags/${FLAG_ID}`);
    expect(flags.getByText('High')).toBeInTheDocument();
    expect(section('Signals').getByText('Not paid as promised')).toBeInTheDocument();
  });

  it('shows the current gap when the person is not in work', async () => {
    mockApi([...caseworkerBase, { path: TIMELINE_PATH, body: timeline({ current: null, currentGapDays: 72, placements: [earlierPlacement], totalTenureDays: 110 }) }]);
    renderApp(PAGE);
    const now = within(await screen.findByRole('region', { name: 'Work now' }));
    expect(fact(now, 'Current job')).toHaveTextContent('Not in work now');
    expect(fact(now, 'Days without work since the last job ended')).toHaveTextContent('72');
    expect(now.queryByText('Days in this job')).not.toBeInTheDocument();
  });

  it('shows the six answers of an answered check-in in words, who gave them, and the note', async () => {
    mockApi([...caseworkerBase, { path: TIMELINE_PATH, body: timeline({ checkIns: [checkIn(), checkIn({ id: MISSED_CHECK_IN_ID, dayOffset: 7, answeredByRole: 'caseworker', note: null })] }) }]);
    renderApp(PAGE);
    const checkIns = within(await screen.findByRole('region', { name: 'Check-ins' }));
    const [day30, day7] = checkIns.getAllByRole('listitem');
    const answered = within(day30);
    expect(answered.getByRole('heading', { level: 3, name: 'Day 30 check-in, due Feb 11, 2026' })).toBeInTheDocument();
    expect(answered.getByText('Answered')).toBeInTheDocument();
    expect(answered.getByText(/^Answered by the person on/)).toBeInTheDocument();
    expect(fact(answered, 'Still working there')).toHaveTextContent('Yes');
    expect(fact(answered, 'Paid what was promised, on time')).toHaveTextContent('No');
    expect(fact(answered, 'Paid what was promised, on time')).toHaveTextContent('Needs attention');
    expect(fact(answered, 'Hours as promised')).toHaveTextContent('Yes');
    expect(fact(answered, 'Feels safe at work')).toHaveTextContent('Yes');
    expect(fact(answered, 'Housing is stable')).toHaveTextContent('Yes');
    expect(fact(answered, 'Contacted by someone from their past')).toHaveTextContent('No');
    expect(answered.getAllByText('Needs attention')).toHaveLength(1);
    expect(answered.getByText('The pay came late again.')).toBeInTheDocument();
    expect(answered.queryByRole('button', { name: 'Record answers from a call' })).not.toBeInTheDocument();

    expect(within(day7).getByText(/^Recorded by a caseworker from a call on/)).toBeInTheDocument();
  });

  it('records answers from a call for a missed check-in, then reads the timeline again', async () => {
    const answers = { stillWorking: true, paidAsPromised: true, hoursAsPromised: true, feelSafe: false, housingStable: true, pastContact: false };
    const answered = { ...missedCheckIn, status: 'answered' as const, answeredAt: '2026-03-04T10:00:00.000Z', answeredByRole: 'caseworker' as const, answers, note: null };
    const routes: MockRoute[] = [
      ...caseworkerBase,
      { path: TIMELINE_PATH, body: timeline() },
      { method: 'POST', path: `/api/v1/check-ins/${MISSED_CHECK_IN_ID}/answers`, body: answered },
    ];
    const { requests } = mockApi(routes);
    renderApp(PAGE);
    const checkIns = within(await screen.findByRole('region', { name: 'Check-ins' }));
    const missed = within(checkIns.getAllByRole('listitem')[1]);
    expect(missed.getByText('Missed')).toBeInTheDocument();

    const record = missed.getByRole('button', { name: 'Record answers from a call' });
    expect(record).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(record);
    expect(missed.getByRole('button', { name: 'Hide the form' })).toHaveAttribute('aria-expanded', 'true');

    // The check-ins feature's own form, in the caseworker's voice.
    const form = within(missed.getByRole('form', { name: 'Record answers from a call' }));
    for (const [question, yes] of [
      ['Are they still working there?', true],
      ['Were they paid what was promised, on time?', true],
      ['Are their hours what was promised?', true],
      ['Do they feel safe at work?', false],
      ['Is their housing stable?', true],
      ['Has anyone from their past contacted them?', false],
    ] as const) {
      await userEvent.click(within(form.getByRole('group', { name: question })).getByRole('radio', { name: yes ? 'Yes' : 'No' }));
    }
    routes.push({ path: TIMELINE_PATH, body: timeline({ checkIns: [checkIn(), answered] }) });
    await userEvent.click(form.getByRole('button', { name: 'Save answers' }));

    expect(await screen.findByText('Answers saved')).toBeInTheDocument();
    expect(await bodyOf(requests, 'POST', `/api/v1/check-ins/${MISSED_CHECK_IN_ID}/answers`)).toEqual({ ...answers, note: null });
    await waitFor(() => expect(timelineReads(requests)).toBe(2));
    // The timeline now shows the answers; the form's confirmation stays where the caseworker was.
    const updated = within(within(screen.getByRole('region', { name: 'Check-ins' })).getAllByRole('listitem')[1]);
    expect(await updated.findByText(/^Recorded by a caseworker from a call on/)).toBeInTheDocument();
    expect(fact(updated, 'Feels safe at work')).toHaveTextContent('Needs attention');
    expect(updated.getByText('Answers saved')).toBeInTheDocument();
    expect(updated.queryByRole('button', { name: 'Record answers from a call' })).not.toBeInTheDocument();
  });

  it('says so when the person is not in the caseworker’s organisation (404)', async () => {
    mockApi([...caseworkerBase, { path: TIMELINE_PATH, status: 404, body: { statusCode: 404, code: 'not_found', message: 'The survivor was not found' } }]);
    renderApp(PAGE);
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found or not in your organisation' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to people' })).toHaveAttribute('href', '/caseworker/survivors');
  });

  it('is linked from the person’s record', async () => {
    const profile = `/api/v1/survivors/${PROFILE_ID}`;
    mockApi([
      ...caseworkerBase,
      { path: '/api/v1/employers', body: [] },
      { path: profile, body: survivor() },
      { path: `${profile}/consents`, body: [] },
      { path: `${profile}/matches`, body: { jobs: [], grants: [], profileComplete: true } },
    ]);
    renderApp(`/caseworker/survivors/${PROFILE_ID}`);
    expect(await screen.findByRole('link', { name: 'Timeline and follow-ups' })).toHaveAttribute('href', `/caseworker/survivors/${PROFILE_ID}/timeline`);
  });
});
