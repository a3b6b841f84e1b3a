import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderApp } from '../../../test/render';
import { GRANT_ID, survivorRoutes } from '../testFixtures';

const PAGE = `/survivor/opportunities/grants/${GRANT_ID}`;
const fact = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling;

describe('GrantDetailPage', () => {
  it('says how much, who can apply, what is needed and until when', async () => {
    mockApi(survivorRoutes);
    renderApp(PAGE);

    expect(await screen.findByRole('heading', { level: 1, name: 'Start-up grant for market stalls' })).toHaveFocus();
    expect(screen.getByText('Offered by Northern Fund')).toBeInTheDocument();
    expect(fact('How much')).toHaveTextContent('£500.00 to £2,000.00');
    expect(fact('Apply by')).toHaveTextContent('Sep 1, 2030');
    expect(fact('Area of work')).toHaveTextContent('Any sector');
    expect(fact('Region')).toHaveTextContent('Any region');
    expect(screen.getByRole('region', { name: 'Who can apply' })).toHaveTextContent('Anyone starting a small business in the north.');
    const documents = within(screen.getByRole('region', { name: 'What you need' })).getAllByRole('listitem');
    expect(documents.map((item) => item.textContent)).toEqual(['A short plan of what you will sell', 'A bank account in your name']);
    expect(screen.queryByRole('button', { name: /Report a concern/ })).not.toBeInTheDocument();
  });

  it('treats a closed grant, or a link that is not a grant at all, as no longer available', async () => {
    mockApi([
      ...survivorRoutes,
      {
        path: '/api/v1/opportunities/grants/not-a-real-id',
        status: 400,
        body: { statusCode: 400, code: 'validation_failed', message: 'Invalid', fields: { id: ['id must be a UUID'] } },
      },
    ]);
    renderApp('/survivor/opportunities/grants/not-a-real-id');
    expect(await screen.findByRole('heading', { level: 1, name: 'This opportunity is no longer available' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See other work and grants' })).toBeInTheDocument();
  });
});
