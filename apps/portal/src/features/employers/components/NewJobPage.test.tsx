import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderApp, type MockRoute } from '../../../test/render';
import { JOB_ID, bodyOf, chooseOption, employerUser, fill, job, referenceRoutes, standing } from '../testFixtures';

const base: MockRoute[] = [
  ...referenceRoutes,
  { path: '/api/v1/auth/me', body: employerUser },
  { path: '/api/v1/employers/me', body: standing({ status: 'pending', canPublish: false, publishingBlockedBecause: 'Not vetted yet.' }) },
];

/** Many fields and two searchable lists: this flow needs longer than most on a busy two-core runner. */
const LONG_FLOW = 30_000;

describe('NewJobPage', () => {
  it('saves a draft with the wage in minor units and the region currency, then opens it', { timeout: LONG_FLOW }, async () => {
    const { requests } = mockApi([
      ...base,
      { method: 'POST', path: '/api/v1/jobs', status: 201, body: job() },
      { path: `/api/v1/jobs/${JOB_ID}`, body: job() },
    ]);
    const { router } = renderApp('/employer/jobs/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Post a job' })).toBeInTheDocument();

    await fill(screen.getByLabelText(/^Job title/), 'Kitchen assistant');
    await fill(screen.getByLabelText(/^Description/), 'Help prepare food in a busy kitchen, weekday mornings.');
    await userEvent.selectOptions(screen.getByLabelText(/^Sector/), 'food');
    // Grouped and searchable, labelled in the reader's language; retired skills are not offered.
    // (jsdom has no layout, so Testing Library counts the open dropdown as hidden.)
    const skills = screen.getByRole('combobox', { name: /^Skills the job needs/ });
    await userEvent.click(skills);
    const listbox = within(screen.getByRole('listbox', { name: /^Skills the job needs/, hidden: true }));
    const offered = listbox.getAllByRole('option', { hidden: true }).map((option) => option.textContent);
    expect(offered).toEqual(['Food hygiene', 'Food preparation', 'Office cleaning']);
    expect(listbox.getByText('Kitchen and food')).toBeInTheDocument();
    expect(listbox.getByText('Cleaning')).toBeInTheDocument();
    await chooseOption(skills, 'hyg');
    await chooseOption(screen.getByRole('combobox', { name: /^Languages the work needs/ }), 'Spa');
    await userEvent.selectOptions(screen.getByLabelText(/^Region/), 'north-west');
    expect(screen.getByText(/The lowest wage a job in North West can be published at is £12.71 an hour/)).toBeInTheDocument();
    await fill(screen.getByRole('textbox', { name: /^Wage in GBP/ }), '12.50');
    await fill(screen.getByLabelText(/^Hours per week/), '30');
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Draft saved.');
    expect(router.state.location.pathname).toBe(`/employer/jobs/${JOB_ID}`);
    expect(await bodyOf(requests, 'POST', '/api/v1/jobs')).toEqual({
      title: 'Kitchen assistant',
      description: 'Help prepare food in a busy kitchen, weekday mornings.',
      requiredSkills: ['food.food_hygiene'],
      preferredSkills: [],
      sector: 'food',
      regionCode: 'north-west',
      remote: false,
      wage: { amountMinor: 1250, currency: 'GBP', period: 'hour' },
      hoursPerWeek: 30,
      languages: ['es'],
      trainingOffered: null,
      accommodations: null,
      startDate: null,
      closingDate: null,
    });
  });

  it('checks the description, the wage and the hours before sending', async () => {
    const { requests } = mockApi(base);
    renderApp('/employer/jobs/new');
    await fill(await screen.findByLabelText(/^Description/), 'Too short');
    await fill(screen.getByRole('textbox', { name: /^Wage/ }), 'twelve');
    await fill(screen.getByLabelText(/^Hours per week/), '80');
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(screen.getByLabelText(/^Description/)).toHaveAccessibleDescription(/Write at least 20 characters/);
    expect(screen.getByRole('textbox', { name: /^Wage/ })).toHaveAccessibleDescription(/Enter an amount like 12.50/);
    expect(screen.getByLabelText(/^Hours per week/)).toHaveAccessibleDescription(/from 1 to 60/);
    expect(requests.some((request) => request.method === 'POST' && request.url.endsWith('/api/v1/jobs'))).toBe(false);
  });
});
