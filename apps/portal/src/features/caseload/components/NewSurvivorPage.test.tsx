import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoUsers, mockApi, renderApp, type MockRoute } from '../../../test/render';
import { bodyOf, chooseOption, fill, referenceRoutes } from '../../employers/testFixtures';
import { EMPLOYER_ID, OTHER_EMPLOYER_ID, SURVIVOR_ID, survivor } from '../../profile/testFixtures';
import { employerSummary } from '../../vetting/testFixtures';

const base: MockRoute[] = [
  ...referenceRoutes,
  { path: '/api/v1/auth/me', body: demoUsers.caseworker },
  {
    path: '/api/v1/employers',
    body: [
      employerSummary({ id: EMPLOYER_ID, status: 'vetted' }),
      employerSummary({ id: OTHER_EMPLOYER_ID, name: 'Bright Cleaners', status: 'vetted' }),
    ],
  },
  { path: `/api/v1/survivors/${SURVIVOR_ID}/consents`, body: [] },
  { path: `/api/v1/survivors/${SURVIVOR_ID}/matches`, body: { jobs: [], grants: [], profileComplete: true } },
];

/** Every section of a long form: this flow needs longer than most on a busy two-core runner. */
const LONG_FLOW = 30_000;
/** Saving opens the profile page, a large render on a busy runner. */
const AFTER_SAVE = { timeout: 10_000 };

function group(name: string) {
  return within(screen.getByRole('group', { name }));
}

/** The skills list, once the taxonomy has loaded. */
async function skillsInput() {
  const input = await screen.findByRole('combobox', { name: /^Skills/ });
  await waitFor(() => expect(input).toBeEnabled());
  return input;
}

describe('NewSurvivorPage', () => {
  it('adds a person with skills, languages and the minimum pay in minor units, then opens their profile', { timeout: LONG_FLOW }, async () => {
    const { requests } = mockApi([...base, { method: 'POST', path: '/api/v1/survivors', status: 201, body: survivor() }]);
    const { router } = renderApp('/caseworker/survivors/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Add a person' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Name shown/)).toHaveAccessibleDescription(/Not their real name/);

    await fill(screen.getByLabelText(/^Name shown/), ' Sam ');
    await fill(screen.getByLabelText(/^Legal name/), 'Samira Haddad');
    await fill(screen.getByLabelText(/^Phone/), '+44 7700 900123');
    await chooseOption(await skillsInput(), 'hyg');
    await userEvent.selectOptions(group('Food hygiene').getByLabelText('Level'), 'experienced');
    await userEvent.clear(group('Food hygiene').getByLabelText('Years of experience'));
    await fill(group('Food hygiene').getByLabelText('Years of experience'), '4');
    // Language names come from the browser, in the reader's language.
    await chooseOption(screen.getByRole('combobox', { name: /^Languages they speak/ }), 'Spa');
    await userEvent.selectOptions(group('Spanish').getByLabelText('How well they speak it'), 'native');
    await userEvent.selectOptions(screen.getByLabelText(/^Region where they can work/), 'north-west');
    await fill(screen.getByLabelText(/^Most hours a week/), '30');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Mornings' }));
    await userEvent.click(screen.getByRole('radio', { name: 'At a workplace' }));
    await fill(screen.getByRole('textbox', { name: 'Lowest pay per hour they accept, in GBP' }), '12,50');
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }));

    expect(await screen.findByText('The person has been added.', {}, AFTER_SAVE)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/caseworker/survivors/${SURVIVOR_ID}`);
    expect(await bodyOf(requests, 'POST', '/api/v1/survivors')).toEqual({
      pseudonym: 'Sam',
      personal: { legalName: 'Samira Haddad', phone: '+44 7700 900123' },
      skills: [{ code: 'food.food_hygiene', level: 'experienced', years: 4 }],
      languages: [{ code: 'es', level: 'native' }],
      regionCode: 'north-west',
      availability: { hoursPerWeek: 30, shifts: ['mornings'] },
      preferences: { sectors: [], workplace: 'on_site', minimumHourlyWageMinor: 1250 },
      exclusions: { regionCodes: [], employerIds: [], sectors: [] },
    });
    // The new profile was answered with the create: it is not read (and logged) a second time.
    expect(requests.some((request) => request.method === 'GET' && new URL(request.url).pathname === `/api/v1/survivors/${SURVIVOR_ID}`)).toBe(false);
  });

  it('sends the safety exclusions, employers chosen from all Onward knows whatever their vetting, and an invitation', { timeout: LONG_FLOW }, async () => {
    const { requests } = mockApi([...base, { method: 'POST', path: '/api/v1/survivors', status: 201, body: survivor() }]);
    renderApp('/caseworker/survivors/new');
    await fill(await screen.findByLabelText(/^Name shown/), 'Sam');
    await chooseOption(screen.getByRole('combobox', { name: /^Regions to avoid/ }), 'Lon');
    const employers = screen.getByRole('combobox', { name: /^Employers to avoid/ });
    await waitFor(() => expect(employers).toBeEnabled());
    await chooseOption(employers, 'Bri');
    await chooseOption(screen.getByRole('combobox', { name: /^Kinds of work to avoid/ }), 'Bui');
    await fill(screen.getByLabelText(/^Email for an invitation/), 'sam@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }));

    expect(await screen.findByText('The person has been added and an invitation is on its way to them.', {}, AFTER_SAVE)).toBeInTheDocument();
    expect(await bodyOf(requests, 'POST', '/api/v1/survivors')).toMatchObject({
      pseudonym: 'Sam',
      exclusions: { regionCodes: ['london'], employerIds: [OTHER_EMPLOYER_ID], sectors: ['construction'] },
      inviteEmail: 'sam@example.org',
    });
    const employerList = requests.find((request) => new URL(request.url).pathname === '/api/v1/employers');
    // The place to keep someone away from may well be one still waiting for vetting, or suspended.
    expect(new URL(employerList!.url).searchParams.get('status')).toBe('pending,in_review,vetted,suspended,rejected');
  });

  it('shows on its field each problem the API found', { timeout: LONG_FLOW }, async () => {
    const skillMessage = 'skills.0.code is not a skill in the taxonomy';
    const nameMessage = 'pseudonym must be shorter than or equal to 60 characters';
    mockApi([
      ...base,
      {
        method: 'POST',
        path: '/api/v1/survivors',
        status: 400,
        body: { statusCode: 400, code: 'validation_failed', message: 'Some fields are missing or not valid.', fields: { pseudonym: [nameMessage], 'skills.0.code': [skillMessage] } },
      },
    ]);
    renderApp('/caseworker/survivors/new');
    await fill(await screen.findByLabelText(/^Name shown/), 'Sam');
    await chooseOption(await skillsInput(), 'hyg');
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }));

    expect(await screen.findByRole('alert', {}, AFTER_SAVE)).toHaveTextContent('The person was not added');
    expect(screen.getByLabelText(/^Name shown/)).toHaveAccessibleDescription(new RegExp(nameMessage));
    expect(screen.getByLabelText(/^Name shown/)).toHaveFocus();
    expect(group('Food hygiene').getByLabelText('Years of experience')).toHaveAccessibleDescription(skillMessage);
  });

  it('checks the name, the years and the pay before sending', async () => {
    const { requests } = mockApi(base);
    renderApp('/caseworker/survivors/new');
    await chooseOption(await skillsInput(), 'hyg');
    await userEvent.clear(group('Food hygiene').getByLabelText('Years of experience'));
    await fill(group('Food hygiene').getByLabelText('Years of experience'), '70');
    await fill(screen.getByRole('textbox', { name: /^Lowest pay per hour/ }), 'twelve');
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }));

    expect(screen.getByLabelText(/^Name shown/)).toHaveAccessibleDescription(/This field is required/);
    expect(group('Food hygiene').getByLabelText('Years of experience')).toHaveAccessibleDescription('Enter a whole number of years from 0 to 60.');
    expect(screen.getByRole('textbox', { name: /^Lowest pay per hour/ })).toHaveAccessibleDescription(/Enter an amount like 12.50/);
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });
});
