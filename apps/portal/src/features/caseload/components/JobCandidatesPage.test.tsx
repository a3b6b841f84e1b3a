import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoUsers, mockApi, renderApp, type MockRoute } from '../../../test/render';
import { job, referenceRoutes } from '../../employers/testFixtures';
import { SURVIVOR_ID } from '../../profile/testFixtures';
import { CASELOAD_JOB_ID, OTHER_SURVIVOR_ID, candidates } from '../testFixtures';

const CANDIDATES_PATH = `/api/v1/jobs/${CASELOAD_JOB_ID}/candidates`;
const base: MockRoute[] = [
  ...referenceRoutes,
  { path: '/api/v1/auth/me', body: demoUsers.caseworker },
  { path: '/api/v1/jobs', body: [job({ id: CASELOAD_JOB_ID, status: 'published', remote: true })] },
  { path: CANDIDATES_PATH, body: candidates() },
];

describe('CandidatesPage', () => {
  it('lists the published jobs of every employer, each leading to its candidates', async () => {
    const { requests } = mockApi(base);
    renderApp('/caseworker/candidates');
    expect(await screen.findByRole('heading', { level: 1, name: 'Candidates for jobs' })).toBeInTheDocument();
    const jobs = within(screen.getByRole('list', { name: 'Published jobs' }));
    expect(jobs.getByRole('link', { name: 'Kitchen assistant' })).toHaveAttribute('href', `/caseworker/jobs/${CASELOAD_JOB_ID}/candidates`);
    expect(jobs.getByText('Employer: Green Valley Foods')).toBeInTheDocument();
    expect(jobs.getByText('North West · Remote · Food and kitchens')).toBeInTheDocument();
    const list = requests.find((request) => new URL(request.url).pathname === '/api/v1/jobs');
    expect(new URL(list!.url).searchParams.get('status')).toBe('published');
  });
});

describe('JobCandidatesPage', () => {
  it('ranks the candidates with their scores, why they fit, and any application already made', async () => {
    const { requests } = mockApi(base);
    renderApp(`/caseworker/jobs/${CASELOAD_JOB_ID}/candidates`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Candidates: Kitchen assistant' })).toBeInTheDocument();
    // Best first: the list's own items, in order (each holds lists of reasons and gaps).
    const [first, second] = Array.from(screen.getByRole('list', { name: 'Candidates for Kitchen assistant' }).children) as HTMLElement[];
    expect(within(first).getByRole('link', { name: 'Rosa' })).toHaveAttribute('href', `/caseworker/survivors/${SURVIVOR_ID}`);
    expect(within(first).getByText('Fit 91 of 100')).toBeInTheDocument();
    expect(within(first).getByText('Applied: Interview')).toBeInTheDocument();
    expect(within(first).getByText('Has the one required skill')).toBeInTheDocument();

    expect(within(second).getByRole('link', { name: 'Amal' })).toHaveAttribute('href', `/caseworker/survivors/${OTHER_SURVIVOR_ID}`);
    expect(within(second).getByText('Fit 47 of 100')).toBeInTheDocument();
    expect(within(second).queryByText(/^Applied/)).not.toBeInTheDocument();
    expect(await within(second).findByText('In your region: North West')).toBeInTheDocument();
    expect(within(within(second).getByRole('list', { name: 'What could be missing' })).getByText('Missing: Food hygiene')).toBeInTheDocument();

    const asked = requests.find((request) => new URL(request.url).pathname === CANDIDATES_PATH);
    expect(new URL(asked!.url).searchParams.get('limit')).toBe('50');
  });

  it('explains that nobody is matched while the employer cannot publish', async () => {
    mockApi([...base, { path: CANDIDATES_PATH, body: candidates({ employerVetted: false, candidates: [] }) }]);
    renderApp(`/caseworker/jobs/${CASELOAD_JOB_ID}/candidates`);
    expect(await screen.findByText('Nobody is matched to this job')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(/The employer cannot publish jobs now/);
    expect(screen.queryByRole('list', { name: /^Candidates for/ })).not.toBeInTheDocument();
  });
});
