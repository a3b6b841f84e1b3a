import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderApp, type MockRoute } from '../../../test/render';
import { bodyOf, fill, funderUser, job } from '../../employers/testFixtures';
import { todayIso } from '../format';
import { APPLICATION_ID, APPLICATION_PATH, APPLICATIONS_PATH, JOB_ID, employerApplication, employerBase, page } from '../testFixtures';

const PAGE = `/employer/applications/${APPLICATION_ID}`;
const NOT_FOUND = { statusCode: 404, code: 'not_found', message: 'The application was not found' };

async function openApplication(routes: MockRoute[] = []) {
  const api = mockApi([...employerBase, { path: APPLICATION_PATH, body: employerApplication() }, ...routes]);
  const view = renderApp(PAGE);
  await screen.findByRole('heading', { level: 1, name: 'Sunflower' });
  return { ...api, ...view };
}

describe('EmployerApplicationsPage', () => {
  it('lists only what was shared: pseudonym, job and status', async () => {
    mockApi([...employerBase, { path: APPLICATIONS_PATH, body: page([employerApplication()]) }]);
    renderApp('/employer/applications');
    const table = within(await screen.findByRole('table', { name: 'Applications shared with you' }));
    expect(table.getByRole('link', { name: 'Sunflower' })).toHaveAttribute('href', PAGE);
    expect(table.getByText('Kitchen assistant')).toBeInTheDocument();
    expect(table.getByText('Shared')).toBeInTheDocument();
  });

  it('is not offered to a funder', async () => {
    mockApi([...employerBase, { path: '/api/v1/auth/me', body: funderUser }]);
    renderApp('/employer/applications');
    expect(await screen.findByRole('heading', { level: 1, name: 'For employers' })).toBeInTheDocument();
  });
});

describe('EmployerApplicationPage', () => {
  it('shows the pseudonym and only the fields the person shared', async () => {
    await openApplication();
    // The name shown is in the heading, never in the tab title (kept in the browser's history).
    expect(document.title).toBe('Application: Kitchen assistant · Onward');
    expect(screen.getByText('Only what this person chose to share is shown.')).toBeInTheDocument();
    expect(screen.getByText('Applied for: Kitchen assistant')).toBeInTheDocument();
    const skills = screen.getByRole('region', { name: 'Skills' });
    expect(await within(skills).findByText(/Food preparation: Experienced/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Full legal name' })).toHaveTextContent('Maria Example');
    // Not consented: left out by the API, and no empty section either.
    expect(screen.queryByRole('region', { name: 'Contact details' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Languages' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Their message' })).toHaveTextContent('I worked in a kitchen for two years.');
  });

  it('says a shared field is not on record when it is empty', async () => {
    await openApplication([
      {
        path: APPLICATION_PATH,
        body: employerApplication({ sharedFields: ['contact', 'languages'], survivor: { pseudonym: 'Sunflower', contact: { phone: '+44 7700 900123', email: null }, languages: [{ code: 'es', level: 'fluent' }] } }),
      },
    ]);
    const contact = screen.getByRole('region', { name: 'Contact details' });
    expect(within(contact).getByRole('link', { name: '+44 7700 900123' })).toHaveAttribute('href', 'tel:+447700900123');
    expect(within(contact).getByText('Not on record')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Languages' })).toHaveTextContent('Spanish: Fluent');
    expect(screen.queryByRole('region', { name: 'Skills' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Full legal name' })).not.toBeInTheDocument();
  });

  it('says the application is no longer shared when the API no longer shows it (404)', async () => {
    mockApi([...employerBase, { path: APPLICATION_PATH, status: 404, body: NOT_FOUND }]);
    renderApp(PAGE);
    expect(await screen.findByRole('heading', { level: 1, name: 'This application is no longer shared with you' })).toBeInTheDocument();
    expect(screen.queryByText('Sunflower')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to applications' })).toHaveAttribute('href', '/employer/applications');
    expect(document.title).toBe('This application is no longer shared with you · Onward');
  });

  it('reads the application again on the next visit, so a consent withdrawn meanwhile takes effect', async () => {
    const routes: MockRoute[] = [...employerBase, { path: APPLICATIONS_PATH, body: page([employerApplication()]) }, { path: APPLICATION_PATH, body: employerApplication() }];
    mockApi(routes);
    const { router } = renderApp(PAGE);
    await screen.findByRole('heading', { level: 1, name: 'Sunflower' });
    await userEvent.click(screen.getByRole('link', { name: 'Back to applications' }));
    await screen.findByRole('table', { name: 'Applications shared with you' });

    // The person stops sharing while the employer looks at the list.
    routes.push({ path: APPLICATION_PATH, status: 404, body: NOT_FOUND });
    await router.navigate(PAGE);
    expect(await screen.findByRole('heading', { level: 1, name: 'This application is no longer shared with you' })).toBeInTheDocument();
    expect(screen.queryByText('Maria Example')).not.toBeInTheDocument();
  });

  it('invites to an interview, with an optional note for the person', async () => {
    const { requests } = await openApplication([{ method: 'POST', path: `${APPLICATION_PATH}/interview`, body: employerApplication({ status: 'interview' }) }]);
    await userEvent.click(screen.getByRole('button', { name: 'Invite to interview' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite Sunflower to an interview' });
    await fill(within(dialog).getByRole('textbox', { name: 'Message for the person (optional)' }), 'Tuesday at 10.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send the invitation' }));

    expect(await screen.findByText('The invitation to interview is recorded.')).toBeInTheDocument();
    expect(await bodyOf(requests, 'POST', `${APPLICATION_PATH}/interview`)).toEqual({ note: 'Tuesday at 10.' });
    expect(screen.queryByRole('button', { name: 'Invite to interview' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Make an offer' })).toBeInTheDocument();
  });

  it('shows the API’s words when a step is refused (409)', async () => {
    await openApplication([
      {
        method: 'POST',
        path: `${APPLICATION_PATH}/offer`,
        status: 409,
        body: { statusCode: 409, code: 'conflict', message: 'This application is withdrawn, so it cannot be offered.' },
      },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Make an offer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Make Sunflower an offer' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Make the offer' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This application is withdrawn, so it cannot be offered.');
  });

  it('hires: pay typed in major units is sent in minor units, in the job’s currency', async () => {
    const hirePath = `${APPLICATION_PATH}/hire`;
    const { requests } = await openApplication([
      { path: APPLICATION_PATH, body: employerApplication({ status: 'offer' }) },
      { path: `/api/v1/jobs/${JOB_ID}`, body: job({ status: 'published' }) },
      { method: 'POST', path: hirePath, body: employerApplication({ status: 'hired' }) },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Hire' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hire Sunflower' });
    expect(within(dialog).getByText("Paid in GBP, the job's currency.")).toBeInTheDocument();
    const amount = within(dialog).getByRole('textbox', { name: 'Pay' });
    expect(amount).toHaveValue('13.00');
    expect(within(dialog).getByRole('spinbutton', { name: 'Hours a week' })).toHaveValue(30);

    // Nothing is sent without a start date.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm hire' }));
    expect(within(dialog).getByText('This field is required.')).toBeInTheDocument();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    const start = todayIso();
    await fill(within(dialog).getByLabelText(/Start date/), start);
    await userEvent.clear(amount);
    await fill(amount, '13,75');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Paid' }), 'week');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm hire' }));

    expect(await screen.findByText('Placement created')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'See your placements' })[0]).toHaveAttribute('href', '/employer/placements');
    expect(await bodyOf(requests, 'POST', hirePath)).toEqual({ startDate: start, wage: { amountMinor: 1375, currency: 'GBP', period: 'week' }, hoursPerWeek: 30 });
  });

  it('asks for the currency when the job cannot be read, GBP first', async () => {
    await openApplication([
      { path: APPLICATION_PATH, body: employerApplication({ status: 'offer' }) },
      { path: `/api/v1/jobs/${JOB_ID}`, status: 404, body: NOT_FOUND },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Hire' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hire Sunflower' });
    expect(within(dialog).getByRole('combobox', { name: /Currency/ })).toHaveValue('GBP');
    expect(within(dialog).getByRole('textbox', { name: 'Pay' })).toHaveValue('');
  });

  it('declines only after confirming', async () => {
    const { requests } = await openApplication([{ method: 'POST', path: `${APPLICATION_PATH}/decline`, body: employerApplication({ status: 'declined' }) }]);
    await userEvent.click(screen.getByRole('button', { name: 'Decline' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline this application?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yes, decline' }));
    expect(await screen.findByText('This application was declined.')).toBeInTheDocument();
    expect(await bodyOf(requests, 'POST', `${APPLICATION_PATH}/decline`)).toEqual({ note: null });
  });
});
