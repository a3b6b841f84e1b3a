/** What other features use from this one. */
export { CheckInAnswerForm, type CheckInAnswerFormProps, type CheckInVoice } from './components/CheckInAnswerForm';
export { AlarmButton } from './components/AlarmButton';
export { CheckInsWaitingNotice } from './components/CheckInsWaitingNotice';
export { checkInKeys } from './api/checkInsApi';
export { CHECK_IN_PATHS } from './navigation';
export type { CheckIn, CheckInStatus } from './api/types';
