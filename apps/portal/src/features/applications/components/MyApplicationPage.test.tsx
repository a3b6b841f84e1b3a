import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderApp, type MockRoute } from '../../../test/render';
import { bodyOf } from '../../employers/testFixtures';
import { CONSENTS_PATH, consent } from '../../profile/testFixtures';
import { APPLICATION_ID, APPLICATION_PATH, APPLICATIONS_PATH, application, applicationSummary, page, survivorBase } from '../testFixtures';

const PAGE = `/survivor/applications/${APPLICATION_ID}`;
const SHARE_PATH = `${APPLICATION_PATH}/share`;

const sharedApplication = application({
  status: 'shared',
  history: [
    { from: null, to: 'submitted', at: '2026-01-05T10:00:00.000Z', actorRole: 'caseworker', note: null },
    { from: 'submitted', to: 'shared', at: '2026-01-06T10:00:00.000Z', actorRole: 'survivor', note: null },
  ],
});

async function openApplication(routes: MockRoute[]) {
  const api = mockApi([...survivorBase, { path: APPLICATION_PATH, body: application() }, { path: CONSENTS_PATH, body: [] }, ...routes]);
  renderApp(PAGE);
  await screen.findByRole('heading', { level: 1, name: 'Kitchen assistant' });
  return api;
}

describe('MyApplicationsPage', () => {
  it('lists the applications with their status in plain words', async () => {
    mockApi([...survivorBase, { path: APPLICATIONS_PATH, body: page([applicationSummary({ status: 'interview' })]) }]);
    renderApp('/survivor/applications');
    const list = within(await screen.findByRole('list', { name: 'My applications' }));
    expect(list.getByRole('link', { name: 'Kitchen assistant' })).toHaveAttribute('href', PAGE);
    expect(list.getByText('Invited to an interview')).toBeInTheDocument();
    expect(list.getByText('Employer: Green Valley Foods')).toBeInTheDocument();
  });
});

describe('MyApplicationPage', () => {
  it('explains that nothing is shared yet, and tells the story in plain words', async () => {
    await openApplication([]);
    expect(screen.getByText('Sent, not shared yet')).toBeInTheDocument();
    expect(screen.getByText(/The employer cannot see anything about you yet/)).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'What has happened' });
    expect(within(history).getByText('You applied')).toBeInTheDocument();
    expect(within(history).getByText(/by you/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Share with the employer' })).toHaveTextContent('Sunflower');
  });

  it('shares with the employer: the fields chosen, for 90 days unless changed', async () => {
    const { requests } = await openApplication([{ method: 'POST', path: SHARE_PATH, body: sharedApplication }]);
    const share = screen.getByRole('region', { name: 'Share with the employer' });
    // Nothing is ticked to begin with.
    expect(within(share).getByRole('checkbox', { name: /Skills/ })).not.toBeChecked();
    await userEvent.click(within(share).getByRole('checkbox', { name: /Skills/ }));
    await userEvent.click(within(share).getByRole('checkbox', { name: /Contact details/ }));
    expect(within(share).getByRole('combobox', { name: 'For how long' })).toHaveValue('90');
    await userEvent.click(within(share).getByRole('button', { name: 'Share with the employer' }));

    expect(await screen.findByText('Shared. The employer can now see what you chose.')).toBeInTheDocument();
    expect(await bodyOf(requests, 'POST', SHARE_PATH)).toEqual({ consent: { fields: ['skills', 'contact'], days: 90 } });
    expect(screen.getByText('Shared with the employer', { selector: '.mantine-Badge-label' })).toBeInTheDocument();
  });

  it('says what to do when the API needs consent first (403 consent_required)', async () => {
    await openApplication([
      {
        method: 'POST',
        path: SHARE_PATH,
        status: 403,
        body: { statusCode: 403, code: 'consent_required', message: 'The employer sees an application only with consent.' },
      },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Share with the employer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The employer can see your application only after you choose what to share. Choose, then share again.',
    );
  });

  it('shows what the employer can see once shared, with the way to stop sharing', async () => {
    await openApplication([{ path: APPLICATION_PATH, body: sharedApplication }, { path: CONSENTS_PATH, body: [consent({ applicationId: APPLICATION_ID, fields: ['skills', 'legal_name'] })] }]);
    const shared = screen.getByRole('region', { name: 'What the employer can see' });
    expect(await within(shared).findByText('The name shown: Sunflower')).toBeInTheDocument();
    expect(within(shared).getByText('Skills')).toBeInTheDocument();
    expect(within(shared).getByText('Full legal name')).toBeInTheDocument();
    expect(within(shared).queryByText('Contact details')).not.toBeInTheDocument();
    expect(within(shared).getByRole('link', { name: 'Stop sharing on the Sharing page' })).toHaveAttribute('href', '/survivor/sharing');
    expect(screen.queryByRole('region', { name: 'Share with the employer' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'What has happened' })).getByText(/by your caseworker/)).toBeInTheDocument();
  });

  it('withdraws only after confirming', async () => {
    const withdrawn = application({ status: 'withdrawn' });
    const { requests } = await openApplication([{ method: 'POST', path: `${APPLICATION_PATH}/withdraw`, body: withdrawn }]);
    await userEvent.click(screen.getByRole('button', { name: 'Withdraw' }));
    const dialog = await screen.findByRole('dialog', { name: 'Withdraw this application?' });
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yes, withdraw' }));

    expect(await screen.findByText('You withdrew this application.')).toBeInTheDocument();
    expect(await bodyOf(requests, 'POST', `${APPLICATION_PATH}/withdraw`)).toEqual({ note: null });
  });
});
