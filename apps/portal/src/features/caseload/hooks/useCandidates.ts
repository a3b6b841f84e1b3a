import { useQuery } from '@tanstack/react-query';
import { caseloadKeys, fetchCandidates, fetchPublishedJobs } from '../api/caseloadApi';

export function usePublishedJobs() {
  return useQuery({ queryKey: caseloadKeys.publishedJobs, queryFn: fetchPublishedJobs });
}

export function useCandidates(jobId: string) {
  return useQuery({ queryKey: caseloadKeys.candidatesFor(jobId), queryFn: () => fetchCandidates(jobId) });
}
