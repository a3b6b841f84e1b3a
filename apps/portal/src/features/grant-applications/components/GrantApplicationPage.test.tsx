import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderApp, type MockRoute } from '../../../test/render';
import { bodyOf, fill } from '../../employers/testFixtures';
import { today } from '../grantApplicationForm';
import {
  APPLICATION_ID,
  APPLICATION_PATH,
  OTHER_MILESTONE_ID,
  SURVIVOR_ID,
  awardedApplication,
  caseworkerRoutes,
  grantApplication,
  milestone,
} from '../testFixtures';

const PAGE = `/caseworker/grant-applications/${APPLICATION_ID}`;
const base: MockRoute[] = [...caseworkerRoutes];

/** Replaces a prefilled value in one step (jsdom takes a while per typed key on this machine). */
function replace(field: HTMLElement, value: string) {
  fireEvent.change(field, { target: { value } });
}

function milestoneFields(number: number) {
  const group = within(screen.getByRole('group', { name: `Milestone ${number}` }));
  return {
    title: group.getByLabelText(/^What should be done/),
    dueDate: group.getByLabelText(/^Due by/),
    tranche: group.getByLabelText(/^Amount for this milestone/),
  };
}

describe('GrantApplicationPage', () => {
  it('adds up the tranches as they are typed, and sends nothing until they equal the award', async () => {
    mockApi([...base, { path: APPLICATION_PATH, body: grantApplication({ status: 'in_review' }) }]);
    renderApp(PAGE);
    expect(await screen.findByRole('link', { name: 'Rosa' })).toHaveAttribute('href', `/caseworker/survivors/${SURVIVOR_ID}`);
    await userEvent.click(screen.getByRole('button', { name: 'Award' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Award the grant' })).toHaveFocus();

    const amount = screen.getByLabelText(/^Amount awarded/);
    expect(amount).toHaveValue('750.00');
    expect(milestoneFields(1).tranche).toHaveValue('750.00');
    const submit = screen.getByRole('button', { name: 'Award grant' });
    expect(submit).toHaveAccessibleDescription('The milestones add up to £750.00, the whole award.');

    replace(amount, '600.00');
    replace(milestoneFields(1).tranche, '200.00');
    expect(screen.getByText('The milestones add up to £200.00 of £600.00: £400.00 still to share out.')).toBeInTheDocument();
    expect(submit).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Add a milestone' }));
    expect(milestoneFields(2).title).toHaveFocus();
    replace(milestoneFields(2).tranche, '450');
    expect(screen.getByText('The milestones add up to £650.00: £50.00 more than the award of £600.00.')).toBeInTheDocument();
    expect(submit).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Remove milestone 2' }));
    expect(screen.queryByRole('group', { name: 'Milestone 2' })).not.toBeInTheDocument();
    expect(milestoneFields(1).title).toHaveFocus();
    expect(screen.getByText('The milestones add up to £200.00 of £600.00: £400.00 still to share out.')).toBeInTheDocument();
  });

  it('sends the award and its milestones in minor units', async () => {
    const { requests } = mockApi([
      ...base,
      { path: APPLICATION_PATH, body: grantApplication({ status: 'in_review' }) },
      { method: 'POST', path: `${APPLICATION_PATH}/award`, body: awardedApplication() },
    ]);
    renderApp(PAGE);
    await userEvent.click(await screen.findByRole('button', { name: 'Award' }));
    replace(screen.getByLabelText(/^Amount awarded/), '600.00');
    await fill(screen.getByLabelText(/^Note/), 'For the stall licence and the first stock.');
    const first = milestoneFields(1);
    replace(first.title, 'Stall licence bought');
    replace(first.dueDate, '2030-03-01');
    replace(first.tranche, '200.00');
    await userEvent.click(screen.getByRole('button', { name: 'Add a milestone' }));
    const second = milestoneFields(2);
    replace(second.title, 'First market day');
    replace(second.dueDate, '2030-04-01');
    replace(second.tranche, '400');
    expect(screen.getByText('The milestones add up to £600.00, the whole award.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Award grant' }));

    expect(await screen.findByRole('status')).toHaveTextContent('The grant is awarded.');
    expect(await bodyOf(requests, 'POST', `${APPLICATION_PATH}/award`)).toEqual({
      amountMinor: 60000,
      note: 'For the stall licence and the first stock.',
      milestones: [
        { title: 'Stall licence bought', dueDate: '2030-03-01', trancheMinor: 20000 },
        { title: 'First market day', dueDate: '2030-04-01', trancheMinor: 40000 },
      ],
    });
    expect(screen.getByRole('region', { name: 'Milestones and payments' })).toBeInTheDocument();
  });

  it('marks a pending milestone met and records a payment against it, up to what remains', async () => {
    const statusPath = `${APPLICATION_PATH}/milestones/${OTHER_MILESTONE_ID}/status`;
    const paymentPath = `${APPLICATION_PATH}/milestones/${OTHER_MILESTONE_ID}/disbursements`;
    const met = awardedApplication();
    met.milestones[1] = milestone({ ...met.milestones[1], status: 'met', statusNote: 'Stall open.', statusChangedAt: '2026-03-01T10:00:00.000Z' });
    const { requests } = mockApi([
      ...base,
      { path: APPLICATION_PATH, body: awardedApplication() },
      { method: 'POST', path: statusPath, body: met },
      { method: 'POST', path: paymentPath, status: 201, body: met },
    ]);
    renderApp(PAGE);

    expect(await screen.findByRole('button', { name: 'Mark met: First market day' })).toBeInTheDocument();
    // The first milestone is met and paid in full: nothing left to do about it.
    expect(screen.queryByRole('button', { name: 'Mark met: Stall licence bought' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record a payment: Stall licence bought' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Mark met: First market day' }));
    let dialog = within(await screen.findByRole('dialog', { name: 'Mark this milestone as met?' }));
    await fill(dialog.getByLabelText(/^Note/), 'Stall open.');
    await userEvent.click(dialog.getByRole('button', { name: 'Mark met' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The milestone is marked as met.');
    expect(await bodyOf(requests, 'POST', statusPath)).toEqual({ status: 'met', note: 'Stall open.' });

    await userEvent.click(screen.getByRole('button', { name: 'Record a payment: First market day' }));
    dialog = within(await screen.findByRole('dialog', { name: 'Record a payment' }));
    expect(dialog.getByText('Still to pay on this milestone: £400.00 of £400.00.')).toBeInTheDocument();
    const paid = dialog.getByLabelText(/^Amount paid/);
    expect(paid).toHaveValue('400.00');
    replace(paid, '500');
    await userEvent.click(dialog.getByRole('button', { name: 'Record payment' }));
    expect(paid).toHaveAccessibleDescription('At most £400.00 remains to be paid on this milestone.');
    expect(requests.some((request) => request.url.endsWith('/disbursements'))).toBe(false);

    replace(paid, '150.00');
    replace(dialog.getByLabelText(/^Paid on/), '2026-01-15');
    await fill(dialog.getByLabelText(/^Reference/), 'BANK-42');
    await userEvent.click(dialog.getByRole('button', { name: 'Record payment' }));
    expect(await screen.findByText('The payment is recorded.')).toBeInTheDocument();
    expect(await bodyOf(requests, 'POST', paymentPath)).toEqual({ amountMinor: 15000, paidOn: '2026-01-15', reference: 'BANK-42' });
  });

  it("shows the API's words when the state no longer allows a step", async () => {
    const message = 'This grant application is withdrawn, so it cannot be taken into review.';
    mockApi([
      ...base,
      { path: APPLICATION_PATH, body: grantApplication() },
      { method: 'POST', path: `${APPLICATION_PATH}/review`, status: 409, body: { statusCode: 409, code: 'conflict', message } },
    ]);
    renderApp(PAGE);
    await userEvent.click(await screen.findByRole('button', { name: 'Start review' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This step was not saved');
    expect(alert).toHaveTextContent(message);
  });

  it('declines only with a note the person will see', async () => {
    const { requests } = mockApi([
      ...base,
      { path: APPLICATION_PATH, body: grantApplication() },
      { method: 'POST', path: `${APPLICATION_PATH}/decline`, body: grantApplication({ status: 'declined', decisionNote: 'The programme is for food businesses.' }) },
    ]);
    renderApp(PAGE);
    await userEvent.click(await screen.findByRole('button', { name: 'Decline' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Decline this application?' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Decline' }));
    const note = dialog.getByLabelText(/^Why is it declined\?/);
    expect(note).toHaveAccessibleDescription(/Say why the application is declined\./);
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await fill(note, 'The programme is for food businesses.');
    await userEvent.click(dialog.getByRole('button', { name: 'Decline' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The application is declined.');
    expect(await bodyOf(requests, 'POST', `${APPLICATION_PATH}/decline`)).toEqual({ note: 'The programme is for food businesses.' });
    expect(screen.getByRole('region', { name: 'Why it was declined' })).toHaveTextContent('The programme is for food businesses.');
  });

  it('records the last day an awarded business traded, and shows it instead of the step', async () => {
    const tradingEndedPath = `${APPLICATION_PATH}/trading-ended`;
    const { requests } = mockApi([
      ...base,
      { path: APPLICATION_PATH, body: awardedApplication() },
      { method: 'POST', path: tradingEndedPath, body: awardedApplication({ tradingEndedOn: '2026-04-30' }) },
    ]);
    renderApp(PAGE);
    expect(await screen.findByRole('region', { name: 'Trading' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Record that the business stopped trading' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Record that the business stopped trading' }));
    const lastDay = dialog.getByLabelText(/^Last day of trading/);
    expect(lastDay).toHaveValue(today());

    // The award was made on 1 February: a day before it is refused here, not sent.
    replace(lastDay, '2026-01-31');
    await userEvent.click(dialog.getByRole('button', { name: 'Record' }));
    expect(lastDay).toHaveAccessibleDescription('The last day of trading cannot be before the award (Feb 1, 2026).');
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    replace(lastDay, '2026-04-30');
    await userEvent.click(dialog.getByRole('button', { name: 'Record' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Recorded: the business stopped trading.');
    expect(await bodyOf(requests, 'POST', tradingEndedPath)).toEqual({ endedOn: '2026-04-30' });
    const facts = within(screen.getByRole('region', { name: 'Application' }));
    expect(facts.getByText('Stopped trading on').nextElementSibling).toHaveTextContent('Apr 30, 2026');
    expect(screen.queryByRole('button', { name: 'Record that the business stopped trading' })).not.toBeInTheDocument();
  });

  it('offers no trading step once the business has stopped', async () => {
    mockApi([...base, { path: APPLICATION_PATH, body: awardedApplication({ tradingEndedOn: '2026-04-30' }) }]);
    renderApp(PAGE);
    expect(await screen.findByText('Stopped trading on')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record that the business stopped trading' })).not.toBeInTheDocument();
  });
});
