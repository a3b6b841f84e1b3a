import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Fixed ports, away from the development defaults (3000 and the embedded PostgreSQL's 5433). */
export const PORT = 3210;
export const EMBEDDED_POSTGRES_PORT = 5499;
export const BASE_URL = `http://localhost:${PORT}`;

/**
 * A fresh data folder per run, shared by the runner, the server and the workers through the
 * environment (workers load the config again; they must not pick a folder of their own).
 * The API creates it; e2e/browser/server.mjs removes it once the API has stopped.
 */
export const DATA_DIR = (process.env.ONWARD_BROWSER_DATA_DIR ??= join(
  tmpdir(),
  `onward-browser-e2e-${Date.now()}-${process.pid}`,
));

/** Where the API writes emails when no SMTP_URL is set. */
export const MAIL_DIR = join(DATA_DIR, 'mail');

export const DEMO_PASSWORD = 'onward-demo-password';

export const ROLES = ['admin', 'caseworker', 'employer', 'survivor'] as const;
export type Role = (typeof ROLES)[number];

/** Each demo user, where they land, and their navigation in order (apps/portal/src/features/shell/navigation.ts and each feature's navigation.ts), the account's own pages last. */
export const DEMO_USERS: Record<Role, { email: string; displayName: string; home: string; heading: string; nav: string[] }> = {
  admin: {
    email: 'admin@example.org',
    displayName: 'Alex Admin',
    home: '/admin',
    heading: 'Admin home',
    nav: ['Home', 'Employer vetting', 'Concerns', 'Grant programmes', 'Outcomes', 'System status', 'Organisations and users', 'Invite someone', 'Change password'],
  },
  caseworker: {
    email: 'caseworker@example.org',
    displayName: 'Casey Caseworker',
    home: '/caseworker',
    heading: 'Caseworker home',
    nav: ['Home', 'Follow-ups', 'Employer vetting', 'Concerns', 'Grant programmes', 'People', 'Candidates', 'Applications', 'Placements', 'Grant applications', 'Outcomes', 'Invite someone', 'Change password'],
  },
  employer: {
    email: 'employer@example.org',
    displayName: 'Emery Employer',
    home: '/employer',
    heading: 'Employer home',
    nav: ['Home', 'Your organisation', 'Jobs', 'Applications', 'Placements', 'Change password'],
  },
  survivor: {
    email: 'survivor@example.org',
    displayName: 'Sam',
    home: '/survivor',
    heading: 'Survivor home',
    nav: ['Home', 'Messages', 'Find work', 'My profile', 'Matched for you', 'Sharing', 'Who has seen my information', 'My applications', 'My work', 'My grant applications', 'Change password'],
  },
};

export const INVITE_PAGES = { caseworker: '/caseworker/invite', admin: '/admin/invite' } as const;

/** A saved signed-in browser state per role, written by auth.setup.ts into the run's data folder. */
export const authFile = (role: Role): string => join(DATA_DIR, 'browser-auth', `${role}.json`);

export const PHONE = { width: 360, height: 740 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;

/** Where quick exit goes (apps/portal/src/features/safety/quickExit.ts). */
export const NEUTRAL_URL = 'https://www.bbc.co.uk/weather';
