import type { ParseKeys } from 'i18next';

/** The actions the person may see in their access log, in words; anything else reads as "other". */
const ACTION_KEYS: Record<string, ParseKeys> = {
  'survivor.view': 'profile.privacy.actions.survivor.view',
  'survivor.update': 'profile.privacy.actions.survivor.update',
  'survivor.create': 'profile.privacy.actions.survivor.create',
  'survivor.matches': 'profile.privacy.actions.survivor.matches',
  'survivor.candidate': 'profile.privacy.actions.survivor.candidate',
  'survivor.export': 'profile.privacy.actions.survivor.export',
  'consent.grant': 'profile.privacy.actions.consent.grant',
  'consent.revoke': 'profile.privacy.actions.consent.revoke',
  'application.view': 'profile.privacy.actions.application.view',
};

export function actionKey(action: string): ParseKeys {
  return Object.hasOwn(ACTION_KEYS, action) ? ACTION_KEYS[action] : 'profile.privacy.actions.other';
}
