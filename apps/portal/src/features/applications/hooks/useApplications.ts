import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isNotFound } from '../applicationErrors';
import {
  applicationKeys,
  createApplication,
  fetchApplication,
  fetchApplications,
  fetchConsents,
  fetchEmployerApplication,
  fetchEmployerApplications,
  fetchPublishedJobs,
  hire,
  placementKeys,
  shareApplication,
  takeEmployerStep,
  takePersonStep,
  type EmployerStep,
  type PersonStep,
} from '../api/applicationsApi';
import type {
  Application,
  ApplicationListQuery,
  ApplicationNoteRequest,
  CreateApplicationRequest,
  EmployerApplication,
  HireRequest,
  ShareApplicationRequest,
} from '../api/types';

/**
 * A caseworker's or employer's read of an application is recorded and shown to the person ("who
 * viewed my data"), so it is read when the page opens, not again behind their back (window
 * focus); and it leaves memory with the page, so the next visit asks the API again and a
 * consent withdrawn meanwhile takes effect.
 */
const RECORDED_READ = { staleTime: Infinity, gcTime: 0, refetchOnWindowFocus: false } as const;

export function useApplicationList(query: ApplicationListQuery, { recorded = false }: { recorded?: boolean } = {}) {
  return useQuery({
    queryKey: applicationKeys.list(query),
    queryFn: ({ signal }) => fetchApplications(query, signal),
    // The last page stays on screen while the next loads, so the table does not jump.
    placeholderData: keepPreviousData,
    refetchOnWindowFocus: !recorded,
  });
}

export function useEmployerApplicationList(query: ApplicationListQuery) {
  return useQuery({
    queryKey: applicationKeys.list(query),
    queryFn: ({ signal }) => fetchEmployerApplications(query, signal),
    placeholderData: keepPreviousData,
    refetchOnWindowFocus: false,
  });
}

export function useApplication(id: string, { recorded = false }: { recorded?: boolean } = {}) {
  return useQuery({ queryKey: applicationKeys.detail(id), queryFn: () => fetchApplication(id), ...(recorded && RECORDED_READ) });
}

export function useEmployerApplication(id: string) {
  return useQuery({ queryKey: applicationKeys.detail(id), queryFn: () => fetchEmployerApplication(id), ...RECORDED_READ });
}

/** What the person has agreed to share with employers: `me`, or one person a caseworker serves. */
export function useApplicationConsents(survivorId: string | 'me', { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: applicationKeys.consents(survivorId), queryFn: () => fetchConsents(survivorId), enabled });
}

/** After a step, the application is known exactly; lists (and placements, after a hire) are stale. */
function useApplicationChanged() {
  const queryClient = useQueryClient();
  return (application: Application | EmployerApplication) => {
    queryClient.setQueryData(applicationKeys.detail(application.id), application);
    void queryClient.invalidateQueries({ queryKey: applicationKeys.lists });
    if (application.status === 'hired') void queryClient.invalidateQueries({ queryKey: placementKeys.all });
  };
}

export function useCreateApplication() {
  const changed = useApplicationChanged();
  return useMutation({ mutationFn: (request: CreateApplicationRequest) => createApplication(request), onSuccess: changed });
}

export function useShareApplication(id: string, survivorId: string | 'me') {
  const queryClient = useQueryClient();
  const changed = useApplicationChanged();
  return useMutation({
    mutationFn: (request: ShareApplicationRequest) => shareApplication(id, request),
    onSuccess: (application) => {
      changed(application);
      void queryClient.invalidateQueries({ queryKey: applicationKeys.consents(survivorId) });
    },
  });
}

export function usePersonStep(id: string, step: PersonStep) {
  const changed = useApplicationChanged();
  return useMutation({ mutationFn: (request: ApplicationNoteRequest) => takePersonStep(id, step, request), onSuccess: changed });
}

/** The person stopped sharing while the employer had the page open: read it again, to say so. */
function useGoneFromEmployer(id: string) {
  const queryClient = useQueryClient();
  return (error: Error) => {
    if (isNotFound(error)) void queryClient.invalidateQueries({ queryKey: applicationKeys.detail(id) });
  };
}

export function useEmployerStep(id: string, step: EmployerStep) {
  const changed = useApplicationChanged();
  const gone = useGoneFromEmployer(id);
  return useMutation({ mutationFn: (request: ApplicationNoteRequest) => takeEmployerStep(id, step, request), onSuccess: changed, onError: gone });
}

export function useHire(id: string) {
  const changed = useApplicationChanged();
  const gone = useGoneFromEmployer(id);
  return useMutation({ mutationFn: (request: HireRequest) => hire(id, request), onSuccess: changed, onError: gone });
}

export function usePublishedJobs() {
  return useQuery({ queryKey: applicationKeys.jobChoices, queryFn: fetchPublishedJobs, staleTime: 60_000 });
}
