/** Why the sign-in page was shown, passed in router state (never in the URL). */
export const SIGN_IN_NOTICES = ['session_expired', 'signed_out', 'sign_out_failed'] as const;
export type SignInNotice = (typeof SIGN_IN_NOTICES)[number];

export function readSignInNotice(state: unknown): SignInNotice | null {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return SIGN_IN_NOTICES.find((known) => known === notice) ?? null;
}
