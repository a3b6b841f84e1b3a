import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { onSessionEnded } from '../../../api/client';
import { SIGN_IN_PATH } from '../../shell/navigation';
import { authKeys } from '../api/authApi';
import type { SignInNotice } from '../signInNotice';

/** When the API says the session is gone while someone was signed in, forget it and ask them to sign in. */
export function SessionExpiryWatcher() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  useEffect(
    () =>
      onSessionEnded(() => {
        if (!queryClient.getQueryData(authKeys.me)) return; // not signed in: nothing expired
        queryClient.clear();
        const notice: SignInNotice = 'session_expired';
        void navigate(SIGN_IN_PATH, { replace: true, state: { notice } });
      }),
    [queryClient, navigate],
  );
  return null;
}
