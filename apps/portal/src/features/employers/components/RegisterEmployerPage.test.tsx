import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderApp, type MockRoute } from '../../../test/render';
import { bodyOf, chooseOption, employerUser, fill, referenceRoutes, standing } from '../testFixtures';

const signedOut: MockRoute[] = [
  ...referenceRoutes,
  { path: '/api/v1/auth/me', status: 401, body: { statusCode: 401, code: 'unauthenticated', message: '' } },
];

async function fillIn() {
  await fill(await screen.findByLabelText(/^Organisation name/), 'Green Valley Foods');
  await fill(screen.getByLabelText(/^Legal name/), 'Green Valley Foods Ltd');
  await fill(screen.getByLabelText(/^Registration number/), '01234567');
  await userEvent.selectOptions(screen.getByLabelText(/^Sector/), 'food');
  await chooseOption(screen.getByRole('combobox', { name: /^Regions/ }), 'Lond');
  await fill(screen.getByLabelText(/^Contact name/), 'Pat Owner');
  await fill(screen.getByLabelText(/^Contact email/), 'pat@greenvalley.example');
  await fill(screen.getByLabelText(/^Contact phone/), '+44 20 7946 0000');
  await fill(screen.getByLabelText(/^Your name/), 'Jo');
  await fill(screen.getByLabelText(/^Your email/), 'jo@greenvalley.example');
  await fill(screen.getByLabelText(/^Password/), 'a-long-enough-password');
  await fill(screen.getByLabelText(/^Confirm password/), 'a-long-enough-password');
}

/** A long form: this flow needs longer than most on a busy two-core runner. */
const LONG_FLOW = 30_000;

describe('RegisterEmployerPage', () => {
  it('registers the organisation, signs the member in and lands on the employer home', { timeout: LONG_FLOW }, async () => {
    const { requests } = mockApi([
      ...signedOut,
      { method: 'POST', path: '/api/v1/employers/register', status: 201, body: { user: employerUser } },
      { path: '/api/v1/employers/me', body: standing({ status: 'pending', canPublish: false, vettedUntil: null, publishingBlockedBecause: 'Your organisation has not been vetted yet.' }) },
    ]);
    const { router } = renderApp('/employers/register');
    expect(await screen.findByRole('heading', { level: 1, name: 'Register your organisation' })).toBeInTheDocument();
    await fillIn();
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Employer home' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/employer');
    expect(await screen.findByText('We have your registration. A caseworker will review it soon.')).toBeInTheDocument();
    expect(await bodyOf(requests, 'POST', '/api/v1/employers/register')).toEqual({
      organisationName: 'Green Valley Foods',
      legalName: 'Green Valley Foods Ltd',
      registrationNumber: '01234567',
      sector: 'food',
      regions: ['london'],
      contactName: 'Pat Owner',
      contactEmail: 'pat@greenvalley.example',
      contactPhone: '+44 20 7946 0000',
      account: { displayName: 'Jo', email: 'jo@greenvalley.example', password: 'a-long-enough-password' },
    });
  });

  it('checks the fields before sending anything', async () => {
    const { requests } = mockApi(signedOut);
    renderApp('/employers/register');
    await fill(await screen.findByLabelText(/^Contact phone/), 'call me');
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));

    expect(screen.getByLabelText(/^Organisation name/)).toHaveAccessibleDescription(/This field is required/);
    expect(screen.getByRole('combobox', { name: /^Regions/ })).toHaveAccessibleDescription(/Choose at least one region/);
    expect(screen.getByLabelText(/^Contact phone/)).toHaveAccessibleDescription(/Enter a phone number/);
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it("shows the API's reason and its per-field messages", { timeout: LONG_FLOW }, async () => {
    mockApi([
      ...signedOut,
      {
        method: 'POST',
        path: '/api/v1/employers/register',
        status: 409,
        body: { statusCode: 409, code: 'conflict', message: 'Someone already has an account with this email.' },
      },
    ]);
    renderApp('/employers/register');
    await fillIn();
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone already has an account with this email.');

    mockApi([
      ...signedOut,
      {
        method: 'POST',
        path: '/api/v1/employers/register',
        status: 400,
        body: { statusCode: 400, code: 'validation_failed', message: 'Invalid', fields: { 'account.email': ['email must be an email address'] } },
      },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(await screen.findByLabelText(/^Your email/)).toHaveAccessibleDescription('email must be an email address');
  });
});
