import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest, Me } from '../../../api/types';
import { authKeys, signIn } from '../api/authApi';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginRequest) => signIn(credentials),
    onSuccess: (me: Me) => {
      // Whatever an earlier user of this browser loaded must not show to this one.
      queryClient.clear();
      queryClient.setQueryData(authKeys.me, me);
    },
  });
}
