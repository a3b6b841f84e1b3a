import type { Locator, Page } from '@playwright/test';
import { DEMO_USERS, INVITE_PAGES, ROLES, type Role } from './env';
import { expect, heading } from './fixtures';
import { DEMO_RECORDS, PREPARED_RECORDS, type RecordIds } from './records';

/** A page of the portal, who opens it, and how to tell that it has finished loading. */
export interface PortalPage {
  name: string;
  role: Role | null;
  /** A detail page's path takes the id of a demo or prepared record (support/records.ts). */
  path: string | ((ids: RecordIds) => string);
  /** Resolves once the page shows what a person came for (no loader left). */
  ready: (page: Page) => Promise<void>;
}

/**
 * The rows of a placements table for one job. Sam has more than one placement (the demo data's
 * Bakery assistant and Warehouse packer, and the hire prepareApplications makes), and the walk's
 * new person is hired at Kitchen assistant too: a row is found by the job, then by the person.
 */
export const placementRow = (table: Locator, job: string): Locator =>
  table.getByRole('row').filter({ has: table.page().getByRole('link', { name: job, exact: true }) });

export const pathOf = (portalPage: PortalPage, ids: RecordIds): string =>
  typeof portalPage.path === 'string' ? portalPage.path : portalPage.path(ids);

async function settled(page: Page): Promise<void> {
  await expect(page.getByText('Loading…')).toHaveCount(0);
  await expect(page.getByText('Checking your invitation…')).toHaveCount(0);
  // The loaders inside a page name what they load ("Loading consents…").
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
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

export const FORGOT_PASSWORD_PAGE: PortalPage = {
  name: 'forgot password',
  role: null,
  path: '/forgot-password',
  ready: async (page) => {
    await expect(heading(page, 'Forgot your password?')).toBeVisible();
  },
};

export const INVALID_RESET_LINK_PAGE: PortalPage = {
  name: 'reset password (link without a token)',
  role: null,
  path: '/reset-password',
  ready: async (page) => {
    await expect(heading(page, 'Choose a new password')).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('This link does not work');
  },
};

/** The form a reset link opens; a made-up token of the right shape (the API checks it only when the form is sent). */
export const RESET_PASSWORD_PAGE: PortalPage = {
  name: 'reset password (the form a link opens)',
  role: null,
  path: `/reset-password#${'A'.repeat(43)}`,
  ready: async (page) => {
    await expect(heading(page, 'Choose a new password')).toBeVisible();
    await expect(page.getByLabel(/^New password/)).toBeVisible();
  },
};

/** Every role's change-password page (apps/portal/src/features/password). */
export const CHANGE_PASSWORD_PAGES: PortalPage[] = ROLES.map((role) => ({
  name: `${role} change password`,
  role,
  path: '/account/password',
  ready: async (page) => {
    await expect(heading(page, 'Change password')).toBeVisible();
    await expect(page.getByLabel(/^Current password/)).toBeVisible();
  },
}));

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

const SURVIVOR_APPLIED_PAGES: PortalPage[] = [
  {
    name: 'survivor job (applied and hired)',
    role: 'survivor',
    path: (ids) => `/survivor/opportunities/jobs/${ids.hiredJob}`,
    ready: async (page) => {
      await expect(heading(page, PREPARED_RECORDS.hiredJob)).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'You applied' })).toBeVisible();
      await settled(page);
    },
  },
  {
    name: 'survivor grant (applied)',
    role: 'survivor',
    path: (ids) => `/survivor/opportunities/grants/${ids.toolsGrant}`,
    ready: async (page) => {
      await expect(heading(page, PREPARED_RECORDS.grant)).toBeVisible();
      await expect(page.getByText(/^You applied for this grant on /)).toBeVisible();
    },
  },
];

const SURVIVOR_PROFILE_PAGES: PortalPage[] = [
  {
    name: 'survivor profile',
    role: 'survivor',
    path: '/survivor/profile',
    ready: async (page) => {
      await expect(heading(page, 'My profile')).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Name shown to others' })).toHaveValue(DEMO_RECORDS.survivor);
      await expect(page.getByRole('list', { name: 'Skills' })).toContainText('Preparing food');
      // Enabled once the skills have loaded.
      await expect(page.getByRole('combobox', { name: 'Add a skill' })).toBeEnabled();
      await settled(page);
    },
  },
  {
    name: 'survivor matches',
    role: 'survivor',
    path: '/survivor/matches',
    ready: async (page) => {
      await expect(heading(page, 'Matched for you')).toBeVisible();
      await expect(page.getByRole('list', { name: 'Jobs matched for you' }).getByRole('article', { name: PREPARED_RECORDS.hiredJob })).toBeVisible();
    },
  },
  {
    name: 'survivor sharing',
    role: 'survivor',
    path: '/survivor/sharing',
    ready: async (page) => {
      await expect(heading(page, 'Sharing')).toBeVisible();
      await expect(page.getByRole('list', { name: 'Employers you share with' }).getByRole('article', { name: DEMO_RECORDS.employer })).toHaveCount(2);
      await expect(page.getByRole('button', { name: 'Stop sharing' }).first()).toBeVisible();
    },
  },
  {
    name: 'survivor access log',
    role: 'survivor',
    path: '/survivor/privacy',
    ready: async (page) => {
      await expect(heading(page, 'Who has seen my information')).toBeVisible();
      // Green Valley Foods read what Sam shared before hiring them (prepareApplications).
      await expect(page.getByRole('list', { name: 'Times someone opened or changed your information' })).toContainText(DEMO_RECORDS.employer);
    },
  },
];

const SURVIVOR_APPLICATION_PAGES: PortalPage[] = [
  {
    name: 'survivor applications',
    role: 'survivor',
    path: '/survivor/applications',
    ready: async (page) => {
      await expect(heading(page, 'My applications')).toBeVisible();
      const list = page.getByRole('list', { name: 'My applications' });
      await expect(list.getByRole('link', { name: PREPARED_RECORDS.sharedJob })).toBeVisible();
      await expect(list.getByRole('link', { name: PREPARED_RECORDS.hiredJob })).toBeVisible();
    },
  },
  {
    name: 'survivor application (shared)',
    role: 'survivor',
    path: (ids) => `/survivor/applications/${ids.sharedApplication}`,
    ready: async (page) => {
      await expect(heading(page, PREPARED_RECORDS.sharedJob)).toBeVisible();
      await expect(page.getByText(`${DEMO_RECORDS.employer} can see:`)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Withdraw' })).toBeVisible();
      await settled(page);
    },
  },
  {
    name: 'survivor work',
    role: 'survivor',
    path: '/survivor/work',
    ready: async (page) => {
      await expect(heading(page, 'My work')).toBeVisible();
      // Sam's other current job (Bakery assistant) comes with the demo data (apps/api/src/seed/demo-follow-up.ts).
      const hired = page.getByRole('list', { name: 'Current work' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: PREPARED_RECORDS.hiredJob }) });
      await expect(hired).toBeVisible();
      await expect(hired.getByRole('button', { name: 'I left / I lost this job' })).toBeVisible();
    },
  },
  {
    name: 'survivor grant applications',
    role: 'survivor',
    path: '/survivor/grant-applications',
    ready: async (page) => {
      await expect(heading(page, 'My grant applications')).toBeVisible();
      await expect(page.getByRole('list', { name: 'My grant applications' }).getByRole('link', { name: PREPARED_RECORDS.grant })).toBeVisible();
    },
  },
  {
    name: 'survivor grant application',
    role: 'survivor',
    path: (ids) => `/survivor/grant-applications/${ids.grantApplication}`,
    ready: async (page) => {
      await expect(heading(page, PREPARED_RECORDS.grant)).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Your business idea' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Withdraw application' })).toBeVisible();
    },
  },
];

const CASEWORKER_CASELOAD_PAGES: PortalPage[] = [
  {
    name: 'caseworker people',
    role: 'caseworker',
    path: '/caseworker/survivors',
    ready: async (page) => {
      await expect(heading(page, 'People')).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /^Showing 1 to \d+ of \d+$/ })).toBeVisible();
      await expect(page.getByRole('link', { name: DEMO_RECORDS.survivor, exact: true })).toBeVisible();
    },
  },
  {
    name: 'caseworker add a person',
    role: 'caseworker',
    path: '/caseworker/survivors/new',
    ready: async (page) => {
      await expect(heading(page, 'Add a person')).toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Skills' })).toBeEnabled();
      await expect(page.getByRole('combobox', { name: 'Region where they can work' })).toBeEnabled();
      await expect(page.getByRole('combobox', { name: 'Employers to avoid' })).toBeEnabled();
      await settled(page);
    },
  },
  {
    name: 'caseworker person',
    role: 'caseworker',
    path: (ids) => `/caseworker/survivors/${ids.survivor}`,
    ready: async (page) => {
      await expect(heading(page, DEMO_RECORDS.survivor)).toBeVisible();
      await expect(page.getByRole('list', { name: 'Consents' }).getByRole('listitem')).toHaveCount(2);
      await expect(page.getByRole('region', { name: 'Matches' })).toContainText(PREPARED_RECORDS.hiredJob);
      await settled(page);
    },
  },
  {
    name: 'caseworker candidates',
    role: 'caseworker',
    path: '/caseworker/candidates',
    ready: async (page) => {
      await expect(heading(page, 'Candidates for jobs')).toBeVisible();
      await expect(page.getByRole('list', { name: 'Published jobs' }).getByRole('link', { name: PREPARED_RECORDS.hiredJob })).toBeVisible();
    },
  },
  {
    name: 'caseworker job candidates',
    role: 'caseworker',
    path: (ids) => `/caseworker/jobs/${ids.hiredJob}/candidates`,
    ready: async (page) => {
      await expect(heading(page, `Candidates: ${PREPARED_RECORDS.hiredJob}`)).toBeVisible();
      await expect(page.getByRole('list', { name: `Candidates for ${PREPARED_RECORDS.hiredJob}` }).getByRole('link', { name: DEMO_RECORDS.survivor, exact: true })).toBeVisible();
    },
  },
];

const CASEWORKER_APPLICATION_PAGES: PortalPage[] = [
  {
    name: 'caseworker applications',
    role: 'caseworker',
    path: '/caseworker/applications',
    ready: async (page) => {
      await expect(heading(page, 'Applications')).toBeVisible();
      await expect(page.getByRole('table', { name: 'Applications' }).getByRole('link', { name: PREPARED_RECORDS.sharedJob })).toBeVisible();
      // Enabled once the jobs have loaded.
      await expect(page.getByRole('combobox', { name: 'Job' })).toBeEnabled();
    },
  },
  {
    name: 'caseworker apply for a job for someone',
    role: 'caseworker',
    path: '/caseworker/applications/new',
    ready: async (page) => {
      await expect(heading(page, 'Apply for someone')).toBeVisible();
      await expect(page.getByRole('radiogroup', { name: 'Choose the person' }).getByRole('radio').first()).toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Job' })).toBeEnabled();
      await settled(page);
    },
  },
  {
    name: 'caseworker application (shared)',
    role: 'caseworker',
    path: (ids) => `/caseworker/applications/${ids.sharedApplication}`,
    ready: async (page) => {
      await expect(heading(page, `Application: ${PREPARED_RECORDS.sharedJob}`)).toBeVisible();
      await expect(page.getByText(`${DEMO_RECORDS.employer} can see:`)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Decline' })).toBeVisible();
      await settled(page);
    },
  },
  {
    name: 'caseworker placements',
    role: 'caseworker',
    path: '/caseworker/placements',
    ready: async (page) => {
      await expect(heading(page, 'Placements')).toBeVisible();
      await expect(placementRow(page.getByRole('table', { name: 'Placements' }), PREPARED_RECORDS.hiredJob).getByRole('link', { name: DEMO_RECORDS.survivor, exact: true })).toBeVisible();
    },
  },
];

const CASEWORKER_GRANT_APPLICATION_PAGES: PortalPage[] = [
  {
    name: 'caseworker grant applications',
    role: 'caseworker',
    path: '/caseworker/grant-applications',
    ready: async (page) => {
      await expect(heading(page, 'Grant applications')).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /^Showing 1 to \d+ of \d+$/ })).toBeVisible();
      // A table on a desktop, a list of cards on a phone: both named for the page.
      await expect(page.getByRole('main').getByRole('link', { name: PREPARED_RECORDS.grant }).first()).toBeVisible();
    },
  },
  {
    name: 'caseworker apply for a grant for someone',
    role: 'caseworker',
    path: '/caseworker/grant-applications/new',
    ready: async (page) => {
      await expect(heading(page, 'Apply for someone')).toBeVisible();
      await expect(page.getByRole('radiogroup', { name: 'Person' }).getByRole('radio').first()).toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Grant programme' }).getByRole('option', { name: DEMO_RECORDS.grant })).toBeAttached();
      await settled(page);
    },
  },
  {
    name: 'caseworker grant application',
    role: 'caseworker',
    path: (ids) => `/caseworker/grant-applications/${ids.grantApplication}`,
    ready: async (page) => {
      await expect(heading(page, PREPARED_RECORDS.grant)).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Business plan' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Start review' })).toBeVisible();
    },
  },
];

const EMPLOYER_APPLICATION_PAGES: PortalPage[] = [
  {
    name: 'employer applications',
    role: 'employer',
    path: '/employer/applications',
    ready: async (page) => {
      await expect(heading(page, 'Applications')).toBeVisible();
      await expect(page.getByRole('table', { name: 'Applications shared with you' }).getByRole('link', { name: DEMO_RECORDS.survivor, exact: true }).first()).toBeVisible();
    },
  },
  {
    name: 'employer application (shared)',
    role: 'employer',
    path: (ids) => `/employer/applications/${ids.sharedApplication}`,
    ready: async (page) => {
      await expect(heading(page, DEMO_RECORDS.survivor)).toBeVisible();
      await expect(page.getByText('Only what this person chose to share is shown.')).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Languages' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Make an offer' })).toBeVisible();
      await settled(page);
    },
  },
  {
    name: 'employer placements',
    role: 'employer',
    path: '/employer/placements',
    ready: async (page) => {
      await expect(heading(page, 'Placements')).toBeVisible();
      await expect(page.getByRole('table', { name: 'Placements' }).getByRole('rowheader', { name: DEMO_RECORDS.survivor, exact: true }).first()).toBeVisible();
    },
  },
];

const SURVIVOR_CHECK_IN_PAGES: PortalPage[] = [
  {
    name: 'survivor messages',
    role: 'survivor',
    path: '/survivor/check-ins',
    ready: async (page) => {
      await expect(heading(page, 'Messages')).toBeVisible();
      // Sam's check-in waits until follow-up.spec.ts answers it, maybe earlier in the same run: either state will do.
      await expect(page.getByRole('list', { name: 'Waiting for you' }).or(page.getByText('Nothing waiting', { exact: true }))).toBeVisible();
    },
  },
];

const CASEWORKER_FOLLOW_UP_PAGES: PortalPage[] = [
  {
    name: 'caseworker follow-ups',
    role: 'caseworker',
    path: '/caseworker/flags',
    ready: async (page) => {
      await expect(heading(page, 'Follow-ups')).toBeVisible();
      // A table on a wide screen, a list of cards on a phone.
      await expect(page.getByRole('main').getByRole('link', { name: DEMO_RECORDS.followUpSurvivor, exact: true })).toBeVisible();
    },
  },
  {
    name: `caseworker follow-up (${DEMO_RECORDS.followUpSurvivor}'s)`,
    role: 'caseworker',
    path: (ids) => `/caseworker/flags/${ids.followUpFlag}`,
    ready: async (page) => {
      await expect(heading(page, `Follow-up for ${DEMO_RECORDS.followUpSurvivor} (Medium)`)).toBeVisible();
      await expect(page.getByRole('region', { name: 'Why' })).toContainText('Check-in missed');
      await expect(page.getByRole('region', { name: 'History' })).toContainText('Escalated to a supervisor');
      await expect(page.getByRole('button', { name: 'Acknowledge' })).toBeVisible();
      await settled(page);
    },
  },
  {
    name: `caseworker timeline (${DEMO_RECORDS.followUpSurvivor}'s)`,
    role: 'caseworker',
    path: (ids) => `/caseworker/survivors/${ids.followUpSurvivor}/timeline`,
    ready: async (page) => {
      await expect(heading(page, `Timeline for ${DEMO_RECORDS.followUpSurvivor}`)).toBeVisible();
      await expect(page.getByRole('region', { name: 'Jobs' })).toContainText(DEMO_RECORDS.followUpSurvivorJob);
      await expect(page.getByRole('region', { name: 'Check-ins' })).toContainText('Missed');
      await expect(page.getByRole('region', { name: 'Follow-ups' }).getByRole('link', { name: /^Follow-up opened / })).toBeVisible();
      await settled(page);
    },
  },
];

/** The outcomes page has loaded its figures: the chart (a figure named by its caption) and the table. */
async function outcomesReady(page: Page, table: string): Promise<void> {
  await expect(heading(page, 'Outcomes')).toBeVisible();
  await expect(page.getByRole('figure', { name: /^Share of placements still going, by days since the start\./ })).toBeVisible();
  await expect(page.getByRole('table', { name: table })).toBeVisible();
  await settled(page);
}

const RETENTION_PAGES: PortalPage[] = [
  {
    name: 'caseworker outcomes',
    role: 'caseworker',
    path: '/caseworker/outcomes',
    ready: (page) => outcomesReady(page, 'Figures'),
  },
  {
    name: 'caseworker outcomes by employer, with the chart as a table',
    role: 'caseworker',
    path: '/caseworker/outcomes?groupBy=employer',
    ready: async (page) => {
      await outcomesReady(page, 'Figures by group');
      await expect(page.getByRole('table', { name: 'Figures by group' }).getByRole('rowheader', { name: DEMO_RECORDS.employer })).toBeVisible();
      // What this entry is for: the chart's alternative, opened as a person who cannot see the chart would.
      await page.getByRole('button', { name: 'Show the chart as a table' }).click();
      await expect(page.getByRole('button', { name: 'Hide the table' })).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('table', { name: 'Share of placements still going on each day the curve changes' })).toBeVisible();
    },
  },
];

const ADMIN_PAGES: PortalPage[] = [
  {
    name: 'admin outcomes',
    role: 'admin',
    path: '/admin/outcomes',
    ready: async (page) => {
      await outcomesReady(page, 'Figures');
      await expect(page.getByText('across every organisation', { exact: false })).toBeVisible();
    },
  },
];

/**
 * The pages of each feature, by who opens them, in groups small enough to scan twice (desktop and
 * phone) within a test's time.
 */
export const FEATURE_PAGE_GROUPS: PortalPage[][] = [
  EMPLOYER_PAGES,
  EMPLOYER_APPLICATION_PAGES,
  CASEWORKER_PAGES,
  CASEWORKER_CASELOAD_PAGES,
  CASEWORKER_APPLICATION_PAGES,
  CASEWORKER_GRANT_APPLICATION_PAGES,
  [...SURVIVOR_PAGES, ...SURVIVOR_APPLIED_PAGES],
  SURVIVOR_PROFILE_PAGES,
  SURVIVOR_APPLICATION_PAGES,
  SURVIVOR_CHECK_IN_PAGES,
  CASEWORKER_FOLLOW_UP_PAGES,
  RETENTION_PAGES,
  ADMIN_PAGES,
];

export const FEATURE_PAGES: PortalPage[] = FEATURE_PAGE_GROUPS.flat();
