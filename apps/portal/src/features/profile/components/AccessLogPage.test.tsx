import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderApp } from '../../../test/render';
import { ACCESS_LOG_PATH, accessEntry, baseRoutes, notFound } from '../testFixtures';

async function openLog() {
  renderApp('/survivor/privacy');
  expect(await screen.findByRole('heading', { level: 1, name: 'Who has seen my information' })).toBeInTheDocument();
}

describe('AccessLogPage', () => {
  it('lists who did what and when, in words', async () => {
    mockApi([
      ...baseRoutes,
      {
        path: ACCESS_LOG_PATH,
        body: [
          accessEntry({ action: 'application.view', actorRole: 'employer', actorName: 'Jo', organisationName: 'Green Valley Foods', occurredAt: '2026-03-05T09:30:00.000Z' }),
          accessEntry(),
          accessEntry({ action: 'survivor.candidate' }),
          accessEntry({ action: 'placement.view', actorRole: 'admin', actorName: null, organisationName: null }),
          accessEntry({ action: 'survivor.export' }),
        ],
      },
    ]);
    await openLog();
    expect(screen.getByText(/Onward records every time someone else opens or changes your information/)).toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: 'Times someone opened or changed your information' })).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items[0]).toHaveTextContent('Saw what you shared with them');
    expect(items[0]).toHaveTextContent('Jo · Employer · Green Valley Foods');
    expect(within(items[0]).getByText((_, element) => element?.tagName === 'TIME')).toHaveAttribute('dateTime', '2026-03-05T09:30:00.000Z');
    expect(within(items[0]).getByText(/2026/)).toBeInTheDocument();
    expect(items[1]).toHaveTextContent('Opened your record');
    expect(items[1]).toHaveTextContent('Casey · Caseworker · Harbour Services');
    expect(items[2]).toHaveTextContent('Saw your profile among people who could fit a job');
    expect(items[3]).toHaveTextContent('Looked at or changed your record');
    expect(items[3]).toHaveTextContent('Someone at Onward · Onward administrator');
    expect(items[4]).toHaveTextContent('Downloaded a copy of your information');
  });

  it('says so when nobody else has opened anything', async () => {
    mockApi([...baseRoutes, { path: ACCESS_LOG_PATH, body: [] }]);
    await openLog();
    expect(screen.getByText('Nobody else has opened your information yet.')).toBeInTheDocument();
  });

  it('says calmly when there is no profile yet', async () => {
    mockApi([...baseRoutes, { path: ACCESS_LOG_PATH, status: 404, body: notFound }]);
    await openLog();
    expect(screen.getByText(/Your caseworker has not set up your profile yet\./)).toBeInTheDocument();
  });
});
