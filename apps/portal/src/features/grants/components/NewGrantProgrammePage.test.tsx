import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoUsers, mockApi, renderApp, type MockRoute } from '../../../test/render';
import { bodyOf, employerUser, fill, funderUser, referenceRoutes } from '../../employers/testFixtures';
import { FUNDER_ID, PROGRAMME_ID, programme } from '../testFixtures';

const organisations = {
  items: [
    { id: FUNDER_ID, name: 'Seed Fund', kind: 'funder' },
    { id: '00000000-0000-4000-8000-0000000000f2', name: 'Open Door Fund', kind: 'funder' },
  ],
};

const base: MockRoute[] = [
  ...referenceRoutes,
  { path: '/api/v1/organisations/funders', body: organisations },
  { path: '/api/v1/grant-programmes', body: [] },
  { method: 'POST', path: '/api/v1/grant-programmes', status: 201, body: programme() },
  { path: `/api/v1/grant-programmes/${PROGRAMME_ID}`, body: programme() },
];

/** A long form: this flow needs longer than most on a busy two-core runner. */
const LONG_FLOW = 30_000;

async function fillProgramme() {
  await fill(await screen.findByLabelText(/^Title/), 'Start-up grants for small food businesses');
  await fill(screen.getByLabelText(/^Description/), 'Grants to start a small food business: equipment and stock.');
  await fill(screen.getByLabelText(/^Smallest grant/), '500');
  await fill(screen.getByLabelText(/^Largest grant/), '2500.50');
  await fill(screen.getByLabelText(/^Who can apply/), 'People starting a food business.');
  await fill(screen.getByLabelText(/^Documents to include/), 'A short business plan\n\n  Two references  ');
}

describe('NewGrantProgrammePage', () => {
  it('lets a caseworker pick the funder and sends its id with the programme', { timeout: LONG_FLOW }, async () => {
    const { requests } = mockApi([
      ...base,
      { path: '/api/v1/auth/me', body: demoUsers.caseworker },
      { path: '/api/v1/organisations/funders', body: organisations },
    ]);
    const { router } = renderApp('/caseworker/grants/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'New grant programme' })).toBeInTheDocument();
    await fillProgramme();
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(screen.getByLabelText(/^Funder/)).toHaveAccessibleDescription(/This field is required/);
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    // The funders the API lists are offered.
    await screen.findByRole('option', { name: 'Seed Fund' });
    expect(screen.getByRole('option', { name: 'Open Door Fund' })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText(/^Funder/), FUNDER_ID);
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Draft saved.');
    expect(router.state.location.pathname).toBe(`/caseworker/grants/${PROGRAMME_ID}`);
    expect(await bodyOf(requests, 'POST', '/api/v1/grant-programmes')).toEqual({
      funderId: FUNDER_ID,
      title: 'Start-up grants for small food businesses',
      description: 'Grants to start a small food business: equipment and stock.',
      amount: { minMinor: 50000, maxMinor: 250050, currency: 'GBP' },
      eligibility: 'People starting a food business.',
      requiredDocuments: ['A short business plan', 'Two references'],
      sector: null,
      regionCode: null,
      deadline: null,
    });
  });

  it("lets a funder's member create a programme for their own organisation, without a funder id", { timeout: LONG_FLOW }, async () => {
    const { requests } = mockApi([...base, { path: '/api/v1/auth/me', body: funderUser }]);
    renderApp('/employer/grants/new');
    expect(await screen.findByText('The programme is run by Seed Fund and saved as a draft.')).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Funder/)).not.toBeInTheDocument();
    await fillProgramme();
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Draft saved.');
    expect(await bodyOf(requests, 'POST', '/api/v1/grant-programmes')).not.toHaveProperty('funderId');
    expect(requests.some((request) => request.url.endsWith('/api/v1/organisations/funders'))).toBe(false);
  });

  it('offers an admin the funders the API lists', async () => {
    mockApi([...base, { path: '/api/v1/auth/me', body: { ...demoUsers.caseworker, role: 'admin' } }]);
    renderApp('/admin/grants/new');
    const funder = await screen.findByLabelText(/^Funder/);
    await screen.findByRole('option', { name: 'Seed Fund' });
    expect(Array.from((funder as HTMLSelectElement).options).map((option) => option.text)).toEqual(['Choose…', 'Seed Fund', 'Open Door Fund']);
  });

  it('tells a member of an employer organisation that programmes are for funders', async () => {
    const { requests } = mockApi([...base, { path: '/api/v1/auth/me', body: employerUser }]);
    renderApp('/employer/grants');
    expect(await screen.findByRole('heading', { level: 1, name: 'For funders' })).toBeInTheDocument();
    expect(requests.some((request) => request.url.includes('/grant-programmes'))).toBe(false);
  });
});
