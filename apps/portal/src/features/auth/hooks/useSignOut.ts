import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { signOut } from '../api/authApi';
import type { SignInNotice } from '../signInNotice';

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: signOut,
    onSettled: (_data, error) => {
      queryClient.clear();
      const notice: SignInNotice = error ? 'sign_out_failed' : 'signed_out';
      void navigate('/sign-in', { replace: true, state: { notice } });
    },
  });
}
