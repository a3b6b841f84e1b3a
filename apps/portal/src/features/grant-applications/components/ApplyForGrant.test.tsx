import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderApp, type MockRoute } from '../../../test/render';
import { bodyOf, fill } from '../../employers/testFixtures';
import { GRANT_ID, survivorRoutes } from '../../opportunities/testFixtures';
import { APPLICATION_ID, BUSINESS_PLAN, LIST_PATH, grantApplication, summaryOf } from '../testFixtures';

const PAGE = `/survivor/opportunities/grants/${GRANT_ID}`;
const noApplications: MockRoute = { path: LIST_PATH, body: { items: [], total: 0 } };

async function openForm() {
  await userEvent.click(await screen.findByRole('button', { name: 'Apply for this grant' }));
  expect(screen.getByRole('heading', { level: 2, name: 'Apply for this grant' })).toHaveFocus();
}

describe('ApplyForGrant', () => {
  it('sends the business idea and the amount in minor units, then links to the application', async () => {
    const { requests } = mockApi([...survivorRoutes, noApplications, { method: 'POST', path: LIST_PATH, status: 201, body: grantApplication() }]);
    renderApp(PAGE);
    await openForm();

    const plan = screen.getByLabelText(/^Your business idea/);
    expect(plan).toHaveAccessibleDescription(/In your own words.*0 characters written\. Write at least 50\./);
    await fill(plan, BUSINESS_PLAN);
    expect(plan).toHaveAccessibleDescription(new RegExp(`${BUSINESS_PLAN.length} characters written, at most 5000\\.`));
    const amount = screen.getByLabelText(/^How much do you need\?/);
    expect(amount).toHaveAccessibleDescription('You can ask for £500.00 to £2,000.00.');
    await fill(amount, '750.50');
    await userEvent.click(screen.getByRole('button', { name: 'Send application' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Your application is sent' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'See your application' })).toHaveAttribute('href', `/survivor/grant-applications/${APPLICATION_ID}`);
    expect(await bodyOf(requests, 'POST', LIST_PATH)).toEqual({ programmeId: GRANT_ID, businessPlan: BUSINESS_PLAN, requestedMinor: 75050 });
  });

  it("puts a refused amount on the amount field in the person's own words", async () => {
    const message = 'This programme grants between 500.00 and £2,000.00.';
    mockApi([
      ...survivorRoutes,
      noApplications,
      { method: 'POST', path: LIST_PATH, status: 400, body: { statusCode: 400, code: 'validation_failed', message, fields: { requestedMinor: [message] } } },
    ]);
    renderApp(PAGE);
    await openForm();
    await fill(screen.getByLabelText(/^Your business idea/), BUSINESS_PLAN);
    await fill(screen.getByLabelText(/^How much do you need\?/), '600');
    await userEvent.click(screen.getByRole('button', { name: 'Send application' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Your application was not sent');
    const amount = screen.getByLabelText(/^How much do you need\?/);
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(amount).toHaveAccessibleDescription(/Enter an amount from £500\.00 to £2,000\.00\./);
    expect(screen.queryByText(message)).not.toBeInTheDocument();
  });

  it('checks the length of the idea and the range before sending', async () => {
    const { requests } = mockApi([...survivorRoutes, noApplications]);
    renderApp(PAGE);
    await openForm();
    await fill(screen.getByLabelText(/^Your business idea/), 'A stall.');
    await fill(screen.getByLabelText(/^How much do you need\?/), '20');
    await userEvent.click(screen.getByRole('button', { name: 'Send application' }));

    expect(screen.getByLabelText(/^Your business idea/)).toHaveAccessibleDescription(/Write at least 50 characters\./);
    expect(screen.getByLabelText(/^How much do you need\?/)).toHaveAccessibleDescription(/Enter an amount from £500\.00 to £2,000\.00\./);
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('links to the application already sent when the API says so (409)', async () => {
    const routes: MockRoute[] = [
      ...survivorRoutes,
      noApplications,
      {
        method: 'POST',
        path: LIST_PATH,
        status: 409,
        body: { statusCode: 409, code: 'conflict', message: 'There is already an open application from this survivor to this programme.' },
      },
    ];
    mockApi(routes);
    renderApp(PAGE);
    await openForm();
    // Sent from another device meanwhile: the list now has it.
    routes.push({ path: LIST_PATH, body: { items: [summaryOf(grantApplication())], total: 1 } });
    await fill(screen.getByLabelText(/^Your business idea/), BUSINESS_PLAN);
    await fill(screen.getByLabelText(/^How much do you need\?/), '600');
    await userEvent.click(screen.getByRole('button', { name: 'Send application' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('You have already applied for this grant');
    await waitFor(() => expect(screen.getByRole('link', { name: 'See your application' })).toHaveAttribute('href', `/survivor/grant-applications/${APPLICATION_ID}`));
    expect(screen.queryByText(/survivor/)).not.toBeInTheDocument();
  });

  it('shows an application that still counts instead of the button', async () => {
    const { requests } = mockApi([...survivorRoutes, { path: LIST_PATH, body: { items: [summaryOf(grantApplication({ status: 'in_review' }))], total: 1 } }]);
    renderApp(PAGE);
    expect(await screen.findByText('You applied for this grant on Jan 12, 2026.')).toBeInTheDocument();
    expect(screen.getByText('Being looked at')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See your application' })).toHaveAttribute('href', `/survivor/grant-applications/${APPLICATION_ID}`);
    expect(screen.queryByRole('button', { name: 'Apply for this grant' })).not.toBeInTheDocument();
    const [query] = requests.filter((request) => new URL(request.url).pathname === LIST_PATH).map((request) => new URL(request.url).searchParams);
    expect(Object.fromEntries(query)).toEqual({ programmeId: GRANT_ID, status: 'submitted,in_review,awarded', limit: '1' });
  });
});
