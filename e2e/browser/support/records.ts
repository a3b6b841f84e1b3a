import type { APIRequest, APIRequestContext } from '@playwright/test';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { authFile, BASE_URL, DATA_DIR, type Role } from './env';
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
  /** The demo survivor account's profile (survivor@example.org), supported by the demo caseworker. */
  survivor: 'Sam',
  /**
   * Missed a check-in (apps/api/src/seed/demo-follow-up.ts): a Medium follow-up, overdue and
   * escalated, that nothing in the suite acts on. Works as an office cleaner now.
   */
  followUpSurvivor: 'River',
  followUpSurvivorJob: 'Office cleaner (early mornings)',
} as const;

/**
 * What the demo people do through the API (prepareApplications) so that the pages about
 * applications, placements and grant applications show what a person would find there.
 */
export const PREPARED_RECORDS = {
  /** Sam applies, shares skills and languages, and the employer has not answered yet. */
  sharedJob: 'Warehouse packer',
  /** Sam applies, shares skills, and Green Valley Foods hires them: a current placement. */
  hiredJob: 'Kitchen assistant',
  /** Sam applies; the caseworker has not started the review. (Not DEMO_RECORDS.grant: its page keeps its Apply button.) */
  grant: 'Tools and equipment grant for trades',
} as const;

export interface DemoIds {
  employer: string;
  pendingEmployer: string;
  draftJob: string;
  publishedJob: string;
  grant: string;
  /** River's profile. */
  followUpSurvivor: string;
  /** River's follow-up (still open). */
  followUpFlag: string;
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

async function csrfHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const { token } = await getJson<{ token: string }>(request, '/api/v1/auth/csrf');
  return { 'X-CSRF-Token': token };
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

/** A follow-up in the queue (GET /api/v1/flags), as far as the specs read it. */
export interface FlagSummary {
  id: string;
  survivor: { id: string; pseudonym: string };
  level: 'low' | 'medium' | 'high' | 'critical';
  status: 'open' | 'acknowledged' | 'in_progress' | 'resolved';
  overdue: boolean;
  reasons: { type: string; text: string }[];
}

/** Looks the demo records up through the API, as the people who can see them. */
export async function readDemoIds(requests: APIRequest): Promise<DemoIds> {
  const staff = await asDemoUser(requests, 'caseworker', async (request) => {
    const employers = await getJson<{ id: string; name: string }[]>(request, '/api/v1/employers');
    const programmes = await getJson<{ id: string; title: string }[]>(request, '/api/v1/grant-programmes');
    const jobs = await getJson<{ id: string; title: string }[]>(request, '/api/v1/jobs');
    const flags = await getJson<{ items: FlagSummary[] }>(request, '/api/v1/flags?state=active&limit=100');
    const riverFlag = flags.items.find((flag) => flag.survivor.pseudonym === DEMO_RECORDS.followUpSurvivor);
    if (!riverFlag) throw new Error(`The demo data has no open follow-up for ${DEMO_RECORDS.followUpSurvivor}`);
    return {
      employer: idOf(employers, DEMO_RECORDS.employer, (employer) => employer.name === DEMO_RECORDS.employer),
      pendingEmployer: idOf(employers, DEMO_RECORDS.pendingEmployer, (employer) => employer.name === DEMO_RECORDS.pendingEmployer),
      grant: idOf(programmes, DEMO_RECORDS.grant, (programme) => programme.title === DEMO_RECORDS.grant),
      jobs,
      followUpSurvivor: riverFlag.survivor.id,
      followUpFlag: riverFlag.id,
    };
  });
  return {
    employer: staff.employer,
    pendingEmployer: staff.pendingEmployer,
    grant: staff.grant,
    draftJob: idOf(staff.jobs, DEMO_RECORDS.draftJob, (job) => job.title === DEMO_RECORDS.draftJob),
    publishedJob: idOf(staff.jobs, DEMO_RECORDS.publishedJob, (job) => job.title === DEMO_RECORDS.publishedJob),
    followUpSurvivor: staff.followUpSurvivor,
    followUpFlag: staff.followUpFlag,
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

export interface PreparedIds {
  /** Sam's profile. */
  survivor: string;
  hiredJob: string;
  sharedJob: string;
  toolsGrant: string;
  /** Sam's application to the shared job: status "shared". */
  sharedApplication: string;
  /** Sam's application to the tools grant: status "submitted". */
  grantApplication: string;
}

/** Every id a page's path may take. */
export type RecordIds = DemoIds & PreparedIds;

interface ApplicationSummary {
  id: string;
  status: string;
  survivor: { id: string; pseudonym: string };
}

/** Statuses of an application that still counts: applying again to the same job is a 409. */
const STANDING_APPLICATION = ['submitted', 'shared', 'interview', 'offer', 'hired'];

/**
 * Runs `work` while no other worker of this run does (the lock is a folder in the run's data
 * folder: creating one is atomic). The workers each run the spec's beforeAll; one at a time, the
 * second finds the records the first made instead of racing it (two consents for one share).
 */
async function oneWorkerAtATime<T>(name: string, work: () => Promise<T>, timeoutMs = 45_000): Promise<T> {
  const lock = join(DATA_DIR, `${name}.lock`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() > deadline) throw new Error(`Another worker has held ${lock} for ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/**
 * Sam's application to `jobId`, shared with the employer with consent to `fields`: found if Sam
 * already applied in this run (a second application is a 409), made otherwise.
 */
async function sharedApplicationTo(request: APIRequestContext, jobId: string, message: string, fields: string[]): Promise<ApplicationSummary> {
  const headers = await csrfHeaders(request);
  const find = async () =>
    (await getJson<{ items: ApplicationSummary[] }>(request, `/api/v1/applications?jobId=${jobId}&status=${STANDING_APPLICATION.join(',')}`)).items[0];
  let application = await find();
  if (!application) {
    const created = await request.post('/api/v1/applications', { headers, data: { jobId, message } });
    if (created.status() === 409) application = await find();
    else {
      expect(created.status(), `apply to ${jobId}: ${await created.text()}`).toBe(201);
      application = (await created.json()) as ApplicationSummary;
    }
  }
  if (application.status === 'submitted') {
    const shared = await request.post(`/api/v1/applications/${application.id}/share`, { headers, data: { consent: { fields } } });
    expect(shared.status(), `share ${application.id}: ${await shared.text()}`).toBe(200);
    application = (await shared.json()) as ApplicationSummary;
  }
  expect(application.status, `Sam's application to ${jobId}`).not.toBe('submitted');
  return application;
}

/** The employer reads the application, offers and hires, unless that is done already. */
async function hire(request: APIRequestContext, applicationId: string): Promise<void> {
  const headers = await csrfHeaders(request);
  let { status } = await getJson<{ status: string }>(request, `/api/v1/applications/${applicationId}`);
  if (status === 'shared' || status === 'interview') {
    const offered = await request.post(`/api/v1/applications/${applicationId}/offer`, { headers, data: {} });
    expect(offered.status(), `offer: ${await offered.text()}`).toBe(200);
    ({ status } = (await offered.json()) as { status: string });
  }
  if (status === 'offer') {
    const hired = await request.post(`/api/v1/applications/${applicationId}/hire`, {
      headers,
      data: { startDate: new Date().toISOString().slice(0, 10), wage: { amountMinor: 1300, currency: 'GBP', period: 'hour' }, hoursPerWeek: 30 },
    });
    expect(hired.status(), `hire: ${await hired.text()}`).toBe(200);
    ({ status } = (await hired.json()) as { status: string });
  }
  expect(status, `application ${applicationId} after the hire`).toBe('hired');
}

/** Sam's open application to the grant programme: found, or made. */
async function grantApplicationTo(request: APIRequestContext, programmeId: string): Promise<{ id: string; status: string }> {
  const find = async () =>
    (await getJson<{ items: { id: string; status: string }[] }>(request, `/api/v1/grant-applications?programmeId=${programmeId}`)).items.find(
      (application) => !['declined', 'withdrawn'].includes(application.status),
    );
  const found = await find();
  if (found) return found;
  const created = await request.post('/api/v1/grant-applications', {
    headers: await csrfHeaders(request),
    data: {
      programmeId,
      businessPlan: 'I want to work for myself as a decorator. The grant buys brushes, rollers, a ladder and dust sheets from a local supplier.',
      requestedMinor: 60_000,
    },
  });
  if (created.status() === 409) return (await find())!;
  expect(created.status(), `grant application: ${await created.text()}`).toBe(201);
  return (await created.json()) as { id: string; status: string };
}

/**
 * As the demo people would, through the API: Sam applies for two Green Valley Foods jobs and
 * shares each (skills and languages for one, skills only for the other, on which Green Valley
 * Foods hires them), and applies for a grant. Idempotent within a run: what exists is found.
 * Nothing here touches what other specs rely on: Sam's own applications only (the walk's new
 * person applies to Kitchen assistant on their own), not the food grant, not any vetting.
 */
export async function prepareApplications(requests: APIRequest): Promise<PreparedIds> {
  const jobs = await asDemoUser(requests, 'caseworker', (request) => getJson<{ id: string; title: string }[]>(request, '/api/v1/jobs'));
  const programmes = await asDemoUser(requests, 'caseworker', (request) => getJson<{ id: string; title: string }[]>(request, '/api/v1/grant-programmes'));
  const sharedJob = idOf(jobs, PREPARED_RECORDS.sharedJob, (job) => job.title === PREPARED_RECORDS.sharedJob);
  const hiredJob = idOf(jobs, PREPARED_RECORDS.hiredJob, (job) => job.title === PREPARED_RECORDS.hiredJob);
  const toolsGrant = idOf(programmes, PREPARED_RECORDS.grant, (programme) => programme.title === PREPARED_RECORDS.grant);

  return oneWorkerAtATime('prepare-applications', async () => {
    const { shared, hiredApplication, grantApplication } = await asDemoUser(requests, 'survivor', async (request) => ({
      shared: await sharedApplicationTo(request, sharedJob, 'I have picked orders in a warehouse before, and I am learning to pack.', ['skills', 'languages']),
      hiredApplication: await sharedApplicationTo(request, hiredJob, 'I prepare food every day.', ['skills']),
      grantApplication: await grantApplicationTo(request, toolsGrant),
    }));
    await asDemoUser(requests, 'employer', (request) => hire(request, hiredApplication.id));
    expect(shared.survivor.pseudonym).toBe(DEMO_RECORDS.survivor);
    return { survivor: shared.survivor.id, hiredJob, sharedJob, toolsGrant, sharedApplication: shared.id, grantApplication: grantApplication.id };
  });
}
