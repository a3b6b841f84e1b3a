import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { ConsentField } from '@onward/shared';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../../app/AppProviders';
import { createQueryClient } from '../../../app/queryClient';
import { mockApi, renderApp, type MockRoute } from '../../../test/render';
import { baseRoutes, consent, CONSENT_ID, CONSENTS_PATH, notFound } from '../testFixtures';
import { ConsentFieldsPicker } from './ConsentFieldsPicker';

const REVOKE_PATH = `${CONSENTS_PATH}/${CONSENT_ID}/revoke`;
const ended = consent({
  id: '00000000-0000-4000-8000-00000000f002',
  employerName: 'Riverside Cleaning',
  applicationId: '00000000-0000-4000-8000-00000000a001',
  fields: [],
  expiresAt: '2026-01-31T10:00:00.000Z',
  state: 'expired',
});

async function openSharing() {
  renderApp('/survivor/sharing');
  expect(await screen.findByRole('heading', { level: 1, name: 'Sharing' })).toBeInTheDocument();
}

describe('SharingPage', () => {
  it('lists what each employer can see, and until when', async () => {
    mockApi([...baseRoutes, { path: CONSENTS_PATH, body: [consent(), ended] }]);
    await openSharing();
    const now = within(screen.getByRole('list', { name: 'Employers you share with' }));
    const card = within(now.getByRole('article', { name: 'Green Valley Foods' }));
    expect(within(card.getByRole('list', { name: 'What they can see' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Your name shown to others',
      'Skills',
      'Contact details',
    ]);
    expect(card.getByText('For all your applications to this employer')).toBeInTheDocument();
    expect(card.getByText(/^Until .*2030$/)).toBeInTheDocument();
    expect(card.getByText('Stopping works straight away.')).toBeInTheDocument();

    const before = within(within(screen.getByRole('list', { name: 'Employers you shared with before' })).getByRole('article', { name: 'Riverside Cleaning' }));
    expect(before.getByText('Ended')).toBeInTheDocument();
    expect(before.getByText('For one application')).toBeInTheDocument();
    expect(before.queryByRole('button', { name: 'Stop sharing' })).not.toBeInTheDocument();
  });

  it('asks, then stops sharing at once and shows the list again', async () => {
    const routes: MockRoute[] = [...baseRoutes, { path: CONSENTS_PATH, body: [consent()] }];
    const revoked = consent({ state: 'revoked', revokedAt: '2026-03-04T09:00:00.000Z' });
    const { requests } = mockApi([...routes, { method: 'POST', path: REVOKE_PATH, body: revoked }]);
    await openSharing();
    await userEvent.click(screen.getByRole('button', { name: 'Stop sharing' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Stop sharing with Green Valley Foods?' }));
    expect(dialog.getByText('Green Valley Foods will no longer see your details. This works straight away.')).toBeInTheDocument();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    // From here the API has the consent as revoked: the list shown next must come from a refetch.
    const { requests: after } = mockApi([...routes, { path: CONSENTS_PATH, body: [revoked] }, { method: 'POST', path: REVOKE_PATH, body: revoked }]);
    await userEvent.click(dialog.getByRole('button', { name: 'Stop sharing' }));

    expect(await screen.findByRole('status')).toHaveTextContent('You stopped sharing with Green Valley Foods.');
    expect(after.filter((request) => request.method === 'POST').map((request) => new URL(request.url).pathname)).toEqual([REVOKE_PATH]);
    const card = within(await screen.findByRole('article', { name: 'Green Valley Foods' }));
    expect(card.getByText('Stopped')).toBeInTheDocument();
    expect(card.getByText(/^You stopped it on /)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Stop sharing' })).not.toBeInTheDocument();
  });

  it('says what sharing is when there is none', async () => {
    mockApi([...baseRoutes, { path: CONSENTS_PATH, body: [] }]);
    await openSharing();
    expect(screen.getByText(/You are not sharing anything with an employer\./)).toBeInTheDocument();
  });

  it('says calmly when there is no profile yet', async () => {
    mockApi([...baseRoutes, { path: CONSENTS_PATH, status: 404, body: notFound }]);
    await openSharing();
    expect(screen.getByText(/Your caseworker has not set up your profile yet\./)).toBeInTheDocument();
  });
});

describe('ConsentFieldsPicker', () => {
  function Picker({ onChange }: { onChange: (fields: ConsentField[]) => void }) {
    const [value, setValue] = useState<ConsentField[]>([]);
    return (
      <ConsentFieldsPicker
        value={value}
        onChange={(fields) => {
          setValue(fields);
          onChange(fields);
        }}
      />
    );
  }

  it('offers the four fields with plain explanations, none ticked, in a fieldset', async () => {
    const onChange = vi.fn();
    render(
      <AppProviders queryClient={createQueryClient()}>
        <Picker onChange={onChange} />
      </AppProviders>,
    );
    const group = within(screen.getByRole('group', { name: 'What to share' }));
    expect(screen.getByRole('group', { name: 'What to share' })).toHaveAccessibleDescription('Your name shown to others is always shared.');
    expect(group.getAllByRole('checkbox').map((box) => [box.getAttribute('aria-label') ?? (box as HTMLInputElement).labels?.[0]?.textContent, (box as HTMLInputElement).checked])).toEqual([
      ['Skills', false],
      ['Languages', false],
      ['Contact details', false],
      ['Full legal name', false],
    ]);
    expect(group.getByRole('checkbox', { name: 'Contact details' })).toHaveAccessibleDescription('Your phone number and email, so the employer can contact you.');

    await userEvent.click(group.getByRole('checkbox', { name: 'Contact details' }));
    await userEvent.click(group.getByRole('checkbox', { name: 'Skills' }));
    expect(onChange).toHaveBeenLastCalledWith(['skills', 'contact']);
  });
});
