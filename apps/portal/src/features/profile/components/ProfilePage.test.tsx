import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderApp, type MockRoute } from '../../../test/render';
import { bodyOf, chooseOption, fill } from '../../employers/testFixtures';
import { baseRoutes, notFound, PROFILE_PATH, survivor } from '../testFixtures';

const routes = (...extra: MockRoute[]): MockRoute[] => [...baseRoutes, { path: PROFILE_PATH, body: survivor() }, ...extra];
const saved = (overrides: Parameters<typeof survivor>[0] = {}): MockRoute => ({ method: 'PATCH', path: PROFILE_PATH, body: survivor(overrides) });
const section = (name: string) => within(screen.getByRole('region', { name }));

async function openProfile() {
  renderApp('/survivor/profile');
  expect(await screen.findByRole('heading', { level: 1, name: 'My profile' })).toBeInTheDocument();
}

describe('ProfilePage', () => {
  it('shows the profile and saves only the section that changed', async () => {
    const { requests } = mockApi(routes(saved({ pseudonym: 'Sami' })));
    await openProfile();
    const name = section('Name shown to others');
    const field = name.getByLabelText(/^Name shown to others/);
    expect(field).toHaveValue('Sam');
    expect(field).toHaveAccessibleDescription('Employers see this name. It does not need to be your real name.');
    expect(section('Private details').getByText('Only you and your caseworker can see these.')).toBeInTheDocument();
    expect(section('Private details').getByLabelText(/^Full legal name/)).toHaveValue('Samira Haddad');

    await userEvent.clear(field);
    await fill(field, 'Sami');
    await userEvent.click(name.getByRole('button', { name: 'Save name' }));

    expect(await name.findByRole('status')).toHaveTextContent('Saved.');
    expect(await bodyOf(requests, 'PATCH', PROFILE_PATH)).toEqual({ pseudonym: 'Sami' });
    expect(document.title).toBe('My profile · Onward');
  });

  it('puts the API’s refusal on the field it names, translated, and clears an emptied detail', async () => {
    const refusal = { statusCode: 400, code: 'validation_failed', message: 'Some fields are missing or not valid.', fields: { 'personal.phone': ['phone must be a phone number'] } };
    const { requests } = mockApi(routes({ method: 'PATCH', path: PROFILE_PATH, status: 400, body: refusal }));
    await openProfile();
    const details = section('Private details');
    await userEvent.clear(details.getByLabelText(/^Email/));
    await userEvent.click(details.getByRole('button', { name: 'Save private details' }));

    expect(await details.findByRole('alert')).toHaveTextContent('Some details need fixing. Check the fields below.');
    const phone = details.getByLabelText(/^Phone number/);
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(phone).toHaveAccessibleDescription(/Use digits and spaces, with \+ at the start if needed\./);
    expect(details.getByLabelText(/^Email/)).not.toHaveAttribute('aria-invalid', 'true');
    expect(await bodyOf(requests, 'PATCH', PROFILE_PATH)).toEqual({
      personal: { legalName: 'Samira Haddad', dateOfBirth: '1994-05-02', phone: '+44 7700 900123', email: null },
    });
  });

  it('checks a field before sending anything', async () => {
    const { requests } = mockApi(routes());
    await openProfile();
    const availability = section('When you can work');
    const hours = availability.getByLabelText(/^Most hours a week/);
    await userEvent.clear(hours);
    await fill(hours, '90');
    await userEvent.click(availability.getByRole('button', { name: 'Save when you can work' }));

    expect(hours).toHaveAccessibleDescription(/A whole number from 1 to 60, or leave it empty\./);
    expect(requests.some((request) => request.method === 'PATCH')).toBe(false);
  });

  it('adds a skill from the taxonomy with its level and years', async () => {
    const { requests } = mockApi(routes(saved()));
    await openProfile();
    const skills = section('Skills');
    await chooseOption(await skills.findByRole('combobox', { name: /^Add a skill/ }), 'Forklift');
    const forklift = within(skills.getByRole('group', { name: 'Forklift licence' }));
    await userEvent.selectOptions(forklift.getByLabelText('How well'), 'Experienced');
    const years = forklift.getByLabelText('Years of experience');
    await userEvent.clear(years);
    await fill(years, '4');
    await userEvent.click(within(skills.getByRole('group', { name: 'Food hygiene' })).getByRole('button', { name: 'Remove Food hygiene' }));
    await userEvent.click(skills.getByRole('button', { name: 'Save skills' }));

    expect(await skills.findByRole('status')).toHaveTextContent('Saved.');
    expect(await bodyOf(requests, 'PATCH', PROFILE_PATH)).toEqual({ skills: [{ code: 'warehouse.forklift', level: 'experienced', years: 4 }] });
  });

  it('sends the lowest pay in minor units with the other preferences', async () => {
    const { requests } = mockApi(routes(saved()));
    await openProfile();
    const preferences = section('Work you would like');
    const pay = preferences.getByLabelText(/^Lowest pay per hour/);
    expect(pay).toHaveValue('13.00');
    await userEvent.clear(pay);
    await fill(pay, '12,5');
    await userEvent.click(preferences.getByRole('checkbox', { name: 'Care' }));
    await userEvent.click(preferences.getByRole('radio', { name: 'From home (remote)' }));
    await userEvent.click(preferences.getByRole('button', { name: 'Save work you would like' }));

    expect(await preferences.findByRole('status')).toHaveTextContent('Saved.');
    expect(await bodyOf(requests, 'PATCH', PROFILE_PATH)).toEqual({ preferences: { sectors: ['care', 'food'], workplace: 'remote', minimumHourlyWageMinor: 1250 } });
  });

  it('takes an employer off the safety list and sends the whole list', async () => {
    const { requests } = mockApi(routes(saved({ exclusions: { regionCodes: ['london'], employerIds: [], sectors: ['beauty'], employers: [] } })));
    await openProfile();
    const exclusions = section('Places, employers and work to avoid');
    expect(exclusions.getByText('Employers never see this list.', { exact: false })).toBeInTheDocument();
    expect(exclusions.getByRole('checkbox', { name: 'Hair and beauty' })).toBeChecked();
    await userEvent.click(exclusions.getByRole('button', { name: 'Remove Harbour Nails' }));
    expect(exclusions.getByText('No employers listed.')).toBeInTheDocument();
    await userEvent.click(exclusions.getByRole('button', { name: 'Save places and work to avoid' }));

    expect(await exclusions.findByRole('status')).toHaveTextContent('Saved.');
    expect(await bodyOf(requests, 'PATCH', PROFILE_PATH)).toEqual({ exclusions: { regionCodes: ['london'], employerIds: [], sectors: ['beauty'] } });
  });

  it('says calmly that the caseworker has not set the profile up yet', async () => {
    mockApi([...baseRoutes, { path: PROFILE_PATH, status: 404, body: notFound }]);
    await openProfile();
    expect(screen.getByText(/Your caseworker has not set up your profile yet\./)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Save/ })).not.toBeInTheDocument();
  });

  it('offers the person their own pages in the navigation', async () => {
    mockApi(routes());
    await openProfile();
    const nav = within(screen.getByRole('navigation', { name: 'Main' }));
    expect(nav.getByRole('link', { name: 'My profile' })).toHaveAttribute('aria-current', 'page');
    expect(nav.getByRole('link', { name: 'Matched for you' })).toHaveAttribute('href', '/survivor/matches');
    expect(nav.getByRole('link', { name: 'Sharing' })).toHaveAttribute('href', '/survivor/sharing');
    expect(nav.getByRole('link', { name: 'Who has seen my information' })).toHaveAttribute('href', '/survivor/privacy');
  });
});
