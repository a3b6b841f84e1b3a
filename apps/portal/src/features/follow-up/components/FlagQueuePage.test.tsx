import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, renderApp } from '../../../test/render';
import { i18n } from '../../../i18n/i18n';
import { PHONE_QUERY } from '../../opportunities/layout';
import { FLAG_ID, FLAGS_PATH, OTHER_FLAG_ID, caseworkerBase, flagSummary, page, paramsOf, supervisor } from '../testFixtures';

const overdue = flagSummary({
  id: OTHER_FLAG_ID,
  survivor: { id: '00000000-0000-4000-8000-00000000f202', pseudonym: 'Amal' },
  level: 'critical',
  reasons: [{ type: 'alarm', count: 1, points: 100, text: 'Alarm raised' }],
  dueAt: '2026-03-01T13:00:00.000Z',
  overdue: true,
  escalatedAt: '2026-03-01T14:00:00.000Z',
  assignedTo: supervisor,
});

describe('FlagQueuePage', () => {
  it('lists follow-ups in the order the API gives, with the level, reasons and due time in words', async () => {
    const { requests } = mockApi([...caseworkerBase, { path: FLAGS_PATH, body: page([overdue, flagSummary({ status: 'acknowledged' })]) }]);
    renderApp('/caseworker/flags');
    const table = await screen.findByRole('table', { name: 'Follow-ups' });
    const [first, second] = within(table).getAllByRole('row').slice(1);

    // Overdue first, as the API sorted it: said in words, not by colour alone.
    const amal = within(first);
    expect(amal.getByRole('link', { name: 'Amal' })).toHaveAttribute('href', `/caseworker/flags/${OTHER_FLAG_ID}`);
    expect(amal.getByText('Critical')).toBeInTheDocument();
    expect(amal.getByText('The person raised the alarm')).toBeInTheDocument();
    expect(amal.getByText('Overdue')).toBeInTheDocument();
    expect(amal.getByText('Escalated')).toBeInTheDocument();
    expect(amal.getByText(/Mar 1, 2026/)).toBeInTheDocument();
    expect(amal.getByText('Sol')).toBeInTheDocument();

    const sunflower = within(second);
    expect(sunflower.getByRole('link', { name: 'Sunflower' })).toHaveAttribute('href', `/caseworker/flags/${FLAG_ID}`);
    expect(sunflower.getByText('High')).toBeInTheDocument();
    // Translated by type, with the count when a signal came more than once.
    expect(sunflower.getByText('Not paid as promised, Check-in missed (2 times)')).toBeInTheDocument();
    expect(sunflower.getByText(/Mar 3, 2026/)).toBeInTheDocument();
    expect(sunflower.queryByText('Overdue')).not.toBeInTheDocument();
    expect(sunflower.queryByText('Escalated')).not.toBeInTheDocument();
    expect(sunflower.getByText('Acknowledged')).toBeInTheDocument();
    expect(screen.getByText('Showing 1 to 2 of 2')).toBeInTheDocument();

    expect(Object.fromEntries(paramsOf(requests, FLAGS_PATH)[0])).toEqual({ state: 'active', assigned: 'anyone', limit: '25', offset: '0' });
  });

  it('translates the reasons by their type, not the API’s English text', async () => {
    await i18n.changeLanguage('es');
    mockApi([...caseworkerBase, { path: FLAGS_PATH, body: page([flagSummary()]) }]);
    renderApp('/caseworker/flags');
    const table = await screen.findByRole('table', { name: 'Seguimientos' });
    expect(within(table).getByText('No le pagan lo prometido, Control sin responder (2 veces)')).toBeInTheDocument();
    expect(within(table).getByText('Alto')).toBeInTheDocument();
  });

  it('filters by state, level and who it is assigned to, in the query and the address', async () => {
    const { requests } = mockApi([...caseworkerBase, { path: FLAGS_PATH, body: page([flagSummary()]) }]);
    const { router } = renderApp('/caseworker/flags');
    await screen.findByRole('table', { name: 'Follow-ups' });

    await userEvent.click(screen.getByRole('radio', { name: 'Resolved' }));
    await waitFor(() => expect(paramsOf(requests, FLAGS_PATH).at(-1)?.get('state')).toBe('resolved'));

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Level' }), 'critical');
    await waitFor(() => expect(paramsOf(requests, FLAGS_PATH).at(-1)?.get('level')).toBe('critical'));

    await userEvent.click(screen.getByRole('switch', { name: 'Only assigned to me' }));
    await waitFor(() => expect(paramsOf(requests, FLAGS_PATH).at(-1)?.get('assigned')).toBe('me'));
    expect(paramsOf(requests, FLAGS_PATH).at(-1)?.get('state')).toBe('resolved');
    expect(router.state.location.search).toBe('?state=resolved&level=critical&assigned=me');
  });

  it('pages through a long queue', async () => {
    const { requests } = mockApi([...caseworkerBase, { path: FLAGS_PATH, body: page([flagSummary()], 60) }]);
    renderApp('/caseworker/flags');
    await screen.findByRole('table', { name: 'Follow-ups' });
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Pages of follow-ups' })).getByRole('button', { name: 'Page 2' }));
    await waitFor(() => expect(paramsOf(requests, FLAGS_PATH).at(-1)?.get('offset')).toBe('25'));
  });

  it('says when there is nothing to follow up, and when filters match nothing', async () => {
    mockApi([...caseworkerBase, { path: FLAGS_PATH, body: page([]) }]);
    renderApp('/caseworker/flags');
    expect(await screen.findByText('Nothing to follow up right now. New ones show here as soon as they are raised.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('switch', { name: 'Only assigned to me' }));
    expect(await screen.findByText('No follow-ups match these filters.')).toBeInTheDocument();
  });

  it('shows one card a follow-up on a phone, every fact labelled', async () => {
    const matchMedia = window.matchMedia;
    vi.spyOn(window, 'matchMedia').mockImplementation((query) => ({ ...matchMedia(query), matches: query === PHONE_QUERY }));
    mockApi([...caseworkerBase, { path: FLAGS_PATH, body: page([overdue, flagSummary()]) }]);
    renderApp('/caseworker/flags');
    const cards = within(await screen.findByRole('list', { name: 'Follow-ups' })).getAllByRole('listitem');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const amal = within(cards[0]);
    expect(amal.getByRole('link', { name: 'Amal' })).toHaveAttribute('href', `/caseworker/flags/${OTHER_FLAG_ID}`);
    expect(amal.getByText('Critical')).toBeInTheDocument();
    expect(amal.getByText('Overdue')).toBeInTheDocument();
    expect(cards[0]).toHaveTextContent('Why: The person raised the alarm');
    expect(cards[0]).toHaveTextContent('Assigned to: Sol');
    expect(cards[1]).toHaveTextContent('Why: Not paid as promised, Check-in missed (2 times)');
  });
});
