import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { mockApi, renderApp, type MockRoute } from '../../../test/render';
import { baseRoutes, GRANT_ID, grantMatch, JOB_ID, jobMatch, matches, MATCHES_PATH, notFound } from '../testFixtures';

const routes = (body: unknown, status = 200): MockRoute[] => [...baseRoutes, { path: MATCHES_PATH, status, body }];

async function openMatches() {
  renderApp('/survivor/matches');
  expect(await screen.findByRole('heading', { level: 1, name: 'Matched for you' })).toBeInTheDocument();
}

describe('MatchesPage', () => {
  it('shows jobs, then grants, with why each fits and what could be missing, in words', async () => {
    const { requests } = mockApi(routes(matches()));
    await openMatches();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Jobs', 'Grants']);

    const job = within(within(screen.getByRole('list', { name: 'Jobs matched for you' })).getByRole('article', { name: 'Warehouse assistant' }));
    expect(job.getByText('From: Green Valley Foods')).toBeInTheDocument();
    expect(job.getByText('North West')).toBeInTheDocument();
    expect(job.getByText('£13.50 an hour')).toBeInTheDocument();
    expect(job.getByText('Strong fit')).toHaveTextContent('Strong fit (score 84 out of 100)');
    const reasons = within(job.getByRole('list', { name: 'Why it fits' }));
    expect(await reasons.findByText('In your region: North West')).toBeInTheDocument();
    expect(reasons.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Has 4 of 5 required skills',
      'Speaks Arabic and English',
      'Pays £13.50 an hour, above your minimum of £13.00',
      'In your region: North West',
    ]);
    expect(await within(job.getByRole('list', { name: 'What could be missing' })).findByText('Missing: Forklift licence')).toBeInTheDocument();
    expect(job.getByRole('link', { name: 'See and apply' })).toHaveAttribute('href', `/survivor/opportunities/jobs/${JOB_ID}`);
    expect(job.getByRole('link', { name: 'See and apply' })).toHaveAccessibleDescription('Warehouse assistant');

    const grant = within(within(screen.getByRole('list', { name: 'Grants matched for you' })).getByRole('article', { name: 'Start-up grant for market stalls' }));
    expect(grant.getByText('£500.00 to £2,000.00')).toBeInTheDocument();
    expect(grant.getByText('Possible fit')).toBeInTheDocument();
    expect(grant.getByRole('listitem')).toHaveTextContent('Work you would like: Food and kitchens');
    expect(grant.queryByRole('list', { name: 'What could be missing' })).not.toBeInTheDocument();
    expect(grant.getByRole('link', { name: 'See and apply' })).toHaveAttribute('href', `/survivor/opportunities/grants/${GRANT_ID}`);

    expect(new URL(requests.find((request) => new URL(request.url).pathname === MATCHES_PATH)!.url).searchParams.get('limit')).toBe('20');
  });

  it('names skills and languages in the reader’s language', async () => {
    await i18n.changeLanguage('es');
    mockApi(routes(matches({ grants: [] })));
    renderApp('/survivor/matches');
    const job = within(await screen.findByRole('article', { name: 'Warehouse assistant' }));
    expect(await job.findByText('Le falta: Carné de carretilla elevadora')).toBeInTheDocument();
    expect(job.getByText('Habla Árabe e Inglés')).toBeInTheDocument();
  });

  it('says "matches" for pay equal to the minimum, and falls back to the API’s text for a code it does not know', async () => {
    const job = jobMatch({
      score: 65,
      reasons: [
        { code: 'wage_meets_minimum', params: { wageMinor: 1300, minimumMinor: 1300, currency: 'GBP' }, text: 'Pays 13.00 GBP an hour, matching your minimum' },
        { code: 'required_skills_held', params: { have: 1, of: 1 }, text: 'Has 1 of 1 required skill' },
        { code: 'no_such_code' as never, params: {}, text: 'Something new' },
      ],
      gaps: [{ code: 'learning_required_skills', params: {}, text: 'Still learning: warehouse.forklift' }],
    });
    mockApi(routes(matches({ jobs: [job], grants: [] })));
    await openMatches();
    const card = within(screen.getByRole('article', { name: 'Warehouse assistant' }));
    expect(card.getByText('Good fit')).toBeInTheDocument();
    expect(within(card.getByRole('list', { name: 'Why it fits' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Pays £13.00 an hour, which matches your minimum',
      'Has the one required skill',
      'Something new',
    ]);
    expect(card.getByText('Something new')).toHaveAttribute('lang', 'en');
    expect(card.getByText('Still learning: warehouse.forklift')).toHaveAttribute('lang', 'en');
    expect(screen.getByText('No grants match you yet.')).toBeInTheDocument();
  });

  it('asks for a fuller profile, and says so when nothing matches', async () => {
    mockApi(routes(matches({ jobs: [], grants: [], profileComplete: false })));
    await openMatches();
    expect(screen.getByText(/Add your skills and the region where you want to work/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to my profile' })).toHaveAttribute('href', '/survivor/profile');
    expect(screen.getByRole('heading', { level: 2, name: 'Nothing matches yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all work and grants' })).toHaveAttribute('href', '/survivor/opportunities');
  });

  it('says calmly when there is no profile yet', async () => {
    mockApi(routes(notFound, 404));
    await openMatches();
    expect(screen.getByText(/Your caseworker has not set up your profile yet\./)).toBeInTheDocument();
  });
});

describe('MatchCard', () => {
  it('shows a remote job as remote, and says why in words', async () => {
    mockApi(routes(matches({ jobs: [jobMatch({ remote: true, regionCode: null, regionName: null, reasons: [{ code: 'remote_work', params: {}, text: 'Remote work' }] })], grants: [grantMatch()] })));
    await openMatches();
    const card = within(screen.getByRole('article', { name: 'Warehouse assistant' }));
    expect(card.getByText('Remote')).toBeInTheDocument();
    expect(card.getByText('Work from home (remote)')).toBeInTheDocument();
  });
});
