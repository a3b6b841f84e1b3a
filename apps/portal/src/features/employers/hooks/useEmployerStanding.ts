import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RegisterEmployerRequest } from '../../../api/types';
import { authKeys } from '../../auth/api/authApi';
import { employerKeys, fetchEmployerStanding, registerEmployer } from '../api/employersApi';

export function useEmployerStanding({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: employerKeys.standing, queryFn: fetchEmployerStanding, enabled });
}

export function useRegisterEmployer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: RegisterEmployerRequest) => registerEmployer(request),
    onSuccess: (me) => {
      // A new session: nothing an earlier user of this browser loaded may show to this one.
      queryClient.clear();
      queryClient.setQueryData(authKeys.me, me);
    },
  });
}
