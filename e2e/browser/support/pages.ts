import type { Page } from '@playwright/test';
import { DEMO_USERS, INVITE_PAGES, ROLES, type Role } from './env';
import { expect, heading } from './fixtures';
import { DEMO_RECORDS, type DemoIds } from './records';

/** A page of the portal, who opens it, and how to tell that it has finished loading. */
export interface PortalPage {
  name: string;
  role: Role | null;
  /** A detail page's path takes the id of a demo record (support/records.ts). */
  path: string | ((ids: DemoIds) => string);
  /** Resolves once the page shows what a person came for (no loader left). */
  ready: (page: Page) => Promise<void>;
}

export const pathOf = (portalPage: PortalPage, ids: DemoIds): string =>
  typeof portalPage.path === 'string' ? portalPage.path : portalPage.path(ids);

async function settled(page: Page): Promise<void> {
  await expect(page.getByText('Loading…')).toHaveCount(0);
  await expect(page.getByText('Checking your invitation…')).toHaveCount(0);
}

export const SIGN_IN_PAGE: PortalPage = {
  name: 'sign-in',
  role: null,
  path: '/sign-in',
  ready: async (page) => {
    await expect(heading(page, 'Sign in')).toBeVisible();
  },
};

export const INVALID_INVITATION_PAGE: PortalPage = {
  name: 'invitation (link without a token)',
  role: null,
  path: '/invite',
  ready: async (page) => {
    await expect(heading(page, 'Accept invitation')).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('This invitation link does not work');
  },
};

export const HOME_PAGES: PortalPage[] = ROLES.map((role) => ({
  name: `${role} home`,
  role,
  path: DEMO_USERS[role].home,
  ready: async (page) => {
    await expect(heading(page, DEMO_USERS[role].heading)).toBeVisible();
    await expect(page.getByText(`Hello, ${DEMO_USERS[role].displayName}`)).toBeVisible();
    await settled(page);
  },
}));

export const INVITE_FORM_PAGES: PortalPage[] = (Object.keys(INVITE_PAGES) as (keyof typeof INVITE_PAGES)[]).map((role) => ({
  name: `${role} invite form`,
  role,
  path: INVITE_PAGES[role],
  ready: async (page) => {
    await expect(heading(page, 'Invite someone')).toBeVisible();
    if (role === 'admin') await expect(page.getByRole('combobox', { name: 'Organisation' })).toBeEnabled();
    await settled(page);
  },
}));

export const REGISTER_EMPLOYER_PAGE: PortalPage = {
  name: 'employer registration',
  role: null,
  path: '/employers/register',
  ready: async (page) => {
    await expect(heading(page, 'Register your organisation')).toBeVisible();
    // Enabled once the regions have loaded.
    await expect(page.getByRole('combobox', { name: 'Regions' })).toBeEnabled();
  },
};

const EMPLOYER_PAGES: PortalPage[] = [
  {
    name: 'employer organisation',
    role: 'employer',
    path: '/employer/organisation',
    ready: async (page) => {
      await expect(heading(page, DEMO_RECORDS.employer)).toBeVisible();
      await expect(page.getByRole('heading', { name: 'What the review checks' })).toBeVisible();
    },
  },
  {
    name: 'employer jobs',
    role: 'employer',
    path: '/employer/jobs',
    ready: async (page) => {
      await expect(heading(page, 'Jobs')).toBeVisible();
      await expect(page.getByRole('link', { name: DEMO_RECORDS.draftJob })).toBeVisible();
      await settled(page);
    },
  },
  {
    name: 'employer new job',
    role: 'employer',
    path: '/employer/jobs/new',
    ready: async (page) => {
      await expect(heading(page, 'Post a job')).toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Region' })).toBeEnabled();
      await expect(page.getByRole('combobox', { name: 'Skills the job needs' })).toBeEnabled();
    },
  },
  {
    name: 'employer job (a draft)',
    role: 'employer',
    path: (ids) => `/employer/jobs/${ids.draftJob}`,
    ready: async (page) => {
      await expect(heading(page, DEMO_RECORDS.draftJob)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Save and publish' })).toBeEnabled();
      await expect(page.getByRole('combobox', { name: 'Skills the job needs' })).toBeEnabled();
    },
  },
];

const CASEWORKER_PAGES: PortalPage[] = [
  {
    name: 'caseworker employer vetting',
    role: 'caseworker',
    path: '/caseworker/employers',
    ready: async (page) => {
      await expect(heading(page, 'Employer vetting')).toBeVisible();
      await expect(page.getByRole('link', { name: DEMO_RECORDS.pendingEmployer })).toBeVisible();
    },
  },
  {
    name: 'caseworker employer review',
    role: 'caseworker',
    path: (ids) => `/caseworker/employers/${ids.employer}`,
    ready: async (page) => {
      await expect(heading(page, DEMO_RECORDS.employer)).toBeVisible();
      await expect(page.getByRole('region', { name: 'Jobs' })).toContainText(DEMO_RECORDS.publishedJob);
      await expect(page.getByRole('button', { name: 'Record decision' })).toBeVisible();
      await settled(page);
    },
  },
  {
    name: 'caseworker concerns',
    role: 'caseworker',
    path: '/caseworker/concerns',
    ready: async (page) => {
      await expect(heading(page, 'Concerns about employers')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Review' }).first()).toBeVisible();
    },
  },
  {
    name: 'caseworker grant programmes',
    role: 'caseworker',
    path: '/caseworker/grants',
    ready: async (page) => {
      await expect(heading(page, 'Grant programmes')).toBeVisible();
      await expect(page.getByRole('link', { name: DEMO_RECORDS.grant })).toBeVisible();
    },
  },
  {
    name: 'caseworker new grant programme',
    role: 'caseworker',
    path: '/caseworker/grants/new',
    ready: async (page) => {
      await expect(heading(page, 'New grant programme')).toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Funder' }).getByRole('option', { name: DEMO_RECORDS.funder })).toBeAttached();
      await settled(page);
    },
  },
];

const SURVIVOR_PAGES: PortalPage[] = [
  {
    name: 'survivor search',
    role: 'survivor',
    path: '/survivor/opportunities',
    ready: async (page) => {
      await expect(heading(page, 'Find work and grants')).toBeVisible();
      await expect(page.getByRole('region', { name: 'Results' }).getByRole('status')).toHaveText(/^Results found: \d+/);
    },
  },
  {
    name: 'survivor job',
    role: 'survivor',
    path: (ids) => `/survivor/opportunities/jobs/${ids.publishedJob}`,
    ready: async (page) => {
      await expect(heading(page, DEMO_RECORDS.publishedJob)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Report a concern about this employer' })).toBeVisible();
      await settled(page);
    },
  },
  {
    name: 'survivor grant',
    role: 'survivor',
    path: (ids) => `/survivor/opportunities/grants/${ids.grant}`,
    ready: async (page) => {
      await expect(heading(page, DEMO_RECORDS.grant)).toBeVisible();
      await expect(page.getByRole('heading', { name: 'What you need' })).toBeVisible();
    },
  },
];

/** The pages of the employer, vetting, grants and opportunities features, by who opens them. */
export const FEATURE_PAGES: PortalPage[] = [...EMPLOYER_PAGES, ...CASEWORKER_PAGES, ...SURVIVOR_PAGES];
