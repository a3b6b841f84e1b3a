import { useMutation, useQueryClient } from '@tanstack/react-query';
import { changePassword, confirmPasswordReset, requestPasswordReset } from '../api/passwordApi';
import type { ChangePasswordRequest, PasswordResetConfirmRequest, PasswordResetRequest } from '../api/types';

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: (request: PasswordResetRequest) => requestPasswordReset(request) });
}

export function useConfirmPasswordReset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: PasswordResetConfirmRequest) => confirmPasswordReset(request),
    // Every session of the account has ended, this browser's too if it was signed in to it:
    // nothing loaded under that session may show again.
    onSuccess: () => queryClient.clear(),
  });
}

export function useChangePassword() {
  return useMutation({ mutationFn: (request: ChangePasswordRequest) => changePassword(request) });
}
