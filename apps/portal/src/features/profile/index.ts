/** What other features use from this one. */
export { MatchExplanations, useExplanationText, type MatchExplanationsProps } from './components/MatchExplanations';
export { ConsentFieldsPicker, type ConsentFieldsPickerProps } from './components/ConsentFieldsPicker';
export { FitBadge, fitOf } from './components/FitBadge';
export { useGrantConsent, useConsents } from './hooks/useConsents';
export { PROFILE_PATHS } from './navigation';
export type { Consent, Explanation, GrantConsentRequest, GrantedConsent, Match } from './api/types';
