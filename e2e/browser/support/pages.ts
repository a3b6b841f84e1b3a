import type { Page } from '@playwright/test';
import { DEMO_USERS, INVITE_PAGES, ROLES, type Role } from './env';
import { expect, heading } from './fixtures';

/** A page of the portal, who opens it, and how to tell that it has finished loading. */
export interface PortalPage {
  name: string;
  role: Role | null;
  path: string;
  /** Resolves once the page shows what a person came for (no loader left). */
  ready: (page: Page) => Promise<void>;
}

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
