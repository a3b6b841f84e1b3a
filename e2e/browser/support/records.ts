import type { APIRequest, APIRequestContext } from '@playwright/test';
import { authFile, BASE_URL, type Role } from './env';
import { expect } from './fixtures';

/** Demo records (apps/api/src/seed/demo-data.ts) whose pages the specs open by their id. */
export const DEMO_RECORDS = {
  /** Vetted, with published jobs and a draft. */
  employer: 'Green Valley Foods',
  /** Waiting for vetting, with no jobs. */
  pendingEmployer: 'Northside Cleaning Services',
  /** Green Valley Foods' draft. */
  draftJob: 'Bakery assistant',
  /** Published, with training, support, preferred skills and two languages. */
  publishedJob: 'Café and counter staff',
  /** Open, with a list of documents to include. */
  grant: 'Small food business start-up grant',
  funder: 'Open Door Microfinance Fund',
} as const;

export interface DemoIds {
  employer: string;
  pendingEmployer: string;
  draftJob: string;
  publishedJob: string;
  grant: string;
}

/** Runs `work` with an API client signed in as the demo `role` (state saved by auth.setup.ts). */
export async function asDemoUser<T>(requests: APIRequest, role: Role, work: (request: APIRequestContext) => Promise<T>): Promise<T> {
  const request = await requests.newContext({ baseURL: BASE_URL, storageState: authFile(role) });
  try {
    return await work(request);
  } finally {
    await request.dispose();
  }
}

async function getJson<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path);
  expect(response.status(), `GET ${path}: ${await response.text()}`).toBe(200);
  return (await response.json()) as T;
}

function idOf<T extends { id: string }>(items: T[], what: string, matches: (item: T) => boolean): string {
  const found = items.find(matches);
  if (!found) throw new Error(`The demo data has no ${what}`);
  return found.id;
}

/** Looks the demo records up through the API, as the people who can see them. */
export async function readDemoIds(requests: APIRequest): Promise<DemoIds> {
  const staff = await asDemoUser(requests, 'caseworker', async (request) => {
    const employers = await getJson<{ id: string; name: string }[]>(request, '/api/v1/employers');
    const programmes = await getJson<{ id: string; title: string }[]>(request, '/api/v1/grant-programmes');
    const jobs = await getJson<{ id: string; title: string }[]>(request, '/api/v1/jobs');
    return {
      employer: idOf(employers, DEMO_RECORDS.employer, (employer) => employer.name === DEMO_RECORDS.employer),
      pendingEmployer: idOf(employers, DEMO_RECORDS.pendingEmployer, (employer) => employer.name === DEMO_RECORDS.pendingEmployer),
      grant: idOf(programmes, DEMO_RECORDS.grant, (programme) => programme.title === DEMO_RECORDS.grant),
      jobs,
    };
  });
  return {
    employer: staff.employer,
    pendingEmployer: staff.pendingEmployer,
    grant: staff.grant,
    draftJob: idOf(staff.jobs, DEMO_RECORDS.draftJob, (job) => job.title === DEMO_RECORDS.draftJob),
    publishedJob: idOf(staff.jobs, DEMO_RECORDS.publishedJob, (job) => job.title === DEMO_RECORDS.publishedJob),
  };
}

/**
 * Reports a concern about the pending demo employer as the demo survivor, so the concerns page
 * has one to show. The category is not a forced-labour indicator: nothing is put on hold.
 */
export async function reportConcernAboutPendingEmployer(requests: APIRequest, pendingEmployerId: string): Promise<void> {
  await asDemoUser(requests, 'survivor', async (request) => {
    const { token } = await getJson<{ token: string }>(request, '/api/v1/auth/csrf');
    const reported = await request.post(`/api/v1/employers/${pendingEmployerId}/concerns`, {
      headers: { 'X-CSRF-Token': token },
      data: { category: 'other', details: 'The advert asked people to pay a deposit for their uniform.' },
    });
    expect(reported.status(), await reported.text()).toBe(202);
  });
}
