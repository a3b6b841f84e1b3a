import { Button } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../app/AppProviders';
import { createQueryClient } from '../../app/queryClient';
import { QuickExitButton } from './components/QuickExitButton';
import { createPressSequence, NEUTRAL_URL } from './quickExit';

function CachedThing() {
  const { data } = useQuery({ queryKey: ['private'], queryFn: () => 'private note' });
  return <p>{data}</p>;
}

function renderWithQuickExit() {
  const queryClient = createQueryClient();
  const replace = vi.fn<(url: string) => void>();
  render(
    <AppProviders queryClient={queryClient} replaceLocation={replace}>
      <QuickExitButton />
      <CachedThing />
      <Button>Something else</Button>
    </AppProviders>,
  );
  return { queryClient, replace };
}

const pressEscape = () => fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' });

describe('createPressSequence', () => {
  it('fires on the third press within the window, then starts again', () => {
    const sequence = createPressSequence(3, 2000);
    expect([0, 500, 1999].map((time) => sequence.press(time))).toEqual([false, false, true]);
    expect([2100, 2200].map((time) => sequence.press(time))).toEqual([false, false]);
  });

  it('forgets presses older than the window', () => {
    const sequence = createPressSequence(3, 2000);
    expect([0, 1000, 2000, 2500].map((time) => sequence.press(time))).toEqual([false, false, false, true]);
  });
});

describe('quick exit', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('leaves for the neutral site when Escape is pressed three times, forgetting what was loaded', async () => {
    const { queryClient, replace } = renderWithQuickExit();
    expect(await screen.findByText('private note')).toBeInTheDocument();
    window.sessionStorage.setItem('draft', 'something private');

    pressEscape();
    pressEscape();
    expect(replace).not.toHaveBeenCalled();
    pressEscape();

    expect(replace).toHaveBeenCalledExactlyOnceWith(NEUTRAL_URL);
    expect(NEUTRAL_URL).toBe('https://www.bbc.co.uk/weather');
    expect(queryClient.getQueryData(['private'])).toBeUndefined();
    expect(window.sessionStorage.getItem('draft')).toBeNull();
    expect(document.documentElement.style.visibility).toBe('hidden');
  });

  it('counts Escape even while focus is in a field or button', async () => {
    const { replace } = renderWithQuickExit();
    screen.getByRole('button', { name: 'Something else' }).focus();
    await userEvent.keyboard('{Escape}{Escape}{Escape}');
    expect(replace).toHaveBeenCalledWith(NEUTRAL_URL);
  });

  it('does not leave when the presses are spread over more than two seconds', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { replace } = renderWithQuickExit();
    pressEscape();
    vi.advanceTimersByTime(1200);
    pressEscape();
    vi.advanceTimersByTime(1200);
    pressEscape();
    expect(replace).not.toHaveBeenCalled();
  });

  it('ignores other keys', () => {
    const { replace } = renderWithQuickExit();
    for (const key of ['Enter', 'Escape', 'a', 'Escape']) fireEvent.keyDown(document.body, { key });
    expect(replace).not.toHaveBeenCalled();
  });

  it('has a visible button that says how to use the shortcut', async () => {
    const { replace } = renderWithQuickExit();
    const button = screen.getByRole('button', { name: 'Quick exit' });
    expect(button).toHaveAccessibleDescription('or press Esc 3 times');
    await userEvent.click(button);
    expect(replace).toHaveBeenCalledExactlyOnceWith(NEUTRAL_URL);
  });
});
