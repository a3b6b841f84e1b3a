import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderApp } from '../../../test/render';
import { employerUser, funderUser, referenceRoutes, standing } from '../testFixtures';

describe('OrganisationPage', () => {
  it('shows the status and lists the checklist items not confirmed yet', async () => {
    mockApi([
      ...referenceRoutes,
      { path: '/api/v1/auth/me', body: employerUser },
      {
        path: '/api/v1/employers/me',
        body: standing({
          status: 'in_review',
          vettedUntil: null,
          canPublish: false,
          publishingBlockedBecause: 'Your organisation has not been vetted yet. A caseworker will review it.',
          checklist: [
            { item: 'no_recruitment_fees', confirmed: true },
            { item: 'identity_documents_never_held', confirmed: true },
            { item: 'wages_paid_as_promised', confirmed: false },
            { item: 'free_to_leave', confirmed: true },
            { item: 'lawful_registration', confirmed: null },
            { item: 'safe_workplace', confirmed: true },
          ],
        }),
      },
    ]);
    renderApp('/employer/organisation');
    expect(await screen.findByRole('heading', { level: 1, name: 'Green Valley Foods' })).toBeInTheDocument();
    expect(screen.getByText('In review')).toBeInTheDocument();
    expect(screen.getByText('Your organisation has not been vetted yet. A caseworker will review it.')).toBeInTheDocument();

    const missing = within(screen.getByRole('list', { name: 'Not confirmed yet' })).getAllByRole('listitem');
    expect(missing.map((item) => item.textContent)).toEqual([
      'Wages are paid as promised and on time · not confirmed at the last review',
      'The business is lawfully registered · not checked yet',
    ]);
    expect(within(screen.getByRole('list', { name: 'Confirmed' })).getAllByRole('listitem')).toHaveLength(4);
    expect(document.title).toBe('Your organisation · Onward');
  });

  it('says why the organisation was suspended, and lists nothing as missing once all is confirmed', async () => {
    mockApi([
      ...referenceRoutes,
      { path: '/api/v1/auth/me', body: employerUser },
      {
        path: '/api/v1/employers/me',
        body: standing({
          status: 'suspended',
          reason: 'Workers told us their passports were kept.',
          canPublish: false,
          publishingBlockedBecause: 'Your organisation is suspended: Workers told us their passports were kept.',
        }),
      },
    ]);
    renderApp('/employer/organisation');
    expect(await screen.findByText('Workers told us their passports were kept.')).toBeInTheDocument();
    expect(screen.getByText('Suspended')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Not confirmed yet' })).not.toBeInTheDocument();
  });

  it('tells a member of a funder that the page is for employers, without asking the API', async () => {
    const { requests } = mockApi([...referenceRoutes, { path: '/api/v1/auth/me', body: funderUser }]);
    renderApp('/employer/organisation');
    expect(await screen.findByRole('heading', { level: 1, name: 'For employers' })).toBeInTheDocument();
    expect(requests.some((request) => request.url.includes('/employers/me'))).toBe(false);
  });

  it("shows the organisation's standing on the employer home", async () => {
    mockApi([
      ...referenceRoutes,
      { path: '/api/v1/auth/me', body: employerUser },
      { path: '/api/v1/employers/me', body: standing({ status: 'vetted', expired: true, canPublish: false, publishingBlockedBecause: 'Your vetting expired.' }) },
    ]);
    renderApp('/employer');
    expect(await screen.findByText('Vetting expired')).toBeInTheDocument();
    expect(screen.getByText('Checks confirmed: 6 of 6.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See what is still needed' })).toHaveAttribute('href', '/employer/organisation');
  });
});
