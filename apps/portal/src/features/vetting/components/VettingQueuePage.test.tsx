import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoUsers, mockApi, renderApp, type MockRoute } from '../../../test/render';
import { referenceRoutes } from '../../employers/testFixtures';
import { EMPLOYER_ID, employerSummary } from '../testFixtures';

const base: MockRoute[] = [
  ...referenceRoutes,
  { path: '/api/v1/auth/me', body: demoUsers.caseworker },
  { path: '/api/v1/employers', body: [employerSummary(), employerSummary({ id: '00000000-0000-4000-8000-0000000000b2', name: 'Bright Cleaners', status: 'pending' })] },
];

const listRequests = (requests: Request[]) => requests.filter((request) => new URL(request.url).pathname === '/api/v1/employers');

describe('VettingQueuePage', () => {
  it('lists the employers waiting for a decision first', async () => {
    const { requests } = mockApi(base);
    renderApp('/caseworker/employers');
    const list = within(await screen.findByRole('list', { name: 'Employer vetting' }));
    expect(list.getAllByRole('listitem')).toHaveLength(2);
    expect(list.getByRole('link', { name: 'Green Valley Foods' })).toHaveAttribute('href', `/caseworker/employers/${EMPLOYER_ID}`);
    expect(list.getByText('Waiting for review')).toBeInTheDocument();
    expect(await list.findAllByText('North West')).toHaveLength(2);
    expect(new URL(listRequests(requests)[0].url).searchParams.get('status')).toBe('pending,in_review');
  });

  it('filters by another status, kept in the address so Back returns to it', async () => {
    const { requests } = mockApi(base);
    const { router } = renderApp('/caseworker/employers');
    await screen.findByRole('list', { name: 'Employer vetting' });
    await userEvent.selectOptions(screen.getByLabelText('Show'), 'suspended');
    await waitFor(() => expect(listRequests(requests)).toHaveLength(2));
    expect(new URL(listRequests(requests)[1].url).searchParams.get('status')).toBe('suspended');
    expect(router.state.location.search).toBe('?show=suspended');
  });
});

