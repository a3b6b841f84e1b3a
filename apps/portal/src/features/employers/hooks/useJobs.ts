import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Job, SaveJobRequest } from '../../../api/types';
import { employerKeys } from '../api/employersApi';
import { closeJob, createJob, fetchJob, fetchJobs, jobKeys, publishJob, updateJob } from '../api/jobsApi';

export function useJobs({ employerId, enabled = true }: { employerId?: string; enabled?: boolean } = {}) {
  return useQuery({ queryKey: jobKeys.list(employerId), queryFn: () => fetchJobs(employerId), enabled });
}

export function useJob(id: string) {
  return useQuery({ queryKey: jobKeys.detail(id), queryFn: () => fetchJob(id) });
}

/** After any change the lists are stale; the changed job is known exactly. */
function useJobChanged() {
  const queryClient = useQueryClient();
  return (job: Job) => {
    queryClient.setQueryData(jobKeys.detail(job.id), job);
    void queryClient.invalidateQueries({ queryKey: jobKeys.lists });
  };
}

export function useCreateJob() {
  const changed = useJobChanged();
  return useMutation({ mutationFn: (request: SaveJobRequest) => createJob(request), onSuccess: changed });
}

export function useUpdateJob(id: string) {
  const changed = useJobChanged();
  return useMutation({ mutationFn: (request: SaveJobRequest) => updateJob(id, request), onSuccess: changed });
}

export function usePublishJob(id: string) {
  const queryClient = useQueryClient();
  const changed = useJobChanged();
  return useMutation({
    mutationFn: () => publishJob(id),
    onSuccess: changed,
    // Refused because of the organisation's standing: what this page shows about it may be old.
    onError: () => void queryClient.invalidateQueries({ queryKey: employerKeys.standing }),
  });
}

export function useCloseJob(id: string) {
  const changed = useJobChanged();
  return useMutation({ mutationFn: () => closeJob(id), onSuccess: changed });
}
