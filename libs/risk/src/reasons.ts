import { SignalType } from '@onward/shared';

/**
 * What each signal means, in English a caseworker can read in an email or a log. The portal
 * translates reasons by their type; this text is the API's own wording and the fallback.
 */
export const SIGNAL_TEXT: Record<SignalType, string> = {
  alarm: 'Pressed "I don\'t feel safe"',
  past_contact: 'Reported contact from someone from the past',
  unsafe_at_work: 'Does not feel safe at work',
  not_paid: 'Not paid as promised',
  hours_not_as_promised: 'Hours not as promised',
  housing_unstable: 'Housing not stable',
  check_in_missed: 'Missed a check-in',
  placement_ended: 'A job ended',
  placement_ended_unsafe: 'Left a job because it was unsafe',
  placement_ended_employer_suspended: 'Job ended: the employer was suspended',
  employer_suspended: 'Employer suspended',
  employer_reported: 'Employer reported for forced-labour concerns',
  grant_milestone_missed: 'Missed a grant milestone',
  no_placement: 'No work since a job ended',
};

/** The reason's text, with how often it happened when more than once: "Missed a check-in (2 times)". */
export function reasonText(type: SignalType, count: number): string {
  return count > 1 ? `${SIGNAL_TEXT[type]} (${count} times)` : SIGNAL_TEXT[type];
}
