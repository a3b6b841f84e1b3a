import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderApp, type MockRoute } from '../../../test/render';
import { bodyOf, fill, job } from '../../employers/testFixtures';
import {
  APPLICATION_ID,
  APPLICATION_PATH,
  APPLICATIONS_PATH,
  JOB_ID,
  SURVIVOR_ID,
  application,
  applicationSummary,
  caseworkerBase,
  page,
  paramsOf,
} from '../testFixtures';

const publishedJobs: MockRoute = { path: '/api/v1/jobs', body: [job({ status: 'published' })] };
const person = { id: SURVIVOR_ID, pseudonym: 'Sunflower', regionCode: null, regionName: null, skillCount: 2, caseworker: null, hasAccount: true, createdAt: '2026-01-01T10:00:00.000Z' };

describe('CaseworkerApplicationsPage', () => {
  it('filters the pipeline by stage and job, in the query and the address', async () => {
    const { requests } = mockApi([...caseworkerBase, publishedJobs, { path: APPLICATIONS_PATH, body: page([applicationSummary()]) }]);
    const { router } = renderApp('/caseworker/applications');
    const table = within(await screen.findByRole('table', { name: 'Applications' }));
    expect(table.getByRole('link', { name: 'Sunflower' })).toHaveAttribute('href', `/caseworker/survivors/${SURVIVOR_ID}`);
    expect(table.getByRole('link', { name: 'Kitchen assistant' })).toHaveAttribute('href', `/caseworker/applications/${APPLICATION_ID}`);
    expect(table.getByText('Green Valley Foods')).toBeInTheDocument();
    expect(table.getByText('Not shared yet')).toBeInTheDocument();
    expect(paramsOf(requests, APPLICATIONS_PATH)[0].has('status')).toBe(false);

    await userEvent.click(screen.getByRole('radio', { name: 'Interview' }));
    await waitFor(() => expect(paramsOf(requests, APPLICATIONS_PATH).at(-1)?.get('status')).toBe('interview'));

    await userEvent.click(screen.getByRole('radio', { name: 'Closed' }));
    await waitFor(() => expect(paramsOf(requests, APPLICATIONS_PATH).at(-1)?.get('status')).toBe('declined,withdrawn'));

    const jobSelect = screen.getByRole('combobox', { name: 'Job' });
    await waitFor(() => expect(jobSelect).toBeEnabled());
    await userEvent.selectOptions(jobSelect, JOB_ID);
    await waitFor(() => expect(paramsOf(requests, APPLICATIONS_PATH).at(-1)?.get('jobId')).toBe(JOB_ID));
    expect(paramsOf(requests, APPLICATIONS_PATH).at(-1)?.get('status')).toBe('declined,withdrawn');
    expect(router.state.location.search).toBe(`?show=closed&job=${JOB_ID}`);
  });
});

describe('ApplyForSomeonePage', () => {
  it('applies for a person with how they agreed, then opens the application', async () => {
    const created = application({ survivorAgreement: 'Agreed by phone on 3 December' });
    const { requests } = mockApi([
      ...caseworkerBase,
      publishedJobs,
      { path: '/api/v1/survivors', body: { items: [person], total: 1 } },
      { method: 'POST', path: APPLICATIONS_PATH, status: 201, body: created },
      { path: APPLICATION_PATH, body: created },
      { path: `/api/v1/survivors/${SURVIVOR_ID}/consents`, body: [] },
    ]);
    const { router } = renderApp('/caseworker/applications/new');
    await screen.findByRole('heading', { level: 1, name: 'Apply for someone' });

    // Nothing is sent until the person, the job and their agreement are given.
    await userEvent.click(screen.getByRole('button', { name: 'Send application' }));
    expect(screen.getByText('Choose the person you are applying for.')).toBeInTheDocument();
    expect(screen.getByText('Say how the person agreed to this application.')).toBeInTheDocument();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await fill(screen.getByLabelText(/Find a person/), 'Sun');
    await waitFor(() => expect(paramsOf(requests, '/api/v1/survivors').at(-1)?.get('q')).toBe('Sun'));
    await userEvent.click(await screen.findByLabelText('Sunflower'));
    await userEvent.selectOptions(screen.getByLabelText(/^Job/), JOB_ID);
    await fill(screen.getByLabelText(/How the person agreed/), 'Agreed by phone on 3 December');
    await userEvent.click(screen.getByRole('button', { name: 'Send application' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/caseworker/applications/${APPLICATION_ID}`));
    expect(await bodyOf(requests, 'POST', APPLICATIONS_PATH)).toEqual({
      jobId: JOB_ID,
      survivorId: SURVIVOR_ID,
      survivorAgreement: 'Agreed by phone on 3 December',
      message: null,
    });
    expect(await screen.findByText(/Application sent/)).toBeInTheDocument();
    expect(screen.getByText('Agreed by phone on 3 December')).toBeInTheDocument();
  });
});

describe('CaseworkerApplicationPage', () => {
  it('shares on the person’s behalf with the fields they agreed to', async () => {
    const { requests } = mockApi([
      ...caseworkerBase,
      { path: APPLICATION_PATH, body: application() },
      { method: 'POST', path: `${APPLICATION_PATH}/share`, body: application({ status: 'shared' }) },
      { path: `/api/v1/survivors/${SURVIVOR_ID}/consents`, body: [] },
    ]);
    renderApp(`/caseworker/applications/${APPLICATION_ID}`);
    const share = await screen.findByRole('region', { name: 'Share with the employer for the person' });
    expect(screen.getByRole('link', { name: 'Sunflower' })).toHaveAttribute('href', `/caseworker/survivors/${SURVIVOR_ID}`);
    await userEvent.click(within(share).getByRole('checkbox', { name: /Languages/ }));
    await userEvent.selectOptions(within(share).getByRole('combobox', { name: 'For how long' }), '30');
    await userEvent.click(within(share).getByRole('button', { name: 'Share with the employer' }));

    expect(await screen.findByText('Shared with the employer.')).toBeInTheDocument();
    expect(await bodyOf(requests, 'POST', `${APPLICATION_PATH}/share`)).toEqual({ consent: { fields: ['languages'], days: 30 } });
  });
});
