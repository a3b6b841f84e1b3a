import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../../app/AppProviders';
import { createQueryClient } from '../../../app/queryClient';
import { mockApi, renderApp } from '../../../test/render';
import { bodyOf } from '../../employers/testFixtures';
import type { CheckIn } from '../api/types';
import { answered, answersPath, caseworkerBase, CHECK_IN_ID, checkIn, countOf, MY_CHECK_INS_PATH, myCheckIns, survivorBase } from '../testFixtures';
import { CheckInAnswerForm } from './CheckInAnswerForm';

const PAGE = `/survivor/check-ins/${CHECK_IN_ID}`;
const ANSWERS = answersPath(CHECK_IN_ID);

const SURVIVOR_QUESTIONS = [
  'Are you still working there?',
  'Were you paid what was promised, on time?',
  'Are your hours what was promised?',
  'Do you feel safe at work?',
  'Is your housing stable?',
  'Has anyone from your past contacted you?',
];

async function openCheckIn() {
  const api = mockApi([...survivorBase, myCheckIns([checkIn()])]);
  renderApp(PAGE);
  await screen.findByRole('heading', { level: 1, name: 'A few questions about your work at Green Valley Foods' });
  return api;
}

const question = (name: string) => screen.getByRole('group', { name });
const choose = (name: string, answer: 'Yes' | 'No') => userEvent.click(within(question(name)).getByRole('radio', { name: answer }));

describe('CheckInAnswerForm, as the survivor', () => {
  it('asks the six questions in plain words, each a yes/no group', async () => {
    await openCheckIn();
    for (const name of SURVIVOR_QUESTIONS) {
      const group = question(name);
      expect(within(group).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['yes', 'no']);
      expect(within(group).getByRole('radio', { name: 'Yes' })).not.toBeChecked();
    }
    expect(screen.getByRole('textbox', { name: 'Anything else you want to tell us? (optional)' })).toHaveAccessibleDescription(
      'Only you and your caseworker can read this.',
    );
    expect(screen.getByRole('form', { name: 'Your answers' })).toBeInTheDocument();
  });

  it('sends nothing until every question is answered, says which are left, and focuses the first', async () => {
    const { requests } = await openCheckIn();
    await choose('Are you still working there?', 'Yes');
    await choose('Were you paid what was promised, on time?', 'Yes');
    await choose('Do you feel safe at work?', 'Yes');
    await choose('Has anyone from your past contacted you?', 'No');
    await userEvent.click(screen.getByRole('button', { name: 'Send answers' }));

    expect(countOf(requests, 'POST', ANSWERS)).toBe(0);
    expect(screen.getAllByText('Please choose Yes or No.')).toHaveLength(2);
    const hoursYes = within(question('Are your hours what was promised?')).getByRole('radio', { name: 'Yes' });
    expect(hoursYes).toHaveFocus();
    expect(hoursYes).toHaveAccessibleDescription('Please choose Yes or No.');
    expect(within(question('Is your housing stable?')).getByText('Please choose Yes or No.')).toBeInTheDocument();
    expect(within(question('Are you still working there?')).queryByText('Please choose Yes or No.')).not.toBeInTheDocument();

    // Answering a question takes its message away.
    await choose('Are your hours what was promised?', 'No');
    expect(screen.getAllByText('Please choose Yes or No.')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Send answers' }));
    expect(within(question('Is your housing stable?')).getByRole('radio', { name: 'Yes' })).toHaveFocus();
    expect(countOf(requests, 'POST', ANSWERS)).toBe(0);
  });

  it('posts the six answers and the note, thanks the person, and reads the list again', async () => {
    await openCheckIn();
    await choose('Are you still working there?', 'Yes');
    await choose('Were you paid what was promised, on time?', 'No');
    await choose('Are your hours what was promised?', 'Yes');
    await choose('Do you feel safe at work?', 'Yes');
    await choose('Is your housing stable?', 'No');
    await choose('Has anyone from your past contacted you?', 'No');
    await userEvent.type(screen.getByRole('textbox', { name: /Anything else/ }), '  My pay was late.  ');

    // Answered, the check-in leaves the list; the page keeps its thank-you all the same.
    const { requests } = mockApi([
      ...survivorBase,
      myCheckIns([]),
      { method: 'POST', path: ANSWERS, body: answered({ answers: { stillWorking: true, paidAsPromised: false, hoursAsPromised: true, feelSafe: true, housingStable: false, pastContact: false }, note: 'My pay was late.' }) },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Send answers' }));

    const thanks = await screen.findByRole('status', { name: 'Thank you' });
    expect(thanks).toHaveTextContent('Your caseworker reads your answers.');
    expect(thanks).not.toHaveTextContent('will contact you soon');
    expect(thanks).toHaveFocus();
    expect(await bodyOf(requests, 'POST', ANSWERS)).toEqual({
      stillWorking: true,
      paidAsPromised: false,
      hoursAsPromised: true,
      feelSafe: true,
      housingStable: false,
      pastContact: false,
      note: 'My pay was late.',
    });
    await waitFor(() => expect(countOf(requests, 'GET', MY_CHECK_INS_PATH)).toBeGreaterThan(0));
    expect(screen.getByRole('status', { name: 'Thank you' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send answers' })).not.toBeInTheDocument();
  });

  it('sends no note when none is written, and says the caseworker will be in touch after "not safe"', async () => {
    await openCheckIn();
    for (const name of SURVIVOR_QUESTIONS) await choose(name, 'Yes');
    await choose('Do you feel safe at work?', 'No');
    const unsafe = answered({ answers: { stillWorking: true, paidAsPromised: true, hoursAsPromised: true, feelSafe: false, housingStable: true, pastContact: true } });
    const { requests } = mockApi([...survivorBase, myCheckIns([]), { method: 'POST', path: ANSWERS, body: unsafe }]);
    await userEvent.click(screen.getByRole('button', { name: 'Send answers' }));

    expect(await screen.findByRole('status', { name: 'Thank you' })).toHaveTextContent(
      'From what you told us, your caseworker will contact you soon. If you are in danger right now, call the emergency number.',
    );
    expect(await bodyOf(requests, 'POST', ANSWERS)).toEqual({
      stillWorking: true,
      paidAsPromised: true,
      hoursAsPromised: true,
      feelSafe: false,
      housingStable: true,
      pastContact: true,
      note: null,
    });
  });

  it("shows the server's words when the check-in is closed (409)", async () => {
    const { requests } = await openCheckIn();
    for (const name of SURVIVOR_QUESTIONS) await choose(name, 'Yes');
    mockApi([
      ...survivorBase,
      myCheckIns([]),
      { method: 'POST', path: ANSWERS, status: 409, body: { statusCode: 409, code: 'conflict', message: 'This check-in has already been answered.' } },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Send answers' }));

    const closed = await screen.findByRole('status', { name: 'These questions are closed' });
    expect(closed).toHaveTextContent('This check-in has already been answered.');
    expect(closed).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Send answers' })).not.toBeInTheDocument();
    expect(countOf(requests, 'POST', ANSWERS)).toBe(0);
  });

  it('keeps the answers and offers another try when the answers could not be sent', async () => {
    await openCheckIn();
    for (const name of SURVIVOR_QUESTIONS) await choose(name, 'Yes');
    // No POST route: the request fails as if offline.
    mockApi([...survivorBase, myCheckIns([checkIn()])]);
    await userEvent.click(screen.getByRole('button', { name: 'Send answers' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Your answers were not sent');
    expect(screen.getByRole('alert')).toHaveTextContent('We could not reach the server. Check your connection and try again.');
    expect(within(question('Do you feel safe at work?')).getByRole('radio', { name: 'Yes' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Send answers' })).toBeEnabled();
  });

  it('says so kindly when the check-in is not waiting any more', async () => {
    mockApi([...survivorBase, myCheckIns([])]);
    renderApp(PAGE);
    expect(await screen.findByRole('heading', { level: 1, name: 'This is no longer waiting' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to messages' })).toHaveAttribute('href', '/survivor/check-ins');
  });
});

describe('CheckInAnswerForm, for a caseworker recording a call', () => {
  function renderForm(onAnswered: (answered: CheckIn) => void) {
    render(
      <AppProviders queryClient={createQueryClient()}>
        <CheckInAnswerForm checkIn={checkIn({ status: 'missed' })} voice="caseworker" onAnswered={onAnswered} />
      </AppProviders>,
    );
  }

  it('asks about the person in the third person', async () => {
    mockApi(caseworkerBase);
    renderForm(() => undefined);
    expect(screen.getByRole('form', { name: 'Record answers from a call' })).toBeInTheDocument();
    for (const name of [
      'Are they still working there?',
      'Were they paid what was promised, on time?',
      'Are their hours what was promised?',
      'Do they feel safe at work?',
      'Is their housing stable?',
      'Has anyone from their past contacted them?',
    ]) {
      expect(screen.getByRole('group', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('textbox', { name: 'Anything else they told you? (optional)' })).toBeInTheDocument();
    expect(screen.queryByText(/Are you/)).not.toBeInTheDocument();
  });

  it('saves the answers and hands the answered check-in back', async () => {
    const recorded = answered({ answeredByRole: 'caseworker' });
    const { requests } = mockApi([...caseworkerBase, { method: 'POST', path: ANSWERS, body: recorded }]);
    const onAnswered = vi.fn<(answered: CheckIn) => void>();
    renderForm(onAnswered);
    for (const name of ['Are they still working there?', 'Were they paid what was promised, on time?', 'Are their hours what was promised?', 'Do they feel safe at work?', 'Is their housing stable?']) {
      await choose(name, 'Yes');
    }
    await choose('Has anyone from their past contacted them?', 'No');
    await userEvent.click(screen.getByRole('button', { name: 'Save answers' }));

    expect(await screen.findByRole('status', { name: 'Answers saved' })).toHaveTextContent("They are now on the person's record.");
    expect(onAnswered).toHaveBeenCalledExactlyOnceWith(recorded);
    expect(await bodyOf(requests, 'POST', ANSWERS)).toEqual({
      stillWorking: true,
      paidAsPromised: true,
      hoursAsPromised: true,
      feelSafe: true,
      housingStable: true,
      pastContact: false,
      note: null,
    });
  });
});
