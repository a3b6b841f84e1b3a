import { screen, waitForElementToBeRemoved, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderApp, type MockRoute } from '../../../test/render';
import { JOB_ID, bodyOf, employerUser, job, referenceRoutes, standing } from '../testFixtures';

const JOB_PATH = `/api/v1/jobs/${JOB_ID}`;
const base: MockRoute[] = [
  ...referenceRoutes,
  { path: '/api/v1/auth/me', body: employerUser },
  { path: '/api/v1/employers/me', body: standing() },
  { path: JOB_PATH, body: job() },
  { method: 'PUT', path: JOB_PATH, body: job() },
];

describe('JobPage', () => {
  it("shows the API's reason when the organisation may not publish", async () => {
    const reason = 'Your organisation has not been vetted yet. A caseworker will review it; you can publish jobs once it is vetted.';
    const { requests } = mockApi([
      ...base,
      { method: 'POST', path: `${JOB_PATH}/publish`, status: 403, body: { statusCode: 403, code: 'employer_not_vetted', message: reason } },
    ]);
    renderApp(`/employer/jobs/${JOB_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Kitchen assistant' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save and publish' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The job was not published')).toBeInTheDocument();
    expect(within(alert).getByText(reason)).toBeInTheDocument();
    // Saved first, so what is published is what the form shows.
    expect(await bodyOf(requests, 'PUT', JOB_PATH)).toMatchObject({ title: 'Kitchen assistant', wage: { amountMinor: 1300, currency: 'GBP', period: 'hour' } });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('puts the wage floor message on the wage field', async () => {
    const message = 'The wage is below the minimum for North West: at least £12.71 an hour.';
    mockApi([
      ...base,
      { method: 'POST', path: `${JOB_PATH}/publish`, status: 400, body: { statusCode: 400, code: 'wage_below_floor', message, fields: { wage: [message] } } },
    ]);
    renderApp(`/employer/jobs/${JOB_ID}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Save and publish' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The job was not published');
    expect(screen.getByRole('textbox', { name: /^Wage in GBP/ })).toHaveAccessibleDescription(new RegExp(`${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(screen.getByRole('textbox', { name: /^Wage in GBP/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('says why publishing is blocked before anyone tries, and does not offer it', async () => {
    mockApi([
      ...base,
      { path: '/api/v1/employers/me', body: standing({ status: 'suspended', canPublish: false, publishingBlockedBecause: 'Your organisation is suspended: under review.' }) },
    ]);
    renderApp(`/employer/jobs/${JOB_ID}`);
    expect(await screen.findByText('Your organisation is suspended: under review.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save and publish' })).toBeDisabled();
  });

  it('publishes a saved job and says so', async () => {
    const published = job({ status: 'published', publishedAt: '2026-02-01T10:00:00.000Z' });
    const { requests } = mockApi([...base, { method: 'POST', path: `${JOB_PATH}/publish`, body: published }]);
    renderApp(`/employer/jobs/${JOB_ID}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Save and publish' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Published. People looking for work can now find this job.');
    expect(screen.getByText('Published', { selector: '.mantine-Badge-label' })).toBeInTheDocument();
    expect(requests.filter((request) => request.method === 'POST' && request.url.endsWith('/publish'))).toHaveLength(1);
  });

  it('asks before closing a job', async () => {
    const { requests } = mockApi([
      ...base,
      { method: 'POST', path: `${JOB_PATH}/close`, body: job({ status: 'closed', closedAt: '2026-02-02T10:00:00.000Z' }) },
    ]);
    renderApp(`/employer/jobs/${JOB_ID}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Close job' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close this job?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitForElementToBeRemoved(dialog);
    expect(requests.some((request) => request.url.endsWith('/close'))).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Close job' }));
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Close this job?' })).getByRole('button', { name: 'Close job' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The job is closed.');
    expect(screen.getByRole('textbox', { name: /^Job title/ })).toBeDisabled();
  });
});
