import { APPLICATION_STATUSES, APPLICATION_TRANSITIONS } from '@onward/shared';
import { transitionRefusal } from './application-transitions';

describe('transitionRefusal', () => {
  it('allows exactly the moves in APPLICATION_TRANSITIONS', () => {
    for (const from of APPLICATION_STATUSES) {
      for (const to of APPLICATION_STATUSES) {
        expect({ from, to, allowed: transitionRefusal(from, to) === null }).toEqual({ from, to, allowed: APPLICATION_TRANSITIONS[from].includes(to) });
      }
    }
  });

  it('names the current state and the refused move', () => {
    expect(transitionRefusal('withdrawn', 'hired')).toBe('This application is withdrawn, so it cannot be hired.');
    expect(transitionRefusal('submitted', 'interview')).toBe('This application is submitted, so it cannot be moved to interview.');
    expect(transitionRefusal('offer', 'shared')).toBe('This application is at offer, so it cannot be shared.');
  });
});
