import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderApp, type MockRoute } from '../../../test/render';
import { NEUTRAL_URL } from '../../safety';
import { ALARM_PATH, countOf, myCheckIns, survivorBase } from '../testFixtures';

const received: MockRoute = { method: 'POST', path: ALARM_PATH, status: 202, body: { received: true } };

async function openHome(routes: MockRoute[] = [received]) {
  const api = mockApi([...survivorBase, myCheckIns([]), ...routes]);
  const view = renderApp('/survivor');
  await screen.findByRole('heading', { level: 1, name: 'Survivor home' });
  return { ...api, ...view };
}

describe('AlarmButton ("I don\'t feel safe")', () => {
  it('sends the alarm at once, one request per tap, and says calmly what happens next', async () => {
    const { requests } = await openHome();
    const button = screen.getByRole('button', { name: "I don't feel safe" });
    await userEvent.click(button);

    const dialog = await screen.findByRole('dialog', { name: "We've let your caseworker know" });
    expect(dialog).toHaveTextContent('They will contact you soon. If you are in danger right now, call the emergency number.');
    expect(dialog).toHaveTextContent('You can keep using the app, or leave now with Quick exit.');
    await waitFor(() => expect(within(dialog).getByText(/They will contact you soon/).parentElement).toHaveFocus());
    expect(countOf(requests, 'POST', ALARM_PATH)).toBe(1);
    // No body, and the CSRF token like every change.
    const alarm = requests.find((request) => request.method === 'POST' && request.url.endsWith(ALARM_PATH));
    expect(alarm?.headers.get('X-CSRF-Token')).toBe('csrf-1');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep using the app' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(button).toHaveFocus());

    await userEvent.click(button);
    expect(await screen.findByRole('dialog', { name: "We've let your caseworker know" })).toBeInTheDocument();
    expect(countOf(requests, 'POST', ALARM_PATH)).toBe(2);
  });

  it('offers Quick exit inside the dialog, where the header button is out of reach', async () => {
    const { replaceLocation } = await openHome();
    await userEvent.click(screen.getByRole('button', { name: "I don't feel safe" }));
    const dialog = await screen.findByRole('dialog', { name: "We've let your caseworker know" });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Quick exit' }));
    expect(replaceLocation).toHaveBeenCalledExactlyOnceWith(NEUTRAL_URL);
  });

  it('says plainly when it could not be sent, and sends on "Try again"', async () => {
    // No route for the alarm: the request fails as if offline.
    const { requests } = await openHome([]);
    await userEvent.click(screen.getByRole('button', { name: "I don't feel safe" }));

    const failed = await screen.findByRole('dialog', { name: 'This did not send' });
    expect(failed).toHaveTextContent('Check your internet connection and try again.');
    expect(failed).toHaveTextContent('If you are in danger right now, call the emergency number.');
    expect(countOf(requests, 'POST', ALARM_PATH)).toBe(1);

    const back = mockApi([...survivorBase, myCheckIns([]), received]);
    await userEvent.click(within(failed).getByRole('button', { name: 'Try again' }));
    const sent = await screen.findByRole('dialog', { name: "We've let your caseworker know" });
    await waitFor(() => expect(within(sent).getByText(/They will contact you soon/).parentElement).toHaveFocus());
    expect(countOf(back.requests, 'POST', ALARM_PATH)).toBe(1);
  });

  it('says something went wrong when the server refuses, without blaming the connection', async () => {
    await openHome([{ method: 'POST', path: ALARM_PATH, status: 500, body: { statusCode: 500, code: 'internal_error', message: 'Internal error', errorId: 'e1' } }]);
    await userEvent.click(screen.getByRole('button', { name: "I don't feel safe" }));
    const failed = await screen.findByRole('dialog', { name: 'This did not send' });
    expect(failed).toHaveTextContent('Something went wrong. Please try again.');
    expect(failed).not.toHaveTextContent('internet connection');
    await userEvent.click(within(failed).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
