import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderApp, type MockRoute } from '../../../test/render';
import { survivorSummary } from '../../caseload/testFixtures';
import { bodyOf, fill } from '../../employers/testFixtures';
import { PROGRAMME_ID as OPEN_PROGRAMME_ID, programme } from '../../grants/testFixtures';
import { APPLICATION_ID, BUSINESS_PLAN, LIST_PATH, SURVIVOR_ID, caseworkerRoutes, grantApplication, queriesOf, summaryOf } from '../testFixtures';

const onBehalf = grantApplication({
  history: [{ fromStatus: null, toStatus: 'submitted', occurredAt: '2026-01-12T10:00:00.000Z', actorRole: 'caseworker', note: 'Agreed at our office.' }],
});
const base: MockRoute[] = [
  ...caseworkerRoutes,
  { path: '/api/v1/survivors', body: { items: [survivorSummary({ id: SURVIVOR_ID }), survivorSummary({ id: '00000000-0000-4000-8000-00000000a502', pseudonym: 'Amal' })], total: 2 } },
  { path: '/api/v1/grant-programmes', body: [programme({ status: 'open' })] },
  { path: `/api/v1/grant-applications/${APPLICATION_ID}`, body: onBehalf },
];

async function fillApplication() {
  await userEvent.click(await screen.findByRole('radio', { name: 'Rosa' }));
  const programmeSelect = screen.getByLabelText(/^Grant programme/);
  await waitFor(() => expect(programmeSelect).toBeEnabled());
  await userEvent.selectOptions(programmeSelect, OPEN_PROGRAMME_ID);
  expect(programmeSelect).toHaveAccessibleDescription('Run by Seed Fund. Apply by: Mar 31, 2030.');
  fireEvent.change(screen.getByLabelText(/^How the person agreed/), { target: { value: 'Agreed at our office.' } });
  fireEvent.change(screen.getByLabelText(/^Business plan/), { target: { value: BUSINESS_PLAN } });
}

describe('NewGrantApplicationPage', () => {
  it("applies on a person's behalf, saying how they agreed, and opens the application", async () => {
    const { requests } = mockApi([...base, { method: 'POST', path: LIST_PATH, status: 201, body: onBehalf }]);
    const { router } = renderApp('/caseworker/grant-applications/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Apply for someone' })).toBeInTheDocument();
    await fillApplication();
    const amount = screen.getByLabelText(/^Amount requested/);
    expect(amount).toHaveAccessibleDescription('This programme gives £500.00 to £2,500.00.');
    await fill(amount, '600');
    await userEvent.click(screen.getByRole('button', { name: 'Send application' }));

    expect(await screen.findByRole('status')).toHaveTextContent('The application is submitted.');
    expect(router.state.location.pathname).toBe(`/caseworker/grant-applications/${APPLICATION_ID}`);
    expect(await bodyOf(requests, 'POST', LIST_PATH)).toEqual({
      programmeId: OPEN_PROGRAMME_ID,
      survivorId: SURVIVOR_ID,
      survivorAgreement: 'Agreed at our office.',
      businessPlan: BUSINESS_PLAN,
      requestedMinor: 60000,
    });
    expect(queriesOf(requests, '/api/v1/grant-programmes')).toEqual([{ status: 'open' }]);
    expect(within(screen.getByRole('region', { name: 'History' })).getByRole('listitem')).toHaveTextContent(
      "Jan 12, 2026Submitted by a caseworker on the person's behalfHow the person agreed: Agreed at our office.",
    );
  });

  it('searches people by the name shown', async () => {
    const { requests } = mockApi(base);
    renderApp('/caseworker/grant-applications/new');
    await screen.findByRole('radio', { name: 'Rosa' });
    await fill(screen.getByRole('searchbox', { name: /^Find a person/ }), 'Am');
    await waitFor(() => expect(queriesOf(requests, '/api/v1/survivors').at(-1)).toEqual({ q: 'Am', limit: '10' }));
  });

  it('asks for the person, the programme and their agreement before sending', async () => {
    const { requests } = mockApi(base);
    renderApp('/caseworker/grant-applications/new');
    await screen.findByRole('radio', { name: 'Rosa' });
    await userEvent.click(screen.getByRole('button', { name: 'Send application' }));
    expect(screen.getByRole('radiogroup', { name: /^Person/ })).toHaveAccessibleDescription(/Choose the person you apply for\./);
    expect(screen.getByLabelText(/^Grant programme/)).toHaveAccessibleDescription(/Choose a grant programme\./);
    expect(screen.getByLabelText(/^How the person agreed/)).toHaveAccessibleDescription(/This field is required\./);
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('links to the application that already exists (409)', async () => {
    const message = 'There is already an open application from this survivor to this programme. Withdraw it before applying again.';
    const { requests } = mockApi([
      ...base,
      { path: LIST_PATH, body: { items: [summaryOf(grantApplication())], total: 1 } },
      { method: 'POST', path: LIST_PATH, status: 409, body: { statusCode: 409, code: 'conflict', message } },
    ]);
    renderApp('/caseworker/grant-applications/new');
    await fillApplication();
    await fill(screen.getByLabelText(/^Amount requested/), '600');
    await userEvent.click(screen.getByRole('button', { name: 'Send application' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(await screen.findByRole('link', { name: 'Open the existing application' })).toHaveAttribute('href', `/caseworker/grant-applications/${APPLICATION_ID}`);
    expect(queriesOf(requests, LIST_PATH)).toEqual([{ programmeId: OPEN_PROGRAMME_ID, survivorId: SURVIVOR_ID, status: 'submitted,in_review,awarded', limit: '1' }]);
  });
});
