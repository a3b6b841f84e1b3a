import type { APIRequest, Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { expectNoAxeViolations } from './support/axe';
import { BASE_URL, DATA_DIR, DEMO_USERS, EMBEDDED_POSTGRES_PORT, PHONE } from './support/env';
import { expect, heading, test } from './support/fixtures';
import { inviteThroughApi } from './support/invitations';
import { DEMO_RECORDS } from './support/records';

// The admin page (issue 7): system status with a dead letter retried once, and organisations and
// users, where a survivor's account shows no email or name and its sessions can still be ended.
// axe on both pages, at desktop and phone width, with the confirmation dialogs open.

/**
 * A dead letter of the hourly idempotency-key purge, put in pg-boss's table of the run's embedded
 * PostgreSQL as pg-boss would after a job's last failed attempt (a real one takes hours of
 * backoff; e2e/http/operations.e2e-spec.ts makes one). Retrying it runs one purge: harmless.
 */
async function plantDeadLetter(): Promise<void> {
  const password = readFileSync(join(DATA_DIR, 'postgres', 'password'), 'utf8').trim();
  const client = new Client({ host: '127.0.0.1', port: EMBEDDED_POSTGRES_PORT, user: 'onward', password, database: 'onward' });
  await client.connect();
  try {
    await client.query(`INSERT INTO pgboss.job (name, data, output, retry_limit) VALUES ('idempotency.purge.dead', '{}', $1, 3)`, [{ message: 'canceling statement due to statement timeout' }]);
  } finally {
    await client.end();
  }
}

/** A new survivor account, signed in through the API as if on their phone: its id, and a check that its session still works. */
async function newSurvivorAccount(requests: APIRequest): Promise<{ id: string; signedIn: () => Promise<boolean>; dispose: () => Promise<void> }> {
  const { link } = await inviteThroughApi(requests);
  const phone = await requests.newContext({ baseURL: BASE_URL });
  const { token: csrf } = (await (await phone.get('/api/v1/auth/csrf')).json()) as { token: string };
  const accepted = await phone.post('/api/v1/invitations/accept', {
    headers: { 'X-CSRF-Token': csrf },
    data: { token: new URL(link).hash.slice(1), displayName: 'Lost Phone Person', password: 'a-long-enough-password' },
  });
  expect(accepted.status(), await accepted.text()).toBe(200);
  const me = (await (await phone.get('/api/v1/auth/me')).json()) as { id: string };
  return { id: me.id, signedIn: async () => (await phone.get('/api/v1/auth/me')).status() === 200, dispose: () => phone.dispose() };
}

/** No list is loading again (ListResults dims it meanwhile, which axe would count against its contrast). */
const settled = (page: Page) => expect(page.locator('[aria-busy="true"]')).toHaveCount(0);

const components = (page: Page) => page.getByRole('table', { name: 'Components and their status' });
const row = (table: Locator, name: string | RegExp): Locator => table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name }) });

test.describe('The admin page', () => {
  test('system status: every component up, and a dead letter retried once, after asking', async ({ openPage }) => {
    // Three axe scans of a long page, on a shared two-core machine.
    test.slow();
    await plantDeadLetter();
    const page = await openPage({ role: 'admin' });
    await page.goto(DEMO_USERS.admin.home);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'System status' }).click();
    await expect(heading(page, 'System status')).toBeVisible();
    await expect(page).toHaveURL(`${BASE_URL}/admin/system`);
    await expect(page).toHaveTitle('System status · Onward');

    await expect(row(components(page), 'Database')).toContainText('Up');
    await expect(row(components(page), 'Database')).toContainText('Embedded PostgreSQL');
    await expect(row(components(page), 'Search')).toContainText(/Up.*Documents in the index: \d+/);
    await expect(row(components(page), 'Email')).toContainText('Email files in the data folder');
    await expect(row(page.getByRole('table', { name: 'Scheduled jobs and their last run' }), /Check-in scan/)).toContainText('*/10 * * * *');
    await expect(page.getByText('Everything is working.')).toBeVisible();
    await settled(page);
    await expectNoAxeViolations(page, 'system status');

    const letters = page.getByRole('table', { name: 'Dead letters' });
    const letter = row(letters, /Old request keys purge/).filter({ hasText: 'canceling statement due to statement timeout' }).first();
    await expect(letter).toContainText('4');
    await letter.getByRole('button', { name: /^Retry the dead letter of Old request keys purge/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Retry this job?' });
    await expect(dialog).toContainText('It goes back to the queue “Old request keys purge”');
    await expectNoAxeViolations(page, 'system status, retry dialog');
    await dialog.getByRole('button', { name: 'Retry the job' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'Sent again to the queue “Old request keys purge”.' });
    await expect(notice).toBeFocused();
    await expect(dialog).toBeHidden();
    await settled(page);
    await expectNoAxeViolations(page, 'system status, after a retry');
  });

  test('system status at phone width', async ({ openPage }) => {
    const page = await openPage({ role: 'admin', viewport: PHONE });
    await page.goto('/admin/system');
    await expect(heading(page, 'System status')).toBeVisible();
    await expect(row(components(page), 'Database')).toContainText('Up');
    await expect(page.getByRole('heading', { level: 2, name: 'Dead letters' })).toBeVisible();
    await expectNoAxeViolations(page, 'system status (phone)');
  });

  test("organisations and users: a survivor's account without email or name, and its sessions ended after asking", async ({ openPage, playwright }) => {
    test.slow();
    const survivor = await newSurvivorAccount(playwright.request);
    try {
      const page = await openPage({ role: 'admin' });
      await page.goto(DEMO_USERS.admin.home);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisations and users' }).click();
      await expect(heading(page, 'Organisations and users')).toBeVisible();
      await expect(page).toHaveTitle('Organisations and users · Onward');

      const organisations = page.getByRole('table', { name: 'Organisations' });
      await page.getByLabel('Kind').selectOption('employer');
      await expect(row(organisations, DEMO_RECORDS.employer)).toContainText('Vetted');
      await expect(row(organisations, DEMO_RECORDS.funder)).toHaveCount(0);
      await settled(page);
      await expectNoAxeViolations(page, 'organisations and users');

      await page.getByLabel('Role').selectOption('survivor');
      const accounts = page.getByRole('table', { name: 'Accounts' });
      const reference = survivor.id.slice(0, 8);
      const account = row(accounts, `Survivor account ${reference}`);
      await expect(account).toContainText('Email and name not shown');
      await expect(page.getByRole('main')).not.toContainText('Lost Phone Person');
      await expect(page.getByRole('main')).not.toContainText('survivor@example.org');
      // Filters are ids and fixed words in the address, nothing about a person.
      expect(new URL(page.url()).search).toBe('?kind=employer&role=survivor');

      await account.getByRole('button', { name: 'End sessions' }).click();
      const dialog = page.getByRole('dialog', { name: 'End every session of this account?' });
      await expect(dialog).toContainText(`Survivor account ${reference} is signed out on every device now`);
      await settled(page);
      await expectNoAxeViolations(page, 'organisations and users, end sessions dialog');
      await dialog.getByRole('button', { name: 'End sessions' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Sessions ended: 1.' })).toBeFocused();
      expect(await survivor.signedIn()).toBe(false);
    } finally {
      await survivor.dispose();
    }
  });

  test('organisations and users at phone width', async ({ openPage }) => {
    const page = await openPage({ role: 'admin', viewport: PHONE });
    await page.goto('/admin/accounts');
    await expect(heading(page, 'Organisations and users')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Organisations' }).getByRole('listitem').first()).toBeVisible();
    await expect(page.getByRole('list', { name: 'Accounts' }).getByRole('listitem').first()).toBeVisible();
    await settled(page);
    await expectNoAxeViolations(page, 'organisations and users (phone)');
  });
});
