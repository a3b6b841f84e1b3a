import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { mockApi, renderApp } from '../../../test/render';
import { caseworkerBase, CHECK_IN_ID, checkIn, myCheckIns, OTHER_CHECK_IN_ID, survivorBase } from '../testFixtures';

describe('Messages (the check-ins waiting)', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('lists what is waiting, oldest first, each with its date and a way to answer', async () => {
    mockApi([
      ...survivorBase,
      myCheckIns([
        checkIn({ status: 'missed', dueOn: '2027-03-08' }),
        checkIn({ id: OTHER_CHECK_IN_ID, dueOn: '2027-04-07', employerName: 'Harbour Café', jobTitle: 'Barista' }),
      ]),
    ]);
    renderApp('/survivor/check-ins');
    const list = await screen.findByRole('list', { name: 'Waiting for you' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first).toHaveTextContent('A few questions about your work at Green Valley Foods');
    expect(first).toHaveTextContent('Waiting since Mar 8, 2027');
    // Missed is not a word the person sees: it can still be answered.
    expect(first).not.toHaveTextContent(/missed/i);
    expect(second).toHaveTextContent('A few questions about your work at Harbour Café');
    expect(second).toHaveTextContent('Barista');

    const answer = within(first).getByRole('link', { name: 'Answer' });
    expect(answer).toHaveAttribute('href', `/survivor/check-ins/${CHECK_IN_ID}`);
    expect(answer).toHaveAccessibleDescription('A few questions about your work at Green Valley Foods');
    expect(within(second).getByRole('link', { name: 'Answer' })).toHaveAttribute('href', `/survivor/check-ins/${OTHER_CHECK_IN_ID}`);
  });

  it('opens the questions from the list', async () => {
    mockApi([...survivorBase, myCheckIns([checkIn()])]);
    renderApp('/survivor/check-ins');
    await userEvent.click(await screen.findByRole('link', { name: 'Answer' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'A few questions about your work at Green Valley Foods' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Are you still working there?' })).toBeInTheDocument();
  });

  it('says plainly when nothing is waiting', async () => {
    mockApi([...survivorBase, myCheckIns([])]);
    renderApp('/survivor/check-ins');
    expect(await screen.findByText('Nothing waiting')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Waiting for you' })).not.toBeInTheDocument();
  });

  it('is labelled "Messages" in the navigation, and reads in Arabic right to left', async () => {
    mockApi([...survivorBase, myCheckIns([checkIn()])]);
    await i18n.changeLanguage('ar');
    renderApp('/survivor/check-ins');
    expect(await screen.findByRole('heading', { level: 1, name: 'الرسائل' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(await screen.findByRole('link', { name: 'الإجابة' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'الرسائل' })).toHaveAttribute('aria-current', 'page');
  });

  it('keeps caseworkers out of the survivor pages', async () => {
    mockApi(caseworkerBase);
    const { router } = renderApp('/survivor/check-ins');
    expect(await screen.findByRole('heading', { level: 1, name: 'Caseworker home' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/caseworker');
  });
});

describe('the notice on the survivor home', () => {
  it('links to Messages when something is waiting', async () => {
    mockApi([...survivorBase, myCheckIns([checkIn()])]);
    renderApp('/survivor');
    expect(await screen.findByRole('link', { name: 'You have a message waiting' })).toHaveAttribute('href', '/survivor/check-ins');
  });

  it('says "messages" when more than one is waiting', async () => {
    mockApi([...survivorBase, myCheckIns([checkIn(), checkIn({ id: OTHER_CHECK_IN_ID })])]);
    renderApp('/survivor');
    expect(await screen.findByRole('link', { name: 'You have messages waiting' })).toBeInTheDocument();
  });

  it('shows nothing when nothing is waiting', async () => {
    const { requests } = mockApi([...survivorBase, myCheckIns([])]);
    renderApp('/survivor');
    await screen.findByRole('heading', { level: 1, name: 'Survivor home' });
    await vi.waitFor(() => expect(requests.some((request) => request.url.endsWith('/survivors/me/check-ins'))).toBe(true));
    expect(screen.queryByRole('link', { name: /waiting/ })).not.toBeInTheDocument();
  });
});
