/** Where this feature's pages live. */
export const EMPLOYER_PATHS = {
  register: '/employers/register',
  organisation: '/employer/organisation',
  jobs: '/employer/jobs',
  newJob: '/employer/jobs/new',
  job: (id: string) => `/employer/jobs/${id}`,
} as const;
