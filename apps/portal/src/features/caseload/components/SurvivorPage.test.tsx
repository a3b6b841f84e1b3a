import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoUsers, mockApi, renderApp, type MockRoute } from '../../../test/render';
import { bodyOf, fill, referenceRoutes } from '../../employers/testFixtures';
import { SURVIVOR_ID, consent, grantMatch, jobMatch, skillTaxonomy, survivor } from '../../profile/testFixtures';
import { employerSummary } from '../../vetting/testFixtures';

const PATH = `/api/v1/survivors/${SURVIVOR_ID}`;
const base: MockRoute[] = [
  ...referenceRoutes,
  // Names every skill the profile and its matches mention.
  { path: '/api/v1/skills', body: skillTaxonomy },
  { path: '/api/v1/auth/me', body: demoUsers.caseworker },
  { path: '/api/v1/employers', body: [employerSummary({ status: 'vetted' })] },
  { path: PATH, body: survivor({ hasAccount: false }) },
  { path: `${PATH}/consents`, body: [consent(), consent({ id: '00000000-0000-4000-8000-00000000e702', employerName: 'Bright Cleaners', fields: ['skills'], state: 'revoked', revokedAt: '2026-02-01T10:00:00.000Z' })] },
  { path: `${PATH}/matches`, body: { jobs: [jobMatch()], grants: [grantMatch()], profileComplete: true } },
];

const LONG_FLOW = 30_000;

function section(name: string) {
  return within(screen.getByRole('region', { name }));
}

describe('SurvivorPage', () => {
  it('shows the whole profile with the sealed details, and says that opening it is recorded', async () => {
    mockApi(base);
    renderApp(`/caseworker/survivors/${SURVIVOR_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sam' })).toBeInTheDocument();
    // The name shown is in the heading, never in the tab title (kept in the browser's history).
    expect(document.title).toBe('Profile · Onward');
    expect(screen.getByText('Opening this record is recorded and visible to the person.')).toBeInTheDocument();
    expect(screen.getByText('Caseworker: Casey')).toBeInTheDocument();

    const personal = section('Private details');
    expect(personal.getByText('Samira Haddad')).toBeInTheDocument();
    expect(personal.getByText('May 2, 1994')).toBeInTheDocument();
    expect(personal.getByRole('link', { name: '+44 7700 900123' })).toHaveAttribute('href', 'tel:+447700900123');
    expect(personal.getByRole('link', { name: 'sam@example.org' })).toHaveAttribute('href', 'mailto:sam@example.org');

    const skills = section('Skills and languages');
    expect(await skills.findByText('Food hygiene')).toBeInTheDocument();
    expect(skills.getByText(/Can do it · years of experience: 2/)).toBeInTheDocument();
    expect(skills.getByText('Arabic')).toBeInTheDocument();
    expect(await section('Work they are looking for').findByText('£13.00')).toBeInTheDocument();
    expect(section('Safety exclusions').getByText('Harbour Nails')).toBeInTheDocument();

    const consents = within(await screen.findByRole('list', { name: 'Consents' }));
    expect(consents.getAllByRole('listitem')).toHaveLength(2);
    expect(consents.getByText('Shares: name shown, skills, contact details')).toBeInTheDocument();
    expect(consents.getByText('Shares: name shown, skills')).toBeInTheDocument();
    expect(consents.getByText('Withdrawn')).toBeInTheDocument();
    expect(consents.getByText(/withdrawn on Feb 1, 2026/)).toBeInTheDocument();
  });

  it('lists the best jobs and grants with their scores and why they fit', async () => {
    const { requests } = mockApi(base);
    renderApp(`/caseworker/survivors/${SURVIVOR_ID}`);
    // The list's own items (each holds lists of reasons and gaps).
    const [jobItem] = Array.from((await screen.findByRole('list', { name: 'Jobs' })).children) as HTMLElement[];
    const job = within(jobItem);
    expect(job.getByText('Warehouse assistant')).toBeInTheDocument();
    expect(job.getByText('Fit 84 of 100')).toBeInTheDocument();
    expect(job.getByText(/North West · Driving and warehouses · £13.50 an hour · 30 hours a week/)).toBeInTheDocument();
    expect(within(job.getByRole('list', { name: 'Why it fits' })).getByText('Has 4 of 5 required skills')).toBeInTheDocument();
    expect(job.getByRole('list', { name: 'What could be missing' })).toHaveTextContent('Forklift licence');

    const grants = within(screen.getByRole('list', { name: 'Grants' }));
    expect(grants.getByText('Start-up grant for market stalls')).toBeInTheDocument();
    expect(grants.getByText('Fit 55 of 100')).toBeInTheDocument();
    expect(grants.getByText(/£500.00 to £2,000.00/)).toBeInTheDocument();

    const matches = requests.find((request) => new URL(request.url).pathname === `${PATH}/matches`);
    expect(new URL(matches!.url).searchParams.get('limit')).toBe('20');
  });

  it('saves only the sections that changed', { timeout: LONG_FLOW }, async () => {
    const { requests } = mockApi([...base, { method: 'PATCH', path: PATH, body: survivor({ hasAccount: false, availability: { hoursPerWeek: 25, shifts: ['mornings', 'weekends'] } }) }]);
    renderApp(`/caseworker/survivors/${SURVIVOR_ID}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit profile' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Edit profile' })).toHaveFocus();
    expect(screen.getByLabelText(/^Legal name/)).toHaveValue('Samira Haddad');
    expect(screen.getByRole('textbox', { name: /^Lowest pay per hour/ })).toHaveValue('13.00');
    const hours = screen.getByLabelText(/^Most hours a week/);
    await userEvent.clear(hours);
    await fill(hours, '25');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Weekends' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Changes saved.', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(await bodyOf(requests, 'PATCH', PATH)).toEqual({ availability: { hoursPerWeek: 25, shifts: ['mornings', 'weekends'] } });
    expect(screen.getByRole('button', { name: 'Edit profile' })).toHaveFocus();
    expect(section('Work they are looking for').getByText('25 hours a week')).toBeInTheDocument();
  });

  it('sends nothing when nothing changed', async () => {
    const { requests } = mockApi(base);
    renderApp(`/caseworker/survivors/${SURVIVOR_ID}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit profile' }));
    // An excluded employer keeps its name even when it is not in the vetted list any more.
    expect(within(screen.getByRole('group', { name: 'Safety exclusions' })).getByText('Harbour Nails')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Nothing was changed, so nothing was saved.')).toBeInTheDocument();
    expect(requests.some((request) => request.method === 'PATCH')).toBe(false);
  });

  it('invites the person to their own account at the address confirmed', async () => {
    const { requests } = mockApi([...base, { method: 'POST', path: `${PATH}/invitation`, status: 202 }]);
    renderApp(`/caseworker/survivors/${SURVIVOR_ID}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Invite to their own account' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Invite Sam to their own account?' }));
    expect(dialog.getByLabelText(/^Their email/)).toHaveValue('sam@example.org');
    await userEvent.click(dialog.getByRole('button', { name: 'Send invitation' }));
    expect(await screen.findByText('An invitation is on its way to them.')).toBeInTheDocument();
    expect(await bodyOf(requests, 'POST', `${PATH}/invitation`)).toEqual({ email: 'sam@example.org' });
  });

  it('offers no invitation to someone who already has an account', async () => {
    mockApi([...base, { path: PATH, body: survivor({ hasAccount: true }) }]);
    renderApp(`/caseworker/survivors/${SURVIVOR_ID}`);
    expect(await screen.findByRole('button', { name: 'Edit profile' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Invite to their own account' })).not.toBeInTheDocument();
  });

  it('says the same for a wrong link and for another organisation’s person', async () => {
    mockApi([...base, { path: PATH, status: 404, body: { statusCode: 404, code: 'not_found', message: 'The survivor was not found.' } }]);
    renderApp(`/caseworker/survivors/${SURVIVOR_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found or not in your organisation' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to people' })).toHaveAttribute('href', '/caseworker/survivors');
  });
});
