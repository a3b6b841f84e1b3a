import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReportConcernRequest } from '../../../api/types';
import { opportunityKeys, reportConcern } from '../api/opportunitiesApi';

export function useReportConcern(employerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ReportConcernRequest) => reportConcern(employerId, request),
    // A serious concern takes the employer's jobs out of search at once: do not keep showing them.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: opportunityKeys.searches }),
  });
}
