import { APPLICATION_TRANSITIONS, ApplicationStatus } from '@onward/shared';

/** Where an application stands, as said in "This application is …". */
const STANDING: Record<ApplicationStatus, string> = {
  submitted: 'submitted',
  shared: 'shared',
  interview: 'at interview',
  offer: 'at offer',
  hired: 'hired',
  declined: 'declined',
  withdrawn: 'withdrawn',
};

/** What a move to a status does, as said in "… so it cannot be …". */
const MOVE: Record<ApplicationStatus, string> = {
  submitted: 'submitted again',
  shared: 'shared',
  interview: 'moved to interview',
  offer: 'offered',
  hired: 'hired',
  declined: 'declined',
  withdrawn: 'withdrawn',
};

/** Null when `from → to` is allowed; otherwise why not, naming where the application stands. */
export function transitionRefusal(from: ApplicationStatus, to: ApplicationStatus): string | null {
  return APPLICATION_TRANSITIONS[from].includes(to) ? null : `This application is ${STANDING[from]}, so it cannot be ${MOVE[to]}.`;
}
