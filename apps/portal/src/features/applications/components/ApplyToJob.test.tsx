import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderApp, type MockRoute } from '../../../test/render';
import { bodyOf } from '../../employers/testFixtures';
import { JOB_ID, survivorRoutes } from '../../opportunities/testFixtures';
import { APPLICATIONS_PATH, application, applicationSummary, page, paramsOf } from '../testFixtures';

const JOB_PAGE = `/survivor/opportunities/jobs/${JOB_ID}`;
const notYet: MockRoute = { path: APPLICATIONS_PATH, body: page([]) };

async function openJob(routes: MockRoute[]) {
  const api = mockApi([...survivorRoutes, ...routes]);
  renderApp(JOB_PAGE);
  const section = await screen.findByRole('region', { name: 'Apply for this job' });
  return { ...api, section };
}

describe('ApplyToJob', () => {
  it('applies with a short message and then links to the application', async () => {
    const created = application({ job: { ...application().job, id: JOB_ID } });
    const { requests, section } = await openJob([notYet, { method: 'POST', path: APPLICATIONS_PATH, status: 201, body: created }]);
    expect(within(section).getByText(/The employer sees nothing about you until you choose to share/)).toBeInTheDocument();

    await userEvent.click(await within(section).findByRole('button', { name: 'Apply' }));
    const message = within(section).getByRole('textbox', { name: 'A short message to the employer (optional)' });
    expect(message).toHaveFocus();
    await userEvent.type(message, '  I like cooking.  ');
    await userEvent.click(within(section).getByRole('button', { name: 'Send application' }));

    expect(await within(section).findByRole('status')).toHaveTextContent('You applied');
    expect(within(section).getByRole('link', { name: 'See your application' })).toHaveAttribute('href', `/survivor/applications/${created.id}`);
    expect(await bodyOf(requests, 'POST', APPLICATIONS_PATH)).toEqual({ jobId: JOB_ID, message: 'I like cooking.' });
    // Only the open applications to this job were asked about.
    expect(paramsOf(requests, APPLICATIONS_PATH)[0].get('jobId')).toBe(JOB_ID);
  });

  it('says so when the person has already applied, with a link instead of the button', async () => {
    const { section } = await openJob([{ path: APPLICATIONS_PATH, body: page([applicationSummary({ status: 'shared' })]) }]);
    expect(await within(section).findByRole('link', { name: 'See your application' })).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Apply' })).not.toBeInTheDocument();
  });

  it('handles a refusal because an application already exists (409)', async () => {
    const { section } = await openJob([
      notYet,
      { method: 'POST', path: APPLICATIONS_PATH, status: 409, body: { statusCode: 409, code: 'conflict', message: 'There is already an open application to this job.' } },
    ]);
    await userEvent.click(await within(section).findByRole('button', { name: 'Apply' }));
    await userEvent.click(within(section).getByRole('button', { name: 'Send application' }));
    expect(await within(section).findByText('You have already applied for this job')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'See your applications' })).toHaveAttribute('href', '/survivor/applications');
  });

  it('explains kindly when the job no longer takes applications (404)', async () => {
    const { section } = await openJob([
      notYet,
      { method: 'POST', path: APPLICATIONS_PATH, status: 404, body: { statusCode: 404, code: 'not_found', message: 'The job was not found' } },
    ]);
    await userEvent.click(await within(section).findByRole('button', { name: 'Apply' }));
    await userEvent.click(within(section).getByRole('button', { name: 'Send application' }));
    expect(await within(section).findByText('This job is no longer taking applications')).toBeInTheDocument();
    await waitFor(() => expect(within(section).queryByRole('button', { name: 'Send application' })).not.toBeInTheDocument());
  });
});
